import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * A real PostgreSQL for a test file: Debian's PostgreSQL 15 (`/usr/lib/postgresql/15/bin`, installed by
 * `.ci/run` where missing), a cluster made by `initdb` in a temporary folder and started by `pg_ctl` on
 * a free port of the loopback. PostgreSQL refuses to run as root, so when the tests run as root (CI)
 * the cluster belongs to, and runs as, the `postgres` user the Debian package creates. The binaries are
 * named explicitly: a `pg_ctl` elsewhere on the PATH may be another version.
 *
 * One cluster per test file (`beforeAll`), a database per test where they must not see each other.
 */
export const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface TestPostgres {
  readonly port: number;
  /** A connection string for `database` (default `postgres`), as the `postgres` superuser. */
  url(database?: string): string;
  /** Makes an empty database and returns its connection string. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server; `mode` `immediate` is a crash (no checkpoint), `fast` a clean stop. */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  /** Starts it again on the same port and data. */
  start(): Promise<void>;
  /** Stops it for good and removes its folder. */
  destroy(): Promise<void>;
}

interface RunAs {
  uid?: number;
  gid?: number;
}

const runAs = (): RunAs => {
  if (process.getuid?.() !== 0) return {};
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return { uid, gid };
};

const run = (command: string, args: string[], as: RunAs, cwd: string): Promise<string> =>
  new Promise((resolve, reject) => {
    execFile(
      join(PG_BIN, command),
      args,
      // pg_ctl's server inherits the environment: a clean one, C locale messages, no PGxxx leaking in.
      // The working folder is the cluster's own: the postgres user may not enter the test's (CI's clone
      // may sit under /root), and pg_ctl looks up where it runs from.
      { ...as, cwd, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C.UTF-8' }, timeout: 120_000 },
      (error, stdout, stderr) => {
        if (error)
          reject(new Error(`${command} ${args.join(' ')} failed: ${error.message}\n${stdout}${stderr}`));
        else resolve(stdout);
      },
    );
  });

/** A port nobody listens on right now (the server binds it a moment later; a clash is retried). */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });

export const startPostgres = async (): Promise<TestPostgres> => {
  if (!existsSync(join(PG_BIN, 'initdb')))
    throw new Error(`PostgreSQL 15 not found in ${PG_BIN}: run .ci/run or apt-get install postgresql`);
  const as = runAs();
  const root = mkdtempSync(join(tmpdir(), 'queue-pg-'));
  if (as.uid !== undefined) chownSync(root, as.uid, as.gid!);
  const data = join(root, 'data');
  const log = join(root, 'server.log');
  // --no-sync: a test cluster need not survive a power cut, only a killed process (the page cache keeps it).
  await run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'], as, root);

  let port = 0;
  const pgCtlStart = () =>
    run(
      'pg_ctl',
      [
        'start',
        '-D',
        data,
        '-l',
        log,
        '-w',
        '-t',
        '60',
        '-o',
        // Only the loopback, its socket in our own folder, few connections: two or three test processes
        // share this 2-core machine. fsync off: a killed server loses nothing the page cache holds.
        `-p ${port} -c listen_addresses=127.0.0.1 -k ${root} -c max_connections=40 -c fsync=off -c shared_buffers=32MB`,
      ],
      as,
      root,
    );

  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    try {
      await pgCtlStart();
      break;
    } catch (error) {
      // Another process took the port between our look and the server's bind: try another.
      if (attempt >= 5) throw error;
    }
  }

  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  let running = true;
  return {
    get port() {
      return port;
    },
    url,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url() });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name.replaceAll('"', '')}"`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    async stop(mode = 'fast') {
      if (!running) return;
      await run('pg_ctl', ['stop', '-D', data, '-m', mode, '-w', '-t', '60'], as, root);
      running = false;
    },
    async start() {
      if (running) return;
      await pgCtlStart();
      running = true;
    },
    async destroy() {
      if (running)
        await run('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w', '-t', '60'], as, root).catch(
          () => {},
        );
      running = false;
      rmSync(root, { recursive: true, force: true });
    },
  };
};
