import { existsSync } from 'node:fs';
import { mkdir, open, readFile, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { FileOfficeStore } from '../storage/office-store.js';
import { type BackupManifest, MANIFEST_FILE, sha256 } from './backup-manifest.js';

/**
 * A consistent copy of a running office's data folder (issue 15), made from outside the office's
 * process or beside it, without stopping it or writing to it:
 *
 * - `office.json` and `events/checkpoint.json` are only ever replaced whole (a rename), so a read gets
 *   one version of each;
 * - the logs (`*.jsonl`) only grow by whole lines, so each is copied up to its last newline: a line
 *   being written at that moment is left out, as if the backup had been a moment earlier;
 * - a day that closes during the copy moves the live log into the archive and changes `office.json`:
 *   `office.json` is read again after the logs, and the copy starts over if it changed, or if the live
 *   log no longer begins with what was copied (a failed append cut back);
 * - the copy is then opened as an office (the same recovery as a start) to prove its events run
 *   without a gap from the saved state, and only then written to its final name with a manifest.
 *
 * The copy's `seq` is its last event: every event acknowledged before the backup began is in it.
 */
export interface BackupOptions {
  clock?: () => number;
  /** How many times to start over when the office changed under the copy (a day closing). */
  attempts?: number;
}

/** Not the office's data: temporary files of a write in progress, a storage probe, the process logs. */
const skipped = (path: string): boolean => {
  const name = path.split(sep).at(-1) ?? '';
  return name.startsWith('.') || path.split(sep)[0] === 'logs';
};

const listFiles = async (root: string, dir = root): Promise<string[]> => {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const rel = relative(root, path);
    if (skipped(rel)) continue;
    if (entry.isDirectory()) files.push(...(await listFiles(root, path)));
    else if (entry.isFile()) files.push(rel);
  }
  return files.sort();
};

/** A log up to its last newline: what had been written whole when it was read. */
const wholeLines = (data: Buffer): Buffer => data.subarray(0, data.lastIndexOf(0x0a) + 1);

const readCopy = async (dataDir: string, rel: string): Promise<Buffer | null> => {
  try {
    const data = await readFile(join(dataDir, rel));
    return rel.endsWith('.jsonl') ? wholeLines(data) : data;
  } catch (error) {
    // Removed while listed (a day's log archived, the retention of old days): the next attempt sees why.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
};

/** Whether `path` still begins with `prefix` (a log cut back after a failed append no longer does). */
const beginsWith = async (path: string, prefix: Buffer): Promise<boolean> => {
  const file = await open(path, 'r').catch(() => null);
  if (!file) return prefix.length === 0;
  try {
    const now = Buffer.alloc(prefix.length);
    const { bytesRead } = await file.read(now, 0, prefix.length, 0);
    return bytesRead === prefix.length && now.equals(prefix);
  } finally {
    await file.close();
  }
};

const LIVE = join('events', 'live.jsonl');
const OFFICE = 'office.json';

type Attempt = { files: Map<string, Buffer> } | { retry: string };

const copyOnce = async (dataDir: string): Promise<Attempt> => {
  const office = await readFile(join(dataDir, OFFICE));
  const files = new Map<string, Buffer>([[OFFICE, office]]);
  for (const rel of await listFiles(dataDir)) {
    if (rel === OFFICE || rel === LIVE) continue;
    const data = await readCopy(dataDir, rel);
    if (data) files.set(rel, data);
  }
  // The live log last: everything acknowledged before it was read is in it or in the archive.
  const live = (await readCopy(dataDir, LIVE)) ?? Buffer.alloc(0);
  files.set(LIVE, live);
  if (!(await readFile(join(dataDir, OFFICE))).equals(office)) return { retry: 'office.json changed' };
  if (!(await beginsWith(join(dataDir, LIVE), live))) return { retry: 'the live log changed' };
  return { files };
};

const writeFiles = async (dir: string, files: Map<string, Buffer>): Promise<void> => {
  for (const [rel, data] of files) {
    const path = join(dir, rel);
    await mkdir(dirname(path), { recursive: true });
    await writeFileSynced(path, data);
  }
};

export const writeFileSynced = async (path: string, data: Uint8Array | string): Promise<void> => {
  const file = await open(path, 'w');
  try {
    await file.writeFile(data);
    await file.sync();
  } finally {
    await file.close();
  }
};

/** Opens a copy as the office would at start (repair, recovery): its last seq, or why it cannot run. */
export const verifyOfficeFolder = (
  dir: string,
): { seq: number; day: string | null; id: string; name: string } => {
  const store = FileOfficeStore.open(
    dir,
    () => {
      throw new Error(`${dir} holds no office.json`);
    },
    { log: () => {} },
  );
  try {
    const { base, checkpoint, events } = store.recover();
    const last = events.at(-1)?.seq ?? checkpoint?.state.seq ?? base.seq;
    return { seq: last, day: base.day, id: base.config.id, name: base.config.name };
  } finally {
    store.close();
  }
};

const stamp = (at: number): string => new Date(at).toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');

/**
 * Copies the office in `dataDir` into a new folder inside `backupsDir` and returns its path and
 * manifest. The folder appears under its final name only once whole (written, fsynced, renamed).
 */
export const backupOffice = async (
  dataDir: string,
  backupsDir: string,
  options: BackupOptions = {},
): Promise<{ path: string; manifest: BackupManifest }> => {
  const clock = options.clock ?? Date.now;
  const attempts = options.attempts ?? 5;
  await mkdir(backupsDir, { recursive: true });
  const reasons: string[] = [];
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const copied = await copyOnce(dataDir);
    if ('retry' in copied) {
      reasons.push(copied.retry);
      continue;
    }
    const createdAt = clock();
    const partial = join(backupsDir, `.partial-${process.pid}-${createdAt}`);
    await rm(partial, { recursive: true, force: true });
    try {
      await writeFiles(partial, copied.files);
      let verified: ReturnType<typeof verifyOfficeFolder>;
      try {
        verified = verifyOfficeFolder(partial);
      } catch (error) {
        // A gap between the saved state and the logs: a day closed between the reads. Again.
        reasons.push(String(error));
        continue;
      }
      const manifest: BackupManifest = {
        format: 'queue-office-backup',
        version: 1,
        createdAt: new Date(createdAt).toISOString(),
        officeId: verified.id,
        officeName: verified.name,
        seq: verified.seq,
        day: verified.day,
        files: [...copied.files].map(([rel, data]) => ({
          path: rel.split(sep).join('/'),
          bytes: data.length,
          sha256: sha256(data),
        })),
      };
      await writeFileSynced(join(partial, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
      const name = `${verified.id}-${stamp(createdAt)}-seq${verified.seq}`;
      let path = join(backupsDir, name);
      for (let n = 2; existsSync(path); n++) path = join(backupsDir, `${name}-${n}`);
      await rename(partial, path);
      return { path, manifest };
    } finally {
      await rm(partial, { recursive: true, force: true });
    }
  }
  throw new Error(`the office kept changing under the backup (${reasons.join('; ')})`);
};
