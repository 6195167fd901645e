import {
  ftruncateSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OfficeEvent } from '@queue/engine';
import { afterEach, describe, expect, it } from 'vitest';
import { EventLogFile, readEventLog } from '../src/storage/event-log.js';
import { StorageError } from '../src/storage/storage-error.js';
import type { WriteAt } from '../src/storage/whole-write.js';

/**
 * An append is whole or it never happened (issue 13), with the disk's answers put in by hand: a disk
 * that takes a few bytes per write (as a nearly full one does), one that fills up mid-line, an fsync
 * that fails, a cut that fails, a folder that is not there.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const logPath = () => {
  const dir = mkdtempSync(join(tmpdir(), 'append-'));
  dirs.push(dir);
  return join(dir, 'live.jsonl');
};

const event = (seq: number): OfficeEvent =>
  ({
    type: 'clock.ticked',
    seq,
    at: 1_700_000_000_000 + seq,
    actor: { kind: 'system' },
  }) as unknown as OfficeEvent;
const lines = (...seqs: number[]) => seqs.map((s) => `${JSON.stringify(event(s))}\n`).join('');

/** The real write, but at most `most` bytes at a time, and an error once `budget` bytes are used up. */
const disk = (most: number, budget = Number.POSITIVE_INFINITY) => {
  const state = { budget, calls: 0 };
  const write: WriteAt = (fd, buffer, offset, length, position) => {
    state.calls += 1;
    const take = Math.min(length, most, state.budget);
    if (take === 0) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    state.budget -= take;
    return writeSync(fd, buffer, offset, take, position);
  };
  return { write, state };
};

describe('appending to the event log', () => {
  it('writes every byte when the disk takes a few at a time', () => {
    const path = logPath();
    const { write, state } = disk(7);
    const log = new EventLogFile(path, { io: { write } });
    log.append([event(1), event(2)]);
    log.append([event(3)]);
    log.close();
    expect(readFileSync(path, 'utf8')).toBe(lines(1, 2, 3));
    expect(state.calls).toBeGreaterThan(20);
  });

  it('cuts a line the disk took only part of, refuses, and the next append follows the last whole line', () => {
    const path = logPath();
    const disk1 = disk(64, Buffer.byteLength(lines(1, 2)) + 30);
    const log = new EventLogFile(path, { io: { write: disk1.write } });
    log.append([event(1), event(2)]);
    let failure: unknown;
    try {
      log.append([event(3), event(4)]);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(StorageError);
    expect((failure as StorageError).code).toBe('ENOSPC');
    // Not a byte of the refused append is left.
    expect(readFileSync(path, 'utf8')).toBe(lines(1, 2));
    expect(log.size).toBe(Buffer.byteLength(lines(1, 2)));
    // Space comes back: the same seq is written again, right after line 2, and read back whole.
    disk1.state.budget = Number.POSITIVE_INFINITY;
    log.append([event(3), event(4)]);
    log.close();
    expect(readEventLog(path).map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(readFileSync(path, 'utf8')).toBe(lines(1, 2, 3, 4));
  });

  it('cuts the lines back when fsync fails: written is not stored', () => {
    const path = logPath();
    let syncFails = false;
    const log = new EventLogFile(path, {
      io: {
        sync: () => {
          if (syncFails) throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
        },
      },
    });
    log.append([event(1)]);
    syncFails = true;
    expect(() => log.append([event(2)])).toThrow(StorageError);
    expect(readFileSync(path, 'utf8')).toBe(lines(1));
    syncFails = false;
    log.append([event(2)]);
    log.close();
    expect(readFileSync(path, 'utf8')).toBe(lines(1, 2));
  });

  it('when even the cut fails, the next append cuts first and writes after the last whole line', () => {
    const path = logPath();
    const broken = disk(1000, Buffer.byteLength(lines(1)) + 12);
    let truncateFails = true;
    const log = new EventLogFile(path, {
      io: {
        write: broken.write,
        truncate: (fd, length) => {
          if (truncateFails) throw Object.assign(new Error('EIO'), { code: 'EIO' });
          ftruncateSync(fd, length);
        },
      },
    });
    log.append([event(1)]);
    expect(() => log.append([event(2)])).toThrow(StorageError);
    // The fragment is on disk for now (the cut failed) …
    expect(readFileSync(path, 'utf8')).toBe(lines(1) + lines(2).slice(0, 12));
    // … and is gone before anything else is written.
    truncateFails = false;
    broken.state.budget = Number.POSITIVE_INFINITY;
    log.append([event(2)]);
    log.close();
    expect(readFileSync(path, 'utf8')).toBe(lines(1, 2));
  });

  it('a log whose folder cannot be opened refuses, and writes once it can', () => {
    const dir = join(logPath(), '..', 'events');
    const path = join(dir, 'live.jsonl');
    const log = new EventLogFile(path);
    expect(() => log.append([event(1)])).toThrow(StorageError);
    mkdirSync(dir);
    log.append([event(1)]);
    log.close();
    expect(readFileSync(path, 'utf8')).toBe(lines(1));
  });

  it('starts writing at the whole lines start-up found, not at a fragment it could not cut', () => {
    const path = logPath();
    writeFileSync(path, `${lines(1)}{"type":"clock.ti`);
    const log = new EventLogFile(path, { end: Buffer.byteLength(lines(1)) });
    log.append([event(2)]);
    log.close();
    expect(readFileSync(path, 'utf8')).toBe(lines(1, 2));
  });
});
