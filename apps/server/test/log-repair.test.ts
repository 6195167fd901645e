import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OfficeRuntime } from '../src/office-runtime.js';
import { CorruptLogError, repairLog } from '../src/storage/log-repair.js';
import { FileOfficeStore } from '../src/storage/office-store.js';
import { cashDesk, demoOfficeOnDisk } from './cash-desk-office.js';

/**
 * What start-up repairs (issue 13): a torn last line is cut; a torn line followed by later lines (the
 * next event glued to it, as written before appends were made whole) is cut when the next event is the
 * very next seq; anything else stops the start with the file and the byte. Each cut is said.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const file = (text: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'log-repair-'));
  dirs.push(dir);
  const path = join(dir, 'live.jsonl');
  writeFileSync(path, text);
  return path;
};
const line = (seq: number) =>
  `${JSON.stringify({ type: 'ticket.issued', ticket: { id: `t${seq}`, number: `П${seq}` }, seq, at: seq, actor: { kind: 'system' } })}\n`;
const said = () => {
  const lines: string[] = [];
  return { lines, say: (text: string) => lines.push(text) };
};

describe('start-up repair of an event log', () => {
  it('leaves a whole log alone and says nothing', () => {
    const text = line(1) + line(2);
    const path = file(text);
    const { lines, say } = said();
    expect(repairLog(path, say)).toEqual({ whole: Buffer.byteLength(text), rewritten: false });
    expect(readFileSync(path, 'utf8')).toBe(text);
    expect(lines).toEqual([]);
  });

  it('cuts a last line cut short and says where and how much', () => {
    const whole = line(1) + line(2);
    const torn = line(3).slice(0, 25);
    const path = file(whole + torn);
    const { lines, say } = said();
    expect(repairLog(path, say).whole).toBe(Buffer.byteLength(whole));
    expect(readFileSync(path, 'utf8')).toBe(whole);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(
      `cut ${Buffer.byteLength(torn)} bytes at byte ${Buffer.byteLength(whole)} of ${path}`,
    );
  });

  it('cuts a torn line that later lines were appended after, when they carry on the seqs', () => {
    // Seq 3 was cut short by a full disk and refused; when space came back seq 3 was written again,
    // glued to the fragment, and seq 4 after it.
    const before = line(1) + line(2);
    const fragment = line(3).slice(0, 40);
    const path = file(before + fragment + line(3) + line(4));
    const { lines, say } = said();
    const repaired = repairLog(path, say);
    expect(repaired.rewritten).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(line(1) + line(2) + line(3) + line(4));
    expect(repaired.whole).toBe(Buffer.byteLength(line(1) + line(2) + line(3) + line(4)));
    expect(lines[0]).toContain(
      `cut ${Buffer.byteLength(fragment)} bytes at byte ${Buffer.byteLength(before)}`,
    );
    expect(lines[0]).toContain('later lines kept');
  });

  it('refuses, naming the file and the byte, when what follows a torn line is not the next seq', () => {
    const before = line(1) + line(2);
    const text = `${before}${line(3).slice(0, 40)}${line(5)}${line(6)}`;
    const path = file(text);
    expect(() => repairLog(path, () => {})).toThrow(CorruptLogError);
    expect(() => repairLog(path, () => {})).toThrow(
      `${path} is corrupt at byte ${Buffer.byteLength(before)}`,
    );
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('refuses a line in the middle that is not an event at all', () => {
    const path = file(`${line(1)}not json\n${line(2)}`);
    expect(() => repairLog(path, () => {})).toThrow(`corrupt at byte ${Buffer.byteLength(line(1))}`);
  });

  it('reads a line that merely does not start like one (an older field order) as whole', () => {
    const odd = `${JSON.stringify({ seq: 2, type: 'clock.ticked', nested: { type: 'x' } })}\n`;
    const path = file(line(1) + odd + line(3));
    expect(repairLog(path, () => {}).rewritten).toBe(false);
  });
});

describe('start-up of an office whose logs were torn', () => {
  it('repairs the live log and the last archived day, and replays what is whole', () => {
    const { dir, now, boot } = demoOfficeOnDisk('torn-start-');
    const first = boot();
    const { issue } = cashDesk(first);
    for (let i = 0; i < 3; i++) issue();
    now.t += 24 * 3_600_000; // the next morning: the first command closes yesterday into the archive
    for (let i = 0; i < 5; i++) issue();
    const seq = first.state.seq;
    first.checkpointIfDue(1);
    first.close();
    const [day] = readdirSync(join(dir, 'events', 'archive'));
    const archived = join(dir, 'events', 'archive', day!);
    const archivedText = readFileSync(archived, 'utf8');
    const live = join(dir, 'events', 'live.jsonl');
    const text = readFileSync(live, 'utf8');
    const rows = text.split('\n').filter(Boolean);
    // The live log: a fragment glued before its last line, and a torn tail after it.
    writeFileSync(
      live,
      `${rows.slice(0, -1).join('\n')}\n${rows.at(-1)!.slice(0, 30)}${rows.at(-1)}\n${rows.at(-1)!.slice(0, 50)}`,
    );
    // The archived day: a torn tail (a server that stopped on a write before the day was archived).
    writeFileSync(archived, `${archivedText}{"type":"ticket.iss`);
    const { lines, say } = said();

    const second = new OfficeRuntime(
      FileOfficeStore.open(
        dir,
        () => {
          throw new Error('the office exists');
        },
        { log: say },
      ),
      () => now.t,
    );
    expect(second.state.seq).toBe(seq);
    expect(readFileSync(live, 'utf8')).toBe(text);
    expect(readFileSync(archived, 'utf8')).toBe(archivedText);
    expect(lines).toHaveLength(3);
    expect(lines.join('\n')).toContain(archived);
    // The cut moved the checkpoint's lines: it is dropped and the whole day replayed.
    expect(existsSync(join(dir, 'events', 'checkpoint.json'))).toBe(false);
    second.close();
  });
});
