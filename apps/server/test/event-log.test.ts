import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lastSeqInLog, readEventLog } from '../src/storage/event-log.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const file = (text: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'event-log-'));
  dirs.push(dir);
  const path = join(dir, 'log.jsonl');
  writeFileSync(path, text);
  return path;
};
const line = (seq: number, pad = '') => `${JSON.stringify({ seq, type: 'clock.ticked', note: pad })}\n`;

describe('the last sequence number of a log, read from its end', () => {
  it('is the last whole line, and agrees with reading the whole log', () => {
    const path = file([1, 2, 3].map((s) => line(s)).join(''));
    expect(lastSeqInLog(path)).toBe(3);
    expect(readEventLog(path).at(-1)?.seq).toBe(3);
  });

  it('ignores a line cut short by a crash', () => {
    const path = file(`${line(1)}${line(2)}{"seq":3,"ty`);
    expect(lastSeqInLog(path)).toBe(2);
  });

  it('finds a last line longer than one read from the end, and a line that starts the file', () => {
    const long = 'ё'.repeat(100_000);
    const path = file(`${line(7)}${line(8, long)}`);
    expect(lastSeqInLog(path)).toBe(8);
    const only = file(line(5, long));
    expect(lastSeqInLog(only)).toBe(5);
    appendFileSync(only, line(6));
    expect(lastSeqInLog(only)).toBe(6);
  });

  it('reads a log from a line’s byte onwards, and never a line cut short (start-up cuts it: log-repair)', () => {
    const path = file(`${line(1, 'ё')}${line(2)}${line(3)}{"seq":4,"ty`);
    const from = Buffer.byteLength(line(1, 'ё'));
    expect(readEventLog(path, from).map((e) => e.seq)).toEqual([2, 3]);
    expect(readEventLog(path).map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(lastSeqInLog(path)).toBe(3);
  });

  it('is null for a missing or empty log', () => {
    expect(lastSeqInLog(join(tmpdir(), 'no-such-log.jsonl'))).toBeNull();
    expect(lastSeqInLog(file(''))).toBeNull();
  });
});
