import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { SyncAdapter } from 'lowdb';

/**
 * lowdb's own writer renames a temporary file without fsync: that survives a killed process but not a
 * power cut (DESIGN §4). This adapter writes the temporary file, fsyncs it, renames it over the target
 * and fsyncs the folder, so the rename itself is durable.
 */
export const fsyncDirectory = (dir: string): void => {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
};

export const writeFileDurably = (file: string, text: string): void => {
  const temp = join(dirname(file), `.${basename(file)}.tmp`);
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
  fsyncDirectory(dirname(file));
};

export class FsyncJsonFile<T> implements SyncAdapter<T> {
  constructor(private readonly file: string) {}

  read(): T | null {
    try {
      return JSON.parse(readFileSync(this.file, 'utf8')) as T;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  write(data: T): void {
    writeFileDurably(this.file, JSON.stringify(data));
  }
}
