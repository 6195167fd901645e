import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { localParts, minutesOf } from '@queue/engine';
import { MANIFEST_FILE, backupManifestSchema } from './backup-manifest.js';
import { backupOffice } from './office-backup.js';

export interface DailyBackupSettings {
  /** The folder the backups go to: another disk, or a network share mounted on the office PC. */
  dir: string;
  /** How many of this office's backups are kept there; older ones are removed after a new one. */
  keep: number;
  /** When, in the office's time zone (`HH:MM`): after closing, before the next morning. */
  at: string;
}

/** This office's backups in `dir`, oldest first (by their manifests, not by their names alone). */
export const officeBackups = async (
  dir: string,
  officeId: string,
): Promise<{ path: string; createdAt: string }[]> => {
  const names = await readdir(dir).catch(() => [] as string[]);
  const found: { path: string; createdAt: string }[] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue;
    try {
      const manifest = backupManifestSchema.parse(
        JSON.parse(await readFile(join(dir, name, MANIFEST_FILE), 'utf8')),
      );
      if (manifest.officeId === officeId)
        found.push({ path: join(dir, name), createdAt: manifest.createdAt });
    } catch {
      // Not one of ours: left alone.
    }
  }
  return found.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
};

/** Removes all but the newest `keep` backups of the office; returns the removed paths. */
export const pruneBackups = async (dir: string, officeId: string, keep: number): Promise<string[]> => {
  const backups = await officeBackups(dir, officeId);
  const old = backups.slice(0, Math.max(0, backups.length - keep));
  for (const { path } of old) await rm(path, { recursive: true, force: true });
  return old.map((b) => b.path);
};

/**
 * The office's daily backup (issue 15), run by the server's clock: once a day, at `at` office time or
 * at the first tick after it (a server that was off at that time backs up when it starts), unless this
 * office's newest backup in the folder is already from today. One at a time; a failure is logged and
 * tried again on the next tick.
 */
export class DailyBackup {
  private running: Promise<void> | null = null;
  private doneOn: string | null = null;

  constructor(
    private readonly dataDir: string,
    private readonly settings: DailyBackupSettings,
    private readonly office: () => { id: string; timeZone: string },
    private readonly clock: () => number,
    private readonly log: (entry: Record<string, unknown>) => void,
  ) {}

  /** Resolves once no backup is running (the server waits for it before it closes). */
  async idle(): Promise<void> {
    await this.running;
  }

  /** Starts the day's backup if it is due; resolves when it (or one already running) is done. */
  async runIfDue(): Promise<void> {
    if (this.running) return this.running;
    const { id, timeZone } = this.office();
    const now = localParts(this.clock(), timeZone);
    if (now.minutesOfDay < minutesOf(this.settings.at) || this.doneOn === now.date) return;
    this.running = (async () => {
      try {
        const newest = (await officeBackups(this.settings.dir, id)).at(-1);
        if (newest && localParts(Date.parse(newest.createdAt), timeZone).date === now.date) {
          this.doneOn = now.date;
          return;
        }
        const { path, manifest } = await backupOffice(this.dataDir, this.settings.dir, { clock: this.clock });
        const removed = await pruneBackups(this.settings.dir, id, this.settings.keep);
        this.doneOn = now.date;
        this.log({ msg: 'daily backup made', path, seq: manifest.seq, removed });
      } catch (error) {
        this.log({ msg: 'daily backup failed', error: String(error) });
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }
}
