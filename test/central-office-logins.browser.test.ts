import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { type OfficeReport, shipBatch } from '@queue/central-db';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.js';
import { type TestCentre, eventually, freshCentre, officeLog } from './support/centre-db.js';
import { serveVisitors } from './support/office-activity.js';
import { type TestPostgres, startPostgres } from './support/postgres.js';
import { TestOfficeServer } from './support/test-office.js';

/**
 * Each office's login at the head office writes only under its own office id (row-level security,
 * migration 003; docs/SCALING.md «Deploying the head office»), on a real PostgreSQL 15 with real
 * office servers: an office replicates as before with its own login, and the same credentials under
 * another office's id are refused — by the replicator, which says so, and by the database for any
 * statement written by hand.
 */
let postgres: TestPostgres;
let centre: TestCentre;
const offices: TestOfficeServer[] = [];
const FAST_RETRY = { first: 50, last: 300 };
const ROOT = join(import.meta.dirname, '..');

beforeAll(async () => {
  postgres = await startPostgres();
  centre = await freshCentre(postgres);
});

afterAll(async () => {
  for (const office of offices) await office.stop();
  await centre?.close();
  await postgres?.destroy();
});

const startOffice = async (url: string, officeId: string) => {
  const office = await TestOfficeServer.start({ replication: { url, officeId, retryMs: FAST_RETRY } });
  offices.push(office);
  return office;
};

/** The centre holds exactly the office's log under `officeId`: the same events, 1…N. */
const expectExactCopy = async (office: TestOfficeServer, officeId: string) => {
  const held = await centre.events(officeId);
  expect(held.map((e) => e.seq)).toEqual(officeLog(office.dataDir).map((_, i) => i + 1));
  expect(held).toEqual(officeLog(office.dataDir));
};

const connectAs = async (url: string) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
};

const report = (officeId: string): OfficeReport => ({
  officeId,
  status: { name: 'чужой', timeZone: 'Europe/Moscow', presetId: 'default', seq: 1 } as OfficeReport['status'],
});
const event = (seq: number) => ({
  seq,
  type: 'day.opened',
  opensDay: '2026-12-03',
  text: JSON.stringify({ type: 'day.opened', seq, at: 1, day: '2026-12-03' }),
});

/** What the database says to a refused statement: `insufficient_privilege`, and nothing stored. */
const refusal = (work: Promise<unknown>) =>
  work.then(
    () => null,
    (error: { code?: string; message: string }) => ({ code: error.code, message: error.message }),
  );

