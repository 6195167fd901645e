import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { SyncAdapter } from 'lowdb';
import { StorageError } from './storage-error.js';
import { writeAt, writeWhole } from './whole-write.js';

/**
 * lowdb's own writer renames a temporary file without fsync: that survives a killed process but not a
 * power cut (DESIGN §4). This adapter writes the temporary file whole, fsyncs it, renames it over the
 * target and fsyncs the folder, so the rename itself is durable. A write that fails (a full disk, a
 * read-only folder) removes its temporary file and leaves the target as it was: never a file cut short
 * renamed over a whole one.
 */
export const fsyncDirectory = (dir: string): void => {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
};

/** A new version of a file, written and fsynced beside it, not yet in its place. */
export interface StagedFile {
  /**
   * Puts it in place (rename, folder fsync). Throws `StorageError`; the old version then stays, and the
   * staged one is removed unless `keepOnFailure` (a start-up may still need it: `OfficeStore.saveFile`).
   */
  commit(options?: { keepOnFailure?: boolean }): void;
  discard(): void;
}

/** The file system call that puts a staged file in place; a test puts a failing one here. */
export type Rename = (from: string, to: string) => void;

/** Where a file is staged before it is put in place. */
export const stagedPath = (file: string): string => join(dirname(file), `.${basename(file)}.tmp`);

export const stageFileDurably = (
  file: string,
  data: string | Uint8Array,
  rename: Rename = renameSync,
): StagedFile => {
  const temp = stagedPath(file);
  const discard = () => rmSync(temp, { force: true });
  try {
    const fd = openSync(temp, 'w');
    try {
      writeWhole(writeAt, fd, typeof data === 'string' ? Buffer.from(data) : data, 0);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    try {
      discard();
    } catch {
      // The temporary file is overwritten by the next attempt.
    }
    throw new StorageError(file, error);
  }
  return {
    commit: ({ keepOnFailure = false } = {}) => {
      try {
        rename(temp, file);
      } catch (error) {
        if (!keepOnFailure) discard();
        throw new StorageError(file, error);
      }
      try {
        fsyncDirectory(dirname(file));
      } catch (error) {
        throw new StorageError(file, error);
      }
    },
    discard,
  };
};

export const writeFileDurably = (file: string, data: string | Uint8Array): void =>
  stageFileDurably(file, data).commit();

export class FsyncJsonFile<T> implements SyncAdapter<T> {
  constructor(
    readonly file: string,
    private readonly rename: Rename = renameSync,
  ) {}

  read(): T | null {
    try {
      return JSON.parse(readFileSync(this.file, 'utf8')) as T;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  write(data: T): void {
    stageFileDurably(this.file, JSON.stringify(data), this.rename).commit();
  }

  stage(data: T, extra?: Record<string, unknown>): StagedFile {
    return stageFileDurably(this.file, JSON.stringify(extra ? { ...data, ...extra } : data), this.rename);
  }
}
