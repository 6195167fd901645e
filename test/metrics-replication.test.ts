import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, freshCentre } from './support/centre-db.js';
import { serveVisitors } from './support/office-activity.js';
import { type TestPostgres, startPostgres } from './support/postgres.js';
import { TestOfficeServer } from './support/test-office.js';

/**
 * The office's replication-backlog metric (issue 15, `/metrics`), against a real PostgreSQL 15 as the
 * head office: 0 once every event is there, the exact number of events not yet sent while the head
 * office is down, and 0 again once it is back and the office has caught up.
 */
let postgres: TestPostgres;
beforeAll(async () => {
  postgres = await startPostgres();
});
afterAll(async () => {
  await postgres?.destroy();
});

const backlog = async (office: TestOfficeServer): Promise<number | null> => {
  const text = await (await fetch(`${office.url}/metrics`)).text();
  const line = /^queue_replication_backlog_events (-?\d+)$/m.exec(text);
  return line ? Number(line[1]) : null;
};

describe('the replication backlog in /metrics', () => {
  it('is 0 when caught up, counts the events held back while the head office is down, and returns to 0', async () => {
    const centre = await freshCentre(postgres);
    const office = await TestOfficeServer.start({
      replication: { url: centre.url, retryMs: { first: 50, last: 400 } },
    });
    try {
      const seq = serveVisitors(office.server, 5);
      await eventually(async () => (await centre.replicatedSeq('demo')) === seq);
      await eventually(async () => (await backlog(office)) === 0);

      await postgres.stop('fast');
      const later = serveVisitors(office.server, 4);
      expect(later).toBeGreaterThan(seq);
      // Nothing after `seq` can have reached a stopped head office: the backlog is exactly the rest (the
      // office's clock may add an event of its own meanwhile, so the rest is counted from its state).
      await eventually(async () => (await backlog(office)) === office.server.runtime.state.seq - seq);
      expect(office.server.runtime.state.seq - seq).toBeGreaterThanOrEqual(later - seq);

      await postgres.start();
      await eventually(async () => (await backlog(office)) === 0, 30_000);
      expect(await centre.replicatedSeq('demo')).toBe(office.server.runtime.state.seq);
    } finally {
      await office.stop();
      await centre.close();
    }
  }, 120_000);
});
