import { existsSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { JsonLinesFile } from '../storage/json-lines-file.js';
import { repairTail } from '../storage/log-repair.js';
import type { StorageHealth } from '../storage/storage-health.js';

export interface AuditLogOptions {
  /** Where start-up says what it cut from a torn last line (the server's log). */
  say?: (line: string) => void;
  /** A file this large is closed and a new one begun (`AUDIT_MAX_BYTES`; 10 MiB). */
  maxBytes?: number;
  /** How many closed files are kept beside the current one, the oldest removed first (`AUDIT_KEEP`; 20). */
  keep?: number;
}

/** `audit.jsonl` closed as `audit.N.jsonl`, N counting up from 1 and never reused: N orders them. */
const rotatedName = /^(.+)\.(\d+)\.jsonl$/;

/**
 * The closed files of an audit log, oldest first, then the current one: the order its entries were
 * written in. Readers of the log (and the backup, which copies every `*.jsonl`) go through this.
 */
export const auditFiles = (path: string): string[] => {
  const dir = dirname(path);
  const stem = basename(path, '.jsonl');
  const closed = existsSync(dir)
    ? readdirSync(dir)
        .map((name) => ({ name, match: rotatedName.exec(name) }))
        .filter(({ match }) => match?.[1] === stem)
        .map(({ name, match }) => ({ path: join(dir, name), n: Number(match?.[2]) }))
        .sort((a, b) => a.n - b.n)
    : [];
  return [...closed.map((f) => f.path), ...(existsSync(path) ? [path] : [])];
};

/**
 * Every entry of an audit log across its rotated files, oldest first. A line that does not parse (cut
 * short before the repair, or written by hand) is skipped: the audit log is a record to read, not to
 * replay.
 */
export const readAuditLog = (path: string): Record<string, unknown>[] => {
  const entries: Record<string, unknown>[] = [];
  for (const file of auditFiles(path)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line) continue;
      try {
        entries.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // Not an entry.
      }
    }
  }
  return entries;
};

/**
 * Security-relevant refusals (a command outside the role, a failed login, a storage failure) go to
 * their own log: they are not office events, but someone must be able to see them later. Writing it
 * never fails a request: on a full disk or a read-only folder an entry is lost, counted and shown in the
 * storage alarm (issue 13: the error path wrote here on the same full disk and threw again).
 *
 * It is rotated by size (issue 15): a full file is renamed `audit.N.jsonl` and a new one begun, the
 * oldest beyond `keep` removed. Its own rotation rather than the server log's (pino-roll): an entry is
 * written whole or not at all, synchronously, so its failure is known and counted where it happens, and
 * start-up cuts a torn last line (`repairTail`) as it does the event logs'.
 */
export class AuditLog {
  private file: JsonLinesFile<Record<string, unknown>>;
  private readonly maxBytes: number;
  private readonly keep: number;

  constructor(
    private readonly path: string,
    private readonly clock: () => number,
    private readonly health: StorageHealth,
    options: AuditLogOptions = {},
  ) {
    this.maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
    this.keep = options.keep ?? 20;
    const { whole } = repairTail(path, options.say ?? ((line) => console.warn(line)));
    this.file = new JsonLinesFile(path, { durable: false, end: whole });
  }

  write(entry: Record<string, unknown>): void {
    try {
      this.file.append([{ at: new Date(this.clock()).toISOString(), ...entry }]);
      this.health.succeeded(this.file.path);
    } catch (error) {
      this.health.failed('audit', this.file.path, error);
      return;
    }
    try {
      if (this.file.size >= this.maxBytes) this.rotate();
    } catch (error) {
      // The entry is written; the file grows on until a rotation succeeds.
      this.health.failed('audit', this.file.path, error);
    }
  }

  private rotate(): void {
    const closed = () => auditFiles(this.path).filter((file) => file !== this.path);
    const last = Number(rotatedName.exec(basename(closed().at(-1) ?? ''))?.[2] ?? 0);
    this.file.close();
    renameSync(this.path, join(dirname(this.path), `${basename(this.path, '.jsonl')}.${last + 1}.jsonl`));
    this.file = new JsonLinesFile(this.path, { durable: false, end: 0 });
    for (const old of closed().slice(0, -this.keep)) rmSync(old, { force: true });
  }

  close(): void {
    try {
      this.file.close();
    } catch {
      // Nothing is pending in an append-only file without buffers.
    }
  }
}
