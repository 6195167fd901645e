import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type OfficeConfig, type OfficeEvent, type OfficeState, initialState } from '@queue/engine';
import type { KioskPrintSettings, PublicCall, ShiftStats } from '@queue/protocol';
import { LowSync } from 'lowdb';
import { EventLogFile, lastSeqInLog, readEventLog } from './event-log.js';
import { FsyncJsonFile, fsyncDirectory, writeFileDurably } from './fsync-file-adapter.js';

export interface PinHash {
  salt: string;
  hash: string;
}

export interface DeviceRecord {
  id: string;
  role: 'kiosk' | 'board' | 'integration';
  label: string;
  tokenHash: string;
  revoked: boolean;
  /** Kiosks the office server prints for (DESIGN §6): the network printer configured for that kiosk. */
  printer: { host: string; port: number } | null;
  /**
   * Kiosks: how the kiosk last said its printer is driven (`POST /api/kiosk/print-settings`), kept so the
   * server prints as before after a restart, until the kiosk reconnects. Absent until the kiosk first
   * says; read back through `kioskPrintSettingsSchema`, because an older file may hold another shape.
   */
  printSettings?: KioskPrintSettings;
}

/** What lowdb keeps: small things only — secrets, devices, and the state at the start of the live day. */
export interface OfficeFile {
  version: 1;
  secret: string;
  pins: Record<string, PinHash>;
  devices: DeviceRecord[];
  snapshot: OfficeState;
}

/**
 * The live day's state at some event, with the projections that are built by watching events (the
 * hall's latest calls, the shifts' figures), so a restart replays only the events after it.
 */
export interface Checkpoint {
  state: OfficeState;
  calls: PublicCall[];
  shift: Record<string, ShiftStats>;
}

/** As kept on disk: with the live log's length at that moment, where the replay resumes. */
interface StoredCheckpoint extends Checkpoint {
  logBytes: number;
}

/**
 * Storage behind one interface (DESIGN §8): the embedded default is lowdb plus an append-only log;
 * a central PostgreSQL could implement the same for many offices.
 */
export interface OfficeStore {
  readonly file: OfficeFile;
  /**
   * Where to start, and the stored events to replay on it, in order: the live day's latest checkpoint
   * when there is a valid one, otherwise the state the live day started from.
   */
  recover(): { base: OfficeState; checkpoint: Checkpoint | null; events: OfficeEvent[] };
  append(events: readonly OfficeEvent[]): void;
  /** Keeps a checkpoint of the live day (durably; the log stays the record). */
  checkpoint(point: Checkpoint): void;
  /** Moves the closed day's log to the archive and makes `stateAfterClose` the new starting point. */
  archiveDay(day: string, stateAfterClose: OfficeState): void;
  saveFile(change: (file: OfficeFile) => void): void;
  archivedDays(): string[];
  readArchivedDay(day: string): OfficeEvent[];
  close(): void;
}

export class FileOfficeStore implements OfficeStore {
  private readonly db: LowSync<OfficeFile>;
  private log: EventLogFile;
  private readonly livePath: string;
  private readonly archiveDir: string;
  private readonly checkpointPath: string;

  private constructor(
    private readonly dir: string,
    seed: () => OfficeFile,
  ) {
    mkdirSync(join(dir, 'events', 'archive'), { recursive: true });
    this.livePath = join(dir, 'events', 'live.jsonl');
    this.archiveDir = join(dir, 'events', 'archive');
    this.checkpointPath = join(dir, 'events', 'checkpoint.json');
    this.db = new LowSync<OfficeFile>(new FsyncJsonFile<OfficeFile>(join(dir, 'office.json')), null as never);
    this.db.read();
    if (!this.db.data) {
      this.db.data = seed();
      this.db.write();
    }
    this.log = new EventLogFile(this.livePath);
  }

  static open(dir: string, seed: () => OfficeFile): FileOfficeStore {
    return new FileOfficeStore(dir, seed);
  }

  get file(): OfficeFile {
    return this.db.data;
  }

