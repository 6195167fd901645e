import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { migrate, saveOfficeLogin } from '@queue/central-db';
import pg from 'pg';
import type { TestPostgres } from './postgres.js';

let databases = 0;
let logins = 0;

/** An empty head-office database on the test cluster, migrated by the product's own migrations. */
export const freshCentre = async (postgres: TestPostgres) => {
  const url = await postgres.createDatabase(`centre_${process.pid}_${++databases}`);
  const pool = new pg.Pool({ connectionString: url, max: 3 });
  // The test's own connections survive the centre's restarts: a dropped one is simply replaced.
  pool.on('error', () => {});
  const client = await pool.connect();
  try {
    await migrate(client);
  } finally {
    client.release();
  }
  return {
    url,
    pool,
    /** The events the centre holds for an office, in seq order, as stored. */
    async events(officeId: string): Promise<{ seq: number; event: unknown }[]> {
      const { rows } = await pool.query<{ seq: string; event: unknown }>(
        'SELECT seq, event FROM office_events WHERE office_id = $1 ORDER BY seq',
        [officeId],
      );
      return rows.map((r) => ({ seq: Number(r.seq), event: r.event }));
    },
    async replicatedSeq(officeId: string): Promise<number> {
      const { rows } = await pool.query<{ replicated_seq: string }>(
        'SELECT replicated_seq FROM offices WHERE id = $1',
        [officeId],
      );
      return rows[0] ? Number(rows[0].replicated_seq) : 0;
    },
    /**
     * A login of its own for an office, made as a deployment makes it (`npm run central:office`): held
     * to `officeId` by row-level security. Returns the connection string the office replicates with.
     */
    async officeLogin(officeId: string, login = `office_${process.pid}_${++logins}`): Promise<string> {
      const client = await pool.connect();
      try {
        await saveOfficeLogin(client, { login, officeId });
      } finally {
        client.release();
      }
      const address = new URL(url);
      address.username = login;
      return address.toString();
    },
    close: () => pool.end(),
  };
};

export type TestCentre = Awaited<ReturnType<typeof freshCentre>>;

/** Every event of an office's log on disk, closed days then the open one, in order. */
export const officeLog = (dataDir: string): { seq: number; event: unknown }[] => {
  const archive = join(dataDir, 'events', 'archive');
  const files = [
    ...readdirSync(archive)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .map((f) => join(archive, f)),
    join(dataDir, 'events', 'live.jsonl'),
  ];
  return files
    .flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => {
          const event = JSON.parse(line) as { seq: number };
          return { seq: event.seq, event };
        }),
    )
    .sort((a, b) => a.seq - b.seq);
};

/** Polls an asynchronous condition (a database, another process) until it holds. */
export const eventually = async (condition: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> => {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
};
