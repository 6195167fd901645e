import { relative } from 'node:path';
import type { StorageFailure, StorageStatus, StoredFileKind } from '@queue/protocol';
import { errorCode } from './storage-error.js';

interface Failing extends StorageFailure {
  path: string;
  /** The size of the write that failed: the probe asks the disk for as much before it says «resolved». */
  bytes: number;
}

/**
 * What the office knows about its own storage (issue 13): the files it could not write, since when
 * and why, and how many writes failed. Nothing here throws; it is told of every failure and success
 * by the store and the secondary writers, and tells its listeners (the views) when the alarm changes.
 */
export class StorageHealth {
  private readonly failing = new Map<string, Failing>();
  private failedWrites = 0;
  private current: StorageStatus = { failing: [], failedWrites: 0 };
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly dataDir: string,
    private readonly clock: () => number,
  ) {}

  get status(): StorageStatus {
    return this.current;
  }

  /** The files failing now, with the size of the write that failed, for the probe. */
  get failingFiles(): readonly { path: string; kind: StoredFileKind; bytes: number }[] {
    return [...this.failing.values()];
  }

  failed(kind: StoredFileKind, path: string, error: unknown, bytes = 0): void {
    this.failedWrites += 1;
    const code = errorCode(error);
    const known = this.failing.get(path);
    this.failing.set(path, {
      file: relative(this.dataDir, path) || path,
      kind,
      code,
      since: known?.since ?? this.clock(),
      path,
      bytes: Math.max(bytes, known?.bytes ?? 0),
    });
    this.publish();
  }

  /**
   * A write of `bytes` to the file succeeded. On a nearly full disk a small write may fit where a larger
   * one did not, so a failure for lack of space clears only with a write at least as large as the one
   * that failed (or the probe's, which asks for more); any other failure clears with any success.
   */
  succeeded(path: string, bytes = Number.POSITIVE_INFINITY): void {
    const failure = this.failing.get(path);
    if (!failure || (failure.code === 'ENOSPC' && bytes < failure.bytes)) return;
    this.failing.delete(path);
    this.publish();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private publish(): void {
    this.current = {
      failing: [...this.failing.values()].map(({ file, kind, code, since }) => ({ file, kind, code, since })),
      failedWrites: this.failedWrites,
    };
    for (const listener of this.listeners) listener();
  }
}
