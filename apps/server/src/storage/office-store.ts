import {
  closeSync,
  constants,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import {
  type DeviceRole,
  type NetworkPrinter,
  type OfficeConfig,
  type OfficeEvent,
  type OfficeState,
  initialState,
} from '@queue/engine';
import type { KioskPrintSettings, PublicCall, ShiftStats } from '@queue/protocol';
import { LowSync } from 'lowdb';
import type { EndedVisitOfToken } from '../visit/visit-register.js';
import { EventLogFile, lastSeqInLog, readEventLog } from './event-log.js';
import {
  FsyncJsonFile,
  type Rename,
  type StagedFile,
  fsyncDirectory,
  stagedPath,
  writeFileDurably,
} from './fsync-file-adapter.js';
import { repairLog } from './log-repair.js';
import { StorageError } from './storage-error.js';
import { StorageHealth } from './storage-health.js';
import { writeAt, writeWhole } from './whole-write.js';

export interface PinHash {
  salt: string;
  hash: string;
}

export interface DeviceRecord {
  id: string;
  role: DeviceRole;
  label: string;
  tokenHash: string;
  revoked: boolean;
  /**
   * Kiosks the office server prints for (DESIGN §6): the network printer the manager set for that kiosk
   * (`POST /api/config/devices/printer`). A record written by hand may lack the rest: `queryStatus`
   * absent = ask (false: a printer that does not answer ESC/POS DLE EOT is printed to without asking
   * about its paper); `paper`/`codePage` absent = the kiosk's own choice.
   */
  printer: {
    host: string;
    port: number;
    queryStatus?: boolean;
    paper?: NetworkPrinter['paper'];
    codePage?: NetworkPrinter['codePage'];
  } | null;
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
  /**
   * How the office was made: `demo` by `npm start` on an empty folder, `office` by `office init`. A real
   * office never accepts the demo's PINs or tokens (auth/demo-credentials.ts). Absent: made before the
   * mark existed, when every office was the demo.
   */
  kind?: 'demo' | 'office';
  /** How the server runs (TLS, daily backup, retention): `office-setup/office-settings.ts`. */
  settings?: unknown;
  secret: string;
  pins: Record<string, PinHash>;
  /** Each member's session generation (auth/staff-sessions.ts); absent: nobody's sessions ended yet. */
  sessions?: Record<string, number>;
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
  /** The day's ended visits by phone token (issue 18); absent in checkpoints written before it was kept. */
  visits?: EndedVisitOfToken[];
}

/** As kept on disk: with the live log's length at that moment, where the replay resumes. */
interface StoredCheckpoint extends Checkpoint {
  logBytes: number;
}

/**
 * Storage behind one interface (DESIGN §8): the embedded default is lowdb plus an append-only log;
 * a central PostgreSQL could implement the same for many offices. Every write either happens whole or
 * throws `StorageError` with nothing changed (issue 13), and `health` knows what is failing.
 */
export interface OfficeStore {
  readonly file: OfficeFile;
  readonly health: StorageHealth;
  /**
   * Where to start, and the stored events to replay on it, in order: the live day's latest checkpoint
   * when there is a valid one, otherwise the state the live day started from.
   */
  recover(): { base: OfficeState; checkpoint: Checkpoint | null; events: OfficeEvent[] };
  append(events: readonly OfficeEvent[]): void;
  /** Keeps a checkpoint of the live day (durably; the log stays the record). */
  checkpoint(point: Checkpoint): void;
  /**
   * Stores the closing events of a day, moves the day's log to the archive and makes `stateAfterClose`
   * the new starting point. Throws with nothing changed unless the log was archived; after that, a
   * starting point that could not be saved is retried by `probe` (recovery replays the archive till then).
   */
  closeDay(closed: readonly OfficeEvent[], day: string, stateAfterClose: OfficeState): void;
  /**
   * Changes the file and keeps it durably. With `alongside`, the new file is written and fsynced first
   * (marked with the event that records it), then `alongside.record` runs (it stores that event in the
   * log: the commit point), and the file is put in place only if it returns true. A failure or a crash
   * after the record is stored cannot undo it: the staged file stays, the change holds in memory, and it
   * is put in place by `probe` or by the next start (which finishes a staged file whose event is in the
   * log and discards one whose event is not). So the secret and its record change together or not at
   * all. Returns whether it was kept; throws `StorageError` when nothing was.
   */
  saveFile(change: (file: OfficeFile) => void, alongside?: FileChangeRecord): boolean;
  /** Tries each failing file again, so the storage alarm clears without waiting for a command. */
  probe(): void;
  archivedDays(): string[];
  readArchivedDay(day: string): OfficeEvent[];
  close(): void;
}

/** How a change of office.json is recorded in the log (`OfficeStore.saveFile`). */
export interface FileChangeRecord {
  /** The type of the event that records it (`staff.pinReset`, `device.registered`…). */
  eventType: string;
  /** Stores that event; false when the engine refused it (then nothing changes). */
  record: () => boolean;
}

/** Carried by a staged office.json until it is in place: the event after `afterSeq` that records it. */
interface PendingMark {
  afterSeq: number;
  eventType: string;
}

export interface OpenOptions {
  /** Where start-up says what it repaired. */
  log?: (line: string) => void;
  clock?: () => number;
  /** Told how long each append of events took, its write and fsync (the metrics' histogram). */
  appended?: (seconds: number) => void;
  /** The rename that puts office.json in place; a test puts a failing one here. */
  rename?: Rename;
}

export class FileOfficeStore implements OfficeStore {
  readonly health: StorageHealth;
  private readonly db: LowSync<OfficeFile>;
  private readonly adapter: FsyncJsonFile<OfficeFile>;
  private log: EventLogFile;
  private readonly livePath: string;
  private readonly archiveDir: string;
  private readonly checkpointPath: string;
  /** The new day's starting point, when the archive moved but office.json could not be written. */
  private unsavedStart = false;
  /** A change recorded in the log whose office.json is staged but not yet in place. */
  private pending: PendingMark | null = null;
  private readonly rename: Rename;
  private readonly appended: ((seconds: number) => void) | undefined;

  private constructor(
    private readonly dir: string,
    seed: () => OfficeFile,
    options: OpenOptions,
  ) {
    const say = options.log ?? ((line: string) => console.warn(line));
    this.appended = options.appended;
    this.health = new StorageHealth(dir, options.clock ?? Date.now);
    mkdirSync(join(dir, 'events', 'archive'), { recursive: true });
    this.livePath = join(dir, 'events', 'live.jsonl');
    this.archiveDir = join(dir, 'events', 'archive');
    this.checkpointPath = join(dir, 'events', 'checkpoint.json');
    this.rename = options.rename ?? renameSync;
    this.adapter = new FsyncJsonFile<OfficeFile>(join(dir, 'office.json'), this.rename);
    // Torn writes are cut before anything reads the logs: the live day's, and the last archived day's
    // (a day archived by a server that stopped on it). A cut inside the live log moves its lines, so a
    // checkpoint's byte offset no longer holds: the full replay is used.
    const lastArchived = this.archivedDays().at(-1);
    if (lastArchived !== undefined) repairLog(this.archivePath(lastArchived), say);
    const live = repairLog(this.livePath, say);
    if (live.rewritten) rmSync(this.checkpointPath, { force: true });
    const staged = this.finishStagedFile(say);
    this.db = new LowSync<OfficeFile>(this.adapter, null as never);
    this.db.read();
    if (staged) this.db.data = staged;
    if (!this.db.data) {
      this.db.data = seed();
      this.db.write();
    }
    this.log = new EventLogFile(this.livePath, { end: live.whole });
  }

  /**
   * A staged office.json left by a stop between storing a change's record and putting the file in
   * place: finished when its event is in the log, else discarded (its change never happened). Returns
   * the file's contents when it could not be put in place now (a read-only folder): they hold, and
   * `probe` puts them in place later.
   */
  private finishStagedFile(say: (line: string) => void): OfficeFile | null {
    const temp = stagedPath(this.adapter.file);
    if (!existsSync(temp)) return null;
    let staged: (OfficeFile & { pending?: PendingMark }) | null = null;
    try {
      staged = JSON.parse(readFileSync(temp, 'utf8')) as OfficeFile & { pending?: PendingMark };
    } catch {
      staged = null; // cut short: never put in place, so never relied on
    }
    const mark = staged?.pending;
    if (!staged || !mark || !this.recorded(mark)) {
      try {
        rmSync(temp, { force: true });
      } catch {
        // Not a file, or a read-only folder: never put in place, so it does no harm where it is.
      }
      if (mark) say(`office.json: discarded a staged change whose ${mark.eventType} never reached the log`);
      return null;
    }
    const { pending: _pending, ...file } = staged;
    try {
      this.rename(temp, this.adapter.file);
      fsyncDirectory(this.dir);
      say(
        `office.json: put in place a change recorded in the log (${mark.eventType} after seq ${mark.afterSeq})`,
      );
      return file;
    } catch (error) {
      this.pending = mark;
      this.health.failed('office', this.adapter.file, error);
      say(`office.json: a change recorded in the log could not be put in place yet (${String(error)})`);
      return file;
    }
  }

  /** Whether the live log, or the last archived day, holds the event of `mark`. */
  private recorded(mark: PendingMark): boolean {
    const lastArchived = this.archivedDays().at(-1);
    const events = [
      ...(lastArchived === undefined ? [] : readEventLog(this.archivePath(lastArchived))),
      ...readEventLog(this.livePath),
    ];
    return events.some((event) => event.type === mark.eventType && event.seq > mark.afterSeq);
  }

  /** Puts the staged office.json in place (its rename, or only the folder's fsync when that failed). */
  private finishPending(): void {
    const temp = stagedPath(this.adapter.file);
    try {
      if (existsSync(temp)) this.rename(temp, this.adapter.file);
      fsyncDirectory(this.dir);
    } catch (error) {
      this.health.failed('office', this.adapter.file, error);
      throw new StorageError(this.adapter.file, error);
    }
    this.pending = null;
    this.health.succeeded(this.adapter.file);
  }

  static open(dir: string, seed: () => OfficeFile, options: OpenOptions = {}): FileOfficeStore {
    return new FileOfficeStore(dir, seed, options);
  }

  get file(): OfficeFile {
    return this.db.data;
  }

  recover(): { base: OfficeState; checkpoint: Checkpoint | null; events: OfficeEvent[] } {
    const base = this.db.data.snapshot;
    // A stop between archiving a day's log and saving the new starting point (or a starting point that
    // could not be saved) leaves closed days only in the archive: replay those ahead of the snapshot
    // first. Each one's last line tells whether it is ahead, without reading the day.
    const ahead: string[] = [];
    for (const day of this.archivedDays().reverse()) {
      if ((lastSeqInLog(this.archivePath(day)) ?? base.seq) <= base.seq) break;
      ahead.unshift(day);
    }
    const pending = ahead.flatMap((day) => this.readArchivedDay(day)).filter((e) => e.seq > base.seq);
    const resumed = ahead.length > 0 ? null : this.resumeFromCheckpoint(base.seq);
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
    let bytes = 0;
    try {
      const text = JSON.stringify({ ...point, logBytes: this.log.size } satisfies StoredCheckpoint);
      bytes = Buffer.byteLength(text);
      writeFileDurably(this.checkpointPath, text);
      this.health.succeeded(this.checkpointPath);
    } catch (error) {
      this.health.failed('checkpoint', this.checkpointPath, error, bytes);
      throw error;
    }
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
    if (point.logBytes > this.log.size) return null;
    try {
      const after = readEventLog(this.livePath, point.logBytes);
      const next = after[0]?.seq ?? point.state.seq + 1;
      return next === point.state.seq + 1 ? { checkpoint: point, after } : null;
    } catch {
      return null; // an offset that is not a line's start
    }
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
    let written: number;
    try {
      const before = this.log.size;
      const started = performance.now();
      this.log.append(events);
      this.appended?.((performance.now() - started) / 1000);
      written = this.log.size - before;
    } catch (error) {
      this.health.failed('events', this.livePath, error, eventBytes(events));
      throw error;
    }
    this.health.succeeded(this.livePath, written);
  }

  closeDay(closed: readonly OfficeEvent[], day: string, stateAfterClose: OfficeState): void {
    const mark = this.log.size;
    this.append(closed);
    let target = this.archivePath(day);
    for (let n = 2; existsSync(target); n++) target = join(this.archiveDir, `${day}.${n}.jsonl`);
    try {
      // The checkpoint lies on the day being closed: gone first, so no later start can take it for the
      // new day's (removing it is always safe: the full replay remains).
      rmSync(this.checkpointPath, { force: true });
      this.log.close();
      renameSync(this.livePath, target);
    } catch (error) {
      // Not archived: the closing events are cut off again, and the day stays open.
      this.log.truncate(mark);
      this.health.failed('events', this.livePath, error);
      throw new StorageError(this.livePath, error);
    }
    // The day is in the archive from here on; what follows cannot undo that, only be retried.
    this.log = new EventLogFile(this.livePath, { end: 0 });
    this.db.data.snapshot = stateAfterClose;
    this.unsavedStart = true;
    this.saveStart();
  }

  /** The folders' fsync (the archive's rename) and the new starting point in office.json. */
  private saveStart(): void {
    const office = join(this.dir, 'office.json');
    try {
      // A change still staged goes in place first: writing the file anew would overwrite its stage.
      if (this.pending) this.finishPending();
      fsyncDirectory(this.archiveDir);
      fsyncDirectory(join(this.dir, 'events'));
      this.db.write();
      this.unsavedStart = false;
      this.health.succeeded(office);
    } catch (error) {
      this.health.failed('office', office, error, jsonBytes(this.db.data));
    }
  }

  saveFile(change: (file: OfficeFile) => void, alongside?: FileChangeRecord): boolean {
    // A change still staged goes in place first (or this one is refused): one stage at a time.
    if (this.pending) this.finishPending();
    const next = structuredClone(this.db.data);
    change(next);
    const mark: PendingMark | null = alongside
      ? { afterSeq: this.storedSeq(), eventType: alongside.eventType }
      : null;
    let staged: StagedFile;
    try {
      staged = this.adapter.stage(next, mark ? { pending: mark } : undefined);
    } catch (error) {
      this.health.failed('office', this.adapter.file, error, jsonBytes(next));
      throw error;
    }
    let keep = false;
    try {
      keep = alongside ? alongside.record() : true;
    } finally {
      if (!keep) staged.discard();
    }
    if (!keep) return false;
    try {
      staged.commit({ keepOnFailure: mark !== null });
    } catch (error) {
      this.health.failed('office', this.adapter.file, error);
      // Nothing recorded: nothing changed. Recorded: the change stands, its stage kept for later.
      if (!mark) throw error;
      this.pending = mark;
      this.db.data = next;
      return true;
    }
    this.db.data = next;
    this.unsavedStart = false;
    this.health.succeeded(this.adapter.file);
    return true;
  }

  /** The seq of the last stored event: the log's last line, else the day's starting point. */
  private storedSeq(): number {
    return lastSeqInLog(this.livePath) ?? this.db.data.snapshot.seq;
  }

  probe(): void {
    for (const { path, kind, bytes } of this.health.failingFiles) {
      if (kind === 'office' && this.pending) {
        try {
          this.finishPending();
        } catch {
          continue; // still failing: the alarm stays
        }
        if (this.unsavedStart) this.saveStart();
        continue;
      }
      if (kind === 'office' && this.unsavedStart) {
        this.saveStart();
        continue;
      }
      try {
        probeWrite(path, bytes);
        this.health.succeeded(path);
      } catch {
        // Still failing: the alarm stays.
      }
    }
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

const jsonBytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value));

const eventBytes = (events: readonly OfficeEvent[]): number =>
  events.reduce((sum, event) => sum + Buffer.byteLength(JSON.stringify(event)) + 1, 0);

/**
 * Whether a file could be written again: the file itself opens for writing (permission), and the bytes
 * the failed write needed, and a few blocks more, can be written and fsynced beside it (space), then are
 * removed. The margin covers the partly used block the real file grows from: the alarm clears only when
 * the write that failed would now succeed.
 */
const PROBE_MARGIN = 16 * 1024;

const probeWrite = (path: string, bytes: number): void => {
  if (existsSync(path)) closeSync(openSync(path, constants.O_WRONLY));
  const probe = join(dirname(path), '.storage-probe');
  try {
    const fd = openSync(probe, 'w');
    try {
      writeWhole(writeAt, fd, Buffer.alloc(Math.min(bytes, 4 << 20) + PROBE_MARGIN), 0);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } finally {
    rmSync(probe, { force: true });
  }
};

export const emptyOfficeState = (config: OfficeConfig): OfficeState => initialState(config);
