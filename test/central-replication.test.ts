import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestCentre, eventually, freshCentre, officeLog } from './support/centre-db.js';
import { serveVisitors } from './support/office-activity.js';
import { startOfficeProcess } from './support/office-process.js';
import { type TestPostgres, startPostgres } from './support/postgres.js';
import { type TcpProxy, startTcpProxy } from './support/tcp-proxy.js';
import { TestOfficeServer } from './support/test-office.js';

/**
 * Replication of an office's event log to the head office's PostgreSQL (issue 16), against a real
 * PostgreSQL 15 and real office servers: whatever happens to the link or the centre, the centre ends
 * with exactly the office's events, none missing, none twice.
 */
let postgres: TestPostgres;

beforeAll(async () => {
  postgres = await startPostgres();
});

afterAll(async () => {
  await postgres?.destroy();
});

const FAST_RETRY = { first: 50, last: 400 };

/** The centre holds exactly the office's log: the same events under the same seqs, 1…N without a hole. */
const expectExactCopy = async (centre: TestCentre, office: TestOfficeServer, officeId = 'demo') => {
  const onDisk = officeLog(office.dataDir);
  const held = await centre.events(officeId);
  expect(onDisk.length).toBeGreaterThan(0);
  expect(held.map((e) => e.seq)).toEqual(onDisk.map((_, i) => i + 1));
  expect(held).toEqual(onDisk);
};

const health = async (office: TestOfficeServer) =>
  (await (await fetch(`${office.url}/health`)).json()) as {
    seq: number;
    replication: { state: string; replicatedSeq: number | null; backlog: number | null } | null;
  };