  recover(): { base: OfficeState; checkpoint: Checkpoint | null; events: OfficeEvent[] } {
    const base = this.db.data.snapshot;
    // A crash between archiving the log and saving the new snapshot leaves the closed day only in the
    // archive: replay its tail first. Its last line tells whether there is one, without reading the day.
    const lastArchived = this.archivedDays().at(-1);
    const archiveAhead =
      lastArchived !== undefined && (lastSeqInLog(this.archivePath(lastArchived)) ?? base.seq) > base.seq;
    const pending = archiveAhead ? this.readArchivedDay(lastArchived).filter((e) => e.seq > base.seq) : [];
    const resumed = archiveAhead ? null : this.resumeFromCheckpoint(base.seq);
    const checkpoint = resumed?.checkpoint ?? null;
    let seq = checkpoint?.state.seq ?? base.seq;
    const live = resumed?.after ?? readEventLog(this.livePath);
    const events = [...pending, ...live.filter((e) => e.seq > seq)];
    for (const event of events) {
      if (event.seq !== seq + 1)
        throw new Error(`event log gap: expected seq ${seq + 1}, found ${event.seq}`);
      seq = event.seq;
    }
    return { base, checkpoint, events };
  }

  checkpoint(point: Checkpoint): void {
    // Every event up to the checkpoint is in the log already (appended synchronously, fsynced).
    const logBytes = existsSync(this.livePath) ? statSync(this.livePath).size : 0;
    const stored: StoredCheckpoint = { ...point, logBytes };
    writeFileDurably(this.checkpointPath, JSON.stringify(stored));
  }

  /**
   * The checkpoint and the live log's lines after it, when it lies on today's line of events: taken
   * after today's start, not ahead of the log (the log is fsynced before anything is acknowledged; the
   * checkpoint is a shortcut), and the log resuming right after it. Otherwise null: replay it all.
   */
  private resumeFromCheckpoint(baseSeq: number): { checkpoint: Checkpoint; after: OfficeEvent[] } | null {
    const point = this.readCheckpoint();
    if (!point || point.state.seq < baseSeq) return null;
    if (point.state.seq > (lastSeqInLog(this.livePath) ?? baseSeq)) return null;
    const after = readEventLog(this.livePath, point.logBytes);
    const next = after[0]?.seq ?? point.state.seq + 1;
    return next === point.state.seq + 1 ? { checkpoint: point, after } : null;
  }

  /** Unreadable means unusable, not fatal: the full replay is always possible. */
  private readCheckpoint(): StoredCheckpoint | null {
    try {
      const point = JSON.parse(readFileSync(this.checkpointPath, 'utf8')) as StoredCheckpoint;
      return typeof point?.state?.seq === 'number' &&
        Array.isArray(point.calls) &&
        Number.isInteger(point.logBytes)
        ? point
        : null;
    } catch {
      return null;
    }
  }

  append(events: readonly OfficeEvent[]): void {
    this.log.append(events);
  }

  archiveDay(day: string, stateAfterClose: OfficeState): void {
    this.log.close();
    let target = join(this.archiveDir, `${day}.jsonl`);
    for (let n = 2; existsSync(target); n++) target = join(this.archiveDir, `${day}.${n}.jsonl`);
    if (existsSync(this.livePath)) renameSync(this.livePath, target);
    fsyncDirectory(this.archiveDir);
    fsyncDirectory(join(this.dir, 'events'));
    this.db.data.snapshot = stateAfterClose;
    this.db.write();
    rmSync(this.checkpointPath, { force: true });
    this.log = new EventLogFile(this.livePath);
  }

  saveFile(change: (file: OfficeFile) => void): void {
    change(this.db.data);
    this.db.write();
  }

  archivedDays(): string[] {
    return readdirSync(this.archiveDir)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .map((f) => f.replace(/\.jsonl$/, ''));
  }

  readArchivedDay(day: string): OfficeEvent[] {
    return readEventLog(this.archivePath(day));
  }

  private archivePath(day: string): string {
    return join(this.archiveDir, `${day}.jsonl`);
  }

  close(): void {
    this.log.close();
  }
}

export const emptyOfficeState = (config: OfficeConfig): OfficeState => initialState(config);
