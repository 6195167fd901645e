import { appendFileSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventLogTail } from '../src/replication/event-log-tail.js';

/** The replicator's reader of the office's log files: closed days, then the open day, whole lines only. */
let dir: string;
const line = (seq: number, type = 'ticket.issued') => `${JSON.stringify({ type, seq, at: seq * 1000 })}\n`;
const live = () => join(dir, 'events', 'live.jsonl');
const archived = (day: string) => join(dir, 'events', 'archive', `${day}.jsonl`);
const seqs = (events: { seq: number }[]) => events.map((e) => e.seq);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tail-'));
  mkdirSync(join(dir, 'events', 'archive'), { recursive: true });
  writeFileSync(archived('2026-11-23'), [1, 2, 3].map((n) => line(n)).join(''));
  // The open day, with a last line still being written (no newline yet).
  writeFileSync(
    live(),
    `${line(4, 'day.opened').replace('}', ',"day":"2026-11-24"}')}${line(5)}${line(6)}{"type":"tick`,
  );
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('reading the office log for the head office', () => {
  it('reads on from a closed day into the open one, whole lines only, and says which day opens', async () => {
    const tail = new EventLogTail(dir);
    const events = await tail.read(0, 100);
    expect(seqs(events)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(events[3]).toMatchObject({ type: 'day.opened', opensDay: '2026-11-24' });
    expect(JSON.parse(events[4]!.text)).toEqual({ type: 'ticket.issued', seq: 5, at: 5000 });
  });

  it('starts after a given seq, stops at the batch size and at the last acknowledged event', async () => {
    const tail = new EventLogTail(dir);
    expect(seqs(await tail.read(2, 2))).toEqual([3, 4]);
    expect(seqs(await tail.read(0, 100, 4))).toEqual([1, 2, 3, 4]);
  });

  it('follows on from where it stood, across the open day becoming a closed one', async () => {
    const tail = new EventLogTail(dir);
    expect(seqs(await tail.read(0, 100))).toEqual([1, 2, 3, 4, 5, 6]);
    tail.confirm(6);
    // The line being written is finished, and another follows.
    appendFileSync(live(), `","seq":7,"at":7000}\n${line(8)}`);
    expect(seqs(await tail.read(6, 100))).toEqual([7, 8]);
    tail.confirm(8);
    // The day closes: live.jsonl is renamed into the archive, a new one begins.
    appendFileSync(live(), line(9, 'day.closed'));
    renameSync(live(), archived('2026-11-24'));
    writeFileSync(live(), line(10, 'day.opened'));
    expect(seqs(await tail.read(8, 100))).toEqual([9, 10]);
  });
});