describe('an office replicating to the head office', () => {
  it('sends every event once, in order, with its summary, and says so in /health and the staff view', async () => {
    const centre = await freshCentre(postgres);
    const office = await TestOfficeServer.start({ replication: { url: centre.url, retryMs: FAST_RETRY } });
    try {
      const seq = serveVisitors(office.server, 20);
      await eventually(async () => (await centre.replicatedSeq('demo')) === seq);
      await expectExactCopy(centre, office);

      const { rows } = await centre.pool.query('SELECT name, head_seq, status FROM offices WHERE id = $1', [
        'demo',
      ]);
      expect(rows[0].name).toBe(office.server.runtime.state.config.name);
      expect(Number(rows[0].head_seq)).toBe(seq);
      expect(rows[0].status).toMatchObject({ seq, windowsOpen: 1, waiting: 0 });

      await eventually(async () => (await health(office)).replication?.state === 'upToDate');
      expect((await health(office)).replication).toMatchObject({ replicatedSeq: seq, backlog: 0 });
      const admin = await office.staff('admin', '1111');
      expect(admin.store.getState().view?.replication).toMatchObject({ officeId: 'demo' });
    } finally {
      await office.stop();
      await centre.close();
    }
  });

  it('an office with no head office configured sends nothing and reports no replication', async () => {
    const office = await TestOfficeServer.start();
    try {
      expect((await health(office)).replication).toBeNull();
      expect(office.server.replicator).toBeNull();
    } finally {
      await office.stop();
    }
  });

  describe('through a link that fails', () => {
    let proxy: TcpProxy;
    let centre: TestCentre;

    beforeAll(async () => {
      centre = await freshCentre(postgres);
      proxy = await startTcpProxy(postgres.port);
    });

    afterAll(async () => {
      await proxy?.close();
      await centre?.close();
    });

    it('goes on serving while the line is dead, keeps the backlog in its log, and catches up when it returns', async () => {
      const url = centre.url.replace(`:${postgres.port}/`, `:${proxy.port}/`);
      const office = await TestOfficeServer.start({
        replication: { url, retryMs: FAST_RETRY, timeoutMs: { connect: 500, statement: 1_000 } },
      });
      try {
        serveVisitors(office.server, 5);
        await eventually(
          async () => (await centre.replicatedSeq('demo')) === office.server.runtime.state.seq,
        );
        const before = await centre.replicatedSeq('demo');

        proxy.set('blackhole');
        // The office's own commands do not wait for the head office: a console's commands over Socket.IO
        // are acknowledged while nothing at all reaches the centre.
        const admin = await office.staff('admin', '1111');
        for (let i = 0; i < 10; i++) {
          const response = await admin.send({
            type: 'ticket.issue',
            serviceIds: ['consult'],
            clientType: 'individual',
            priority: null,
            source: 'administrator',
          });
          expect(response.ok).toBe(true);
        }
        expect(await centre.replicatedSeq('demo')).toBe(before);
        serveVisitors(office.server, 20);
        const seq = office.server.runtime.state.seq;
        await eventually(async () => (await health(office)).replication?.state === 'offline');
        const offline = await health(office);
        expect(offline.replication?.replicatedSeq).toBe(before);
        expect(offline.replication?.backlog).toBe(seq - before);
        expect(await centre.replicatedSeq('demo')).toBe(before);

        // A link that answers with resets is down too.
        proxy.set('refuse');
        serveVisitors(office.server, 3);
        await eventually(async () => (await health(office)).replication?.state === 'offline');

        proxy.set('open');
        await eventually(
          async () => (await centre.replicatedSeq('demo')) === office.server.runtime.state.seq,
        );
        await eventually(async () => (await health(office)).replication?.backlog === 0);
        await expectExactCopy(centre, office);
      } finally {
        await office.stop();
      }
    });
  });

  it("survives the centre's database stopping (a crash and a clean restart) while it sends", async () => {
    const centre = await freshCentre(postgres);
    const office = await TestOfficeServer.start({
      replication: { url: centre.url, retryMs: FAST_RETRY, batchSize: 50 },
    });
    try {
      serveVisitors(office.server, 60);
      // Crash the centre while the backlog is on its way.
      await eventually(async () => (await centre.replicatedSeq('demo')) > 0);
      await postgres.stop('immediate');
      serveVisitors(office.server, 10);
      await eventually(async () => (await health(office)).replication?.state === 'offline');
      await postgres.start();
      await eventually(async () => (await centre.replicatedSeq('demo')) === office.server.runtime.state.seq);

      await postgres.stop('fast');
      serveVisitors(office.server, 5);
      await postgres.start();
      await eventually(async () => (await centre.replicatedSeq('demo')) === office.server.runtime.state.seq);
      await expectExactCopy(centre, office);
    } finally {
      await office.stop();
      await postgres.start();
      await centre.close();
    }
  });

  it('refuses to mix two logs: an office whose folder was replaced stops sending and says so', async () => {
    const centre = await freshCentre(postgres);
    const first = await TestOfficeServer.start({ replication: { url: centre.url, retryMs: FAST_RETRY } });
    serveVisitors(first.server, 3);
    await eventually(async () => (await centre.replicatedSeq('demo')) === first.server.runtime.state.seq);
    await first.stop();
    const held = await centre.events('demo');

    // The same office id, a new data folder: its seq 1, 2, … are other events.
    const second = await TestOfficeServer.start({ replication: { url: centre.url, retryMs: FAST_RETRY } });
    try {
      serveVisitors(second.server, 6);
      await eventually(async () => (await health(second)).replication?.state === 'diverged');
      expect(await centre.events('demo')).toEqual(held);
    } finally {
      await second.stop();
      await centre.close();
    }
  });

  it('an office server killed (kill -9) in the middle of a batch resumes where the centre stands, nothing twice', async () => {
    // An office with a backlog of a couple of thousand events, written by the real server.
    const prepared = await TestOfficeServer.start();
    const head = serveVisitors(prepared.server, 300);
    await prepared.stop(true);
    expect(head).toBeGreaterThan(1000);

    const centre = await freshCentre(postgres);
    const holder = await centre.pool.connect();
    const LOCK = 16_016;
    try {
      // The second batch (events 501…1000) is held inside its transaction, rows inserted and not yet
      // committed, until the test lets go of a lock: the moment the office process is killed.
      await holder.query('SELECT pg_advisory_lock($1)', [LOCK]);
      await centre.pool.query(`
        CREATE FUNCTION hold_batch() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF EXISTS (SELECT 1 FROM new_rows WHERE seq > 500) THEN PERFORM pg_advisory_xact_lock_shared(${LOCK}); END IF;
          RETURN NULL;
        END $$;
        CREATE TRIGGER hold_batch AFTER INSERT ON office_events REFERENCING NEW TABLE AS new_rows
          FOR EACH STATEMENT EXECUTE FUNCTION hold_batch();`);

      const env = { DATA_DIR: prepared.dataDir, CENTRAL_DATABASE_URL: centre.url, CENTRAL_OFFICE_ID: 'demo' };
      const first = await startOfficeProcess(env);
      const officeBackendWaiting = async () =>
        (
          await centre.pool.query(
            `SELECT 1 FROM pg_stat_activity WHERE application_name = 'queue-office:demo'
               AND wait_event_type = 'Lock' AND xact_start IS NOT NULL`,
          )
        ).rowCount === 1;
      await eventually(officeBackendWaiting);
      process.kill(first.pid, 'SIGKILL');
      expect(await first.exited).toBe('SIGKILL');

      await holder.query('SELECT pg_advisory_unlock($1)', [LOCK]);
      await eventually(
        async () =>
          (
            await centre.pool.query(
              "SELECT 1 FROM pg_stat_activity WHERE application_name = 'queue-office:demo'",
            )
          ).rowCount === 0,
      );
      await centre.pool.query('DROP TRIGGER hold_batch ON office_events');
      // Only the two committed batches are there: the killed one left nothing behind.
      expect(await centre.replicatedSeq('demo')).toBe(500);
      expect((await centre.events('demo')).length).toBe(500);

      const second = await startOfficeProcess(env);
      try {
        const officeHead = ((await (await fetch(`${second.url}/health`)).json()) as { seq: number }).seq;
        expect(officeHead).toBeGreaterThanOrEqual(head);
        await eventually(async () => (await centre.replicatedSeq('demo')) === officeHead);
      } finally {
        process.kill(second.pid, 'SIGTERM');
        await second.exited;
      }
      const onDisk = officeLog(prepared.dataDir);
      expect(await centre.events('demo')).toEqual(onDisk);
      expect(onDisk.map((e) => e.seq)).toEqual(onDisk.map((_, i) => i + 1));
    } finally {
      holder.release();
      await centre.close();
      rmSync(prepared.dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
