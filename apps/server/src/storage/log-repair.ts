import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readFileSync,
  readSync,
} from 'node:fs';
import { writeFileDurably } from './fsync-file-adapter.js';

/** Bytes cut from a log at start-up: a write that was never acknowledged. */
export interface LogCut {
  at: number;
  length: number;
  /** `tail`: the last line cut short; `fragment`: a line cut short with later lines after it. */
  kind: 'tail' | 'fragment';
}

/** Every line the engine stamps starts so (the body first, then seq, at, actor). */
const LINE_START = Buffer.from('{"type":"');
const NEWLINE = 0x0a;

const eventSeq = (text: string): number | null => {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { seq, type } = value as { seq?: unknown; type?: unknown };
    return typeof seq === 'number' && typeof type === 'string' ? seq : null;
  } catch {
    return null;
  }
};

export class CorruptLogError extends Error {
  constructor(
    readonly path: string,
    readonly at: number,
    why: string,
  ) {
    super(
      `event log ${path} is corrupt at byte ${at}: ${why}. Nothing was changed; the office does not start ` +
        'on a log it cannot read (docs/ARCHITECTURE.md «What start-up repairs»).',
    );
    this.name = 'CorruptLogError';
  }
}

/**
 * Finds the torn writes of a log without changing it: a last line without its newline (a write cut
 * short, never acknowledged), and — in logs written before appends were made whole (issue 13) — a line
 * cut short and then followed by later lines, the next event glued to its end. Such a fragment is cut
 * only when what follows it is the very next event (its seq one more than the line before), so the
 * cut can only remove bytes that were never acknowledged; anything else unreadable is corruption, and
 * the start is refused with the file and the byte.
 *
 * A line is parsed only when it does not look like one event (it must start like one and hold no second
 * start), so the check costs a scan of the bytes, not a parse of the day.
 */
export const findTornWrites = (path: string, bytes: Buffer): { cuts: LogCut[]; whole: number } => {
  const cuts: LogCut[] = [];
  let start = 0;
  let previous: { start: number; end: number } | null = null;
  let nextMark = bytes.indexOf(LINE_START, 1);
  while (start < bytes.length) {
    const end = bytes.indexOf(NEWLINE, start);
    if (end === -1) {
      cuts.push({ at: start, length: bytes.length - start, kind: 'tail' });
      return { cuts, whole: start };
    }
    while (nextMark !== -1 && nextMark <= start) nextMark = bytes.indexOf(LINE_START, nextMark + 1);
    const looksWhole =
      bytes.subarray(start, start + LINE_START.length).equals(LINE_START) &&
      !(nextMark < end && nextMark !== -1);
    if (!looksWhole && eventSeq(bytes.toString('utf8', start, end)) === null) {
      const cut = fragmentLength(bytes.toString('utf8', start, end));
      if (cut === null) throw new CorruptLogError(path, start, 'a line that is not an event');
      const previousSeq = previous ? eventSeq(bytes.toString('utf8', previous.start, previous.end)) : null;
      const followingSeq = eventSeq(bytes.toString('utf8', start, end).slice(cut.chars));
      if (previous && (previousSeq === null || followingSeq !== previousSeq + 1)) {
        throw new CorruptLogError(
          path,
          start,
          `a line cut short, followed by seq ${followingSeq} where ${previousSeq === null ? '?' : previousSeq + 1} was due`,
        );
      }
      cuts.push({ at: start, length: cut.bytes, kind: 'fragment' });
    }
    previous = { start, end };
    start = end + 1;
  }
  return { cuts, whole: start };
};

/** How much of a line is a torn write glued before a whole event: the shortest prefix leaving one. */
const fragmentLength = (line: string): { chars: number; bytes: number } | null => {
  for (let at = line.indexOf('{', 1); at !== -1; at = line.indexOf('{', at + 1)) {
    if (eventSeq(line.slice(at)) !== null) return { chars: at, bytes: Buffer.byteLength(line.slice(0, at)) };
  }
  return null;
};

/**
 * Cuts the torn writes of a log at start-up and says what it cut (file, byte, length). A torn tail is
 * cut in place; a fragment inside means the file is written anew (durably) without it. Returns the
 * length of whole lines. A tail that cannot be cut now (a read-only folder) is left for the log's
 * first append, which writes from that length on; a fragment that cannot be cut stops the start.
 */
export const repairLog = (
  path: string,
  say: (line: string) => void,
): { whole: number; rewritten: boolean } => {
  if (!existsSync(path)) return { whole: 0, rewritten: false };
  const bytes = readFileSync(path);
  const { cuts, whole } = findTornWrites(path, bytes);
  for (const cut of cuts) {
    const shown = bytes.toString('utf8', cut.at, cut.at + Math.min(cut.length, 80));
    say(
      `event log repaired: cut ${cut.length} bytes at byte ${cut.at} of ${path} ` +
        `(${cut.kind === 'tail' ? 'the last line, cut short' : 'a line cut short, later lines kept'}): ${JSON.stringify(shown)}${cut.length > 80 ? '…' : ''}`,
    );
  }
  const fragments = cuts.filter((cut) => cut.kind === 'fragment');
  if (fragments.length > 0) {
    const kept: Buffer[] = [];
    let from = 0;
    for (const cut of fragments) {
      kept.push(bytes.subarray(from, cut.at));
      from = cut.at + cut.length;
    }
    kept.push(bytes.subarray(from, whole));
    const text = Buffer.concat(kept);
    writeFileDurably(path, text);
    return { whole: text.length, rewritten: true };
  }
  if (whole < bytes.length) {
    try {
      const fd = openSync(path, constants.O_WRONLY);
      try {
        ftruncateSync(fd, whole);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    } catch (error) {
      say(`event log ${path}: the cut could not be written now (${String(error)}); the next append makes it`);
    }
  }
  return { whole, rewritten: false };
};

/**
 * Start-up repair of an append-only file whose lines are not events (the audit log): bytes after its
 * last newline are a write cut short and are cut, and said. Only the tail is read (backwards, in
 * chunks), so a long file costs nothing. A cut that cannot be written now (a read-only folder) is left
 * to the file's first append, which writes from the returned length on.
 */
export const repairTail = (path: string, say: (line: string) => void): { whole: number } => {
  if (!existsSync(path)) return { whole: 0 };
  const fd = openSync(path, 'r');
  let size: number;
  let whole = 0;
  const shown = Buffer.alloc(80);
  let shownLength = 0;
  try {
    size = fstatSync(fd).size;
    const chunk = Buffer.alloc(64 * 1024);
    for (let end = size; end > 0; ) {
      const start = Math.max(0, end - chunk.length);
      readSync(fd, chunk, 0, end - start, start);
      const newline = chunk.subarray(0, end - start).lastIndexOf(NEWLINE);
      if (newline !== -1) {
        whole = start + newline + 1;
        break;
      }
      end = start;
    }
    if (whole < size) shownLength = readSync(fd, shown, 0, Math.min(size - whole, shown.length), whole);
  } finally {
    closeSync(fd);
  }
  if (whole === size) return { whole };
  say(
    `log repaired: cut ${size - whole} bytes at byte ${whole} of ${path} (the last line, cut short): ` +
      `${JSON.stringify(shown.toString('utf8', 0, shownLength))}${size - whole > 80 ? '…' : ''}`,
  );
  try {
    const out = openSync(path, constants.O_WRONLY);
    try {
      ftruncateSync(out, whole);
      fsyncSync(out);
    } finally {
      closeSync(out);
    }
  } catch (error) {
    say(`log ${path}: the cut could not be written now (${String(error)}); the next append makes it`);
  }
  return { whole };
};
