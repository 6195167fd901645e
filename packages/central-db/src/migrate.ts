import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

/**
 * The head office's schema is made and moved forward by the product itself, from ordered plain SQL
 * files (`migrations/NNN_name.sql`) and a `schema_migrations` table, rather than node-pg-migrate: the
 * files are what a database administrator reads and reviews, we only ever move forward (no down
 * migrations to keep true), and what the product must guarantee fits here — one process migrates at a
 * time (an advisory lock, so two head-office processes starting together cannot both run a file), each
 * file runs whole or not at all (its own transaction), and a file already applied may not change (its
 * SHA-256 is kept and checked; a changed one stops the start with the file's name).
 */
export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'migrations');

/** Any constant: the key of the advisory lock every migrating process takes. */
const MIGRATION_LOCK = 7_405_116_001;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export const migrations = (dir = MIGRATIONS_DIR): Migration[] =>
  readdirSync(dir)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });

/** Applies every migration not yet applied, in order; returns the names applied now. */
export const migrate = async (client: pg.ClientBase, dir = MIGRATIONS_DIR): Promise<string[]> => {
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         name text PRIMARY KEY,
         checksum text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const { rows } = await client.query<{ name: string; checksum: string }>(
      'SELECT name, checksum FROM schema_migrations',
    );
    const applied = new Map(rows.map((r) => [r.name, r.checksum]));
    const done: string[] = [];
    for (const migration of migrations(dir)) {
      const checksum = applied.get(migration.name);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum)
          throw new Error(
            `migration ${migration.name} was changed after it was applied; add a new one instead`,
          );
        continue;
      }
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)', [
          migration.name,
          migration.checksum,
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${migration.name} failed: ${(error as Error).message}`);
      }
      done.push(migration.name);
    }
    return done;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
};
