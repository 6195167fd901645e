import { appendFileSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportEventSource } from '../src/reports/report-event-source.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const line = (seq: number, type = 'ticket.issued') => `${JSON.stringify({ type, seq })}\n`;
const WANTED = new Set(['ticket.issued']);

describe('the live log as reports and the journal read it', () => {
  it('sees what was appended since the last read, never a half-written line, and a new day’s file', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'report-source-'));
    dirs.push(dataDir);
    mkdirSync(join(dataDir, 'events', 'archive'), { recursive: true });
    const live = join(dataDir, 'events', 'live.jsonl');
    writeFileSync(live, `${line(1)}${line(2, 'alarm.raised')}${line(3)}`);
    const source = new ReportEventSource(dataDir);
    const seqs = () =>
      source.readTypes('2026-11-23', '2026-11-23', '2026-11-23', WANTED).events.map((e) => e.seq);

    expect(seqs()).toEqual([1, 3]);
    appendFileSync(live, `${line(4)}{"type":"ticket.issued","se`);
    expect(seqs()).toEqual([1, 3, 4]);
    appendFileSync(live, `q":5}\n${line(6)}`);
    expect(seqs()).toEqual([1, 3, 4, 5, 6]);

    // The day is archived and a new live log begins.
    renameSync(live, join(dataDir, 'events', 'archive', '2026-11-23.jsonl'));
    writeFileSync(live, line(7));
    expect(
      source.readTypes('2026-11-24', '2026-11-24', '2026-11-24', WANTED).events.map((e) => e.seq),
    ).toEqual([7]);
  });
});
