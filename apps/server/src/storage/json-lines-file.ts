import { closeSync, constants, fstatSync, fsyncSync, ftruncateSync, openSync } from 'node:fs';
import { StorageError } from './storage-error.js';
import { type WriteAt, writeAt, writeWhole } from './whole-write.js';

/** The system calls an append makes; tests put a disk that takes a few bytes at a time in their place. */
export interface AppendIo {
  write: WriteAt;
  sync: (fd: number) => void;
  truncate: (fd: number, length: number) => void;
}

const SYSTEM_IO: AppendIo = { write: writeAt, sync: fsyncSync, truncate: ftruncateSync };

export interface JsonLinesFileOptions {
  /** fsync every append before it returns (the event log); the audit log does without. */
  durable: boolean;
  /** Bytes of whole lines in the file as found at start-up (after its repair); else the file's size. */
  end?: number;
  io?: Partial<AppendIo>;
}

/**
 * A file that only grows by whole JSON lines: an append is written entirely (and fsynced when durable)
 * or not at all. The file's length of whole lines is kept here, each append is written at that offset,
 * and a failed one is cut off again, so a line cut short by a full disk is never followed by later lines
 * (issue 13). When even the cut fails, the next append cuts first, and when the file cannot be opened
 * (a read-only folder) each append tries again: writing resumes by itself once the disk allows it.
 */
export class JsonLinesFile<T> {
  private fd: number | null = null;
  private end: number | null;
  /** The file may hold bytes past `end`: cut them before writing. */
  private ragged = false;
  private readonly io: AppendIo;

  constructor(
    readonly path: string,
    private readonly options: JsonLinesFileOptions,
  ) {
    this.end = options.end ?? null;
    this.io = { ...SYSTEM_IO, ...options.io };
  }

  /** Bytes of whole lines: where the next append goes. */
  get size(): number {
    if (this.end === null) {
      try {
        this.open();
      } catch (error) {
        throw new StorageError(this.path, error);
      }
    }
    return this.end ?? 0;
  }

  /** Throws `StorageError` when the lines could not be stored; the file is then as it was. */
  append(records: readonly T[]): void {
    if (records.length === 0) return;
    let text = '';
    for (const record of records) text += `${JSON.stringify(record)}\n`;
    const bytes = Buffer.from(text);
    try {
      const fd = this.open();
      const end = this.end ?? 0;
      if (this.ragged) {
        this.io.truncate(fd, end);
        this.ragged = false;
      }
      writeWhole(this.io.write, fd, bytes, end);
      if (this.options.durable) this.io.sync(fd);
      this.end = end + bytes.length;
    } catch (error) {
      this.cutBack();
      throw new StorageError(this.path, error);
    }
  }

  /** Forgets the lines after `length` bytes: they were written by a step that then failed as a whole. */
  truncate(length: number): void {
    this.end = length;
    this.ragged = true;
    try {
      this.io.truncate(this.open(), length);
      this.ragged = false;
    } catch {
      this.closeQuietly(); // the next append cuts first
    }
  }

  close(): void {
    if (this.fd === null) return;
    const fd = this.fd;
    this.fd = null;
    closeSync(fd);
  }

  private open(): number {
    if (this.fd !== null) return this.fd;
    // Not O_APPEND: Linux ignores the offset of a positional write to a file opened for appending.
    const fd = openSync(this.path, constants.O_WRONLY | constants.O_CREAT, 0o644);
    const size = fstatSync(fd).size;
    if (this.end === null || size < this.end) this.end = size;
    if (size > this.end) this.ragged = true;
    this.fd = fd;
    return fd;
  }

  /** Takes the file back to its whole lines, or leaves that to the next append. */
  private cutBack(): void {
    this.ragged = true;
    if (this.fd === null) return;
    try {
      this.io.truncate(this.fd, this.end ?? 0);
      this.ragged = false;
    } catch {
      this.closeQuietly();
    }
  }

  private closeQuietly(): void {
    try {
      this.close();
    } catch {
      this.fd = null;
    }
  }
}