describe('an office login at the head office', () => {
  let loginA: string;
  let loginB: string;
  let officeB: TestOfficeServer;

  beforeAll(async () => {
    loginA = await centre.officeLogin('a');
    loginB = await centre.officeLogin('b');
    officeB = await startOffice(loginB, 'b');
    const seq = serveVisitors(officeB.server, 5);
    await eventually(async () => (await centre.replicatedSeq('b')) === seq);
  });

  it('replicates its own office as before', async () => {
    await expectExactCopy(officeB, 'b');
    const officeA = await startOffice(loginA, 'a');
    const seq = serveVisitors(officeA.server, 3);
    await eventually(async () => (await centre.replicatedSeq('a')) === seq);
    await expectExactCopy(officeA, 'a');
    expect(officeA.server.replicator?.status().state).not.toBe('refused');
  });

  it('cannot write under another office’s id: the replicator is refused and says so; the other office is untouched', async () => {
    // Office A's credentials, configured with office B's id by mistake (or on purpose).
    const impostor = await startOffice(loginA, 'b');
    serveVisitors(impostor.server, 2);
    await eventually(async () => impostor.server.replicator?.status().state === 'refused');
    const health = (await (await fetch(`${impostor.url}/health`)).json()) as {
      replication: { state: string; detail: string };
    };
    expect(health.replication.state).toBe('refused');
    expect(health.replication.detail).toContain('row-level security');
    // The hall administrator is told, in words, that a person must look.
    const browser = await launchBrowser();
    try {
      const board = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      await board.goto(`${impostor.url}/board/admin`);
      await board.getByLabel('Логин').fill('admin');
      await board.getByLabel('PIN-код').fill('1111');
      await board.getByRole('button', { name: 'Войти' }).click();
      await board.waitForSelector('.admin-main');
      await expect
        .poll(() => board.locator('.admin-replication').textContent())
        .toContain('Головной офис: не принимает данные этого офиса, требуется проверка настроек');
      expect(await board.locator('.admin-replication.trouble').count()).toBe(1);
      await screenshot(board, 'board-admin-replication-refused', false);
    } finally {
      await browser.close();
    }
    // Office B's record at the centre is still exactly its own log.
    await expectExactCopy(officeB, 'b');
    expect(await centre.replicatedSeq('b')).toBe(officeB.server.runtime.state.seq);
  });

  it('cannot read, change or add another office’s rows by hand', async () => {
    const client = await connectAs(loginA);
    try {
      const before = await centre.events('b');
      const seen = await client.query(`SELECT count(*)::int AS n FROM office_events WHERE office_id = 'b'`);
      expect(seen.rows[0].n).toBe(0);
      const moved = await client.query(`UPDATE offices SET replicated_seq = 0, status = NULL WHERE id = 'b'`);
      expect(moved.rowCount).toBe(0);
      const added = await refusal(
        client.query(
          `INSERT INTO office_events (office_id, seq, at, type, event) VALUES ('b', 999, 1, 'x', '{}')`,
        ),
      );
      expect(added?.code).toBe('42501');
      const shipped = await refusal(shipBatch(client, report('b'), [event(before.length + 1)]));
      expect(shipped?.code).toBe('42501');
      // A new office id is no easier: the login is held to its own.
      expect((await refusal(shipBatch(client, report('c'), [event(1)])))?.code).toBe('42501');
      expect(await centre.events('b')).toEqual(before);
      expect(await centre.replicatedSeq('b')).toBe(officeB.server.runtime.state.seq);
      const { rows } = await centre.pool.query(`SELECT count(*)::int AS n FROM offices WHERE id = 'c'`);
      expect(rows[0].n).toBe(0);
      // Nor may it move itself to another office.
      const remapped = await refusal(client.query(`UPDATE office_logins SET office_id = 'b'`));
      expect(remapped?.code).toBe('42501');
    } finally {
      await client.end();
    }
  });

  it('is made by `npm run central:office` as a deployment makes it', async () => {
    const login = `office_cli_${process.pid}`;
    const output = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        [
          '--import',
          'tsx',
          join(ROOT, 'apps/central/src/server/office-login-command.ts'),
          '--login',
          login,
          '--office',
          'd',
        ],
        {
          cwd: ROOT,
          env: { ...process.env, CENTRAL_DATABASE_URL: centre.url, CENTRAL_PASSWORD: 'office-secret' },
        },
        (error, stdout, stderr) =>
          error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
      ),
    );
    expect(output).toContain(`Office login ${login} saved: it may replicate office d only.`);
    const address = new URL(centre.url);
    address.username = login;
    const client = await connectAs(address.toString());
    try {
      expect((await shipBatch(client, report('d'), [event(1)])).ok).toBe(true);
      expect((await refusal(shipBatch(client, report('b'), [event(1)])))?.code).toBe('42501');
    } finally {
      await client.end();
    }
    const { rows } = await centre.pool.query(
      'SELECT rolpassword IS NOT NULL AS has FROM pg_authid WHERE rolname = $1',
      [login],
    );
    expect(rows[0].has).toBe(true);
  });

  it('writes nothing once the centre no longer maps it to an office', async () => {
    const loginC = await centre.officeLogin('c');
    const client = await connectAs(loginC);
    try {
      expect((await shipBatch(client, report('c'), [event(1)])).ok).toBe(true);
      await centre.pool.query('DELETE FROM office_logins WHERE office_id = $1', ['c']);
      expect((await refusal(shipBatch(client, report('c'), [event(2)])))?.code).toBe('42501');
      expect((await centre.events('c')).map((e) => e.seq)).toEqual([1]);
    } finally {
      await client.end();
    }
  });
});
