import { open, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoggedEvent } from '@queue/central-db';
import { ReportEventSource } from '../reports/report-event-source.js';
import { lastSeqInLog } from '../storage/event-log.js';

/**
 * Reads the office's event log after a given seq, for the replicator: the closed days in
 * `events/archive/` and then the open day in `events/live.jsonl`, whole lines only (a line still being
 * written is read next time), and never writes. The log itself is the backlog: nothing is queued in
 * memory while the head office is out of reach.
 *
 * Where the last read ended is kept as a file identity (inode) and a byte offset, so following a busy
 * day costs only the lines appended since; closing a day renames `live.jsonl` into the archive, which
 * keeps its inode, so the position stays good. Any other start — the first read, or a read after the
 * centre turned out to hold something else — finds the file by seq.
 */
interface LogFile {
  path: string;
  ino: number;
  size: number;
}

interface Position {
  ino: number;
  offset: number;
  /** The seq the next line at `offset` is expected to carry. */
  nextSeq: number;
}

/** Lines longer than this are read in more than one go (a configuration is a few dozen kB). */
const CHUNK = 1 << 20;

const seqAt = (text: string): LoggedEvent => {
  const event = JSON.parse(text) as { seq: number; type: string; day?: unknown };
  return {
    seq: event.seq,
    type: event.type,
    opensDay: event.type === 'day.opened' && typeof event.day === 'string' ? event.day : null,
    text,
  };
};

export class EventLogTail {
  private readonly archive: ReportEventSource;
  private position: Position | null = null;
  private pending: Position | null = null;
  /** Archived files never change: their last seq, by path and size. */
  private readonly lastSeqs = new Map<string, number | null>();

  constructor(private readonly dataDir: string) {
    this.archive = new ReportEventSource(dataDir);
  }

  private async files(): Promise<LogFile[]> {
    const paths = [
      ...this.archive.archiveFiles().map((f) => join(this.dataDir, 'events', 'archive', f.file)),
      join(this.dataDir, 'events', 'live.jsonl'),
    ];
    const files: LogFile[] = [];
    for (const path of paths) {
      // A file may move between the listing and the look (a day being archived): it is found next time.
      const info = await stat(path).catch(() => null);
      if (info) files.push({ path, ino: info.ino, size: info.size });
    }
    return files;
  }

  private lastSeqOf(file: LogFile): number | null {
    const key = `${file.path}:${file.size}`;
    if (!this.lastSeqs.has(key)) this.lastSeqs.set(key, lastSeqInLog(file.path));
    return this.lastSeqs.get(key) ?? null;
  }

  /**
   * Up to `limit` events with `afterSeq` < seq ≤ `upToSeq`, in order. `upToSeq` is the office's last
   * acknowledged event when the read begins: the bytes of those are final, while a line beyond it may be
   * an append still in flight, which a failing disk could yet cut off again. The position after them is
   * remembered as pending; `confirm` makes it the next read's start once the centre has stored them.
   */
  async read(afterSeq: number, limit: number, upToSeq = Number.POSITIVE_INFINITY): Promise<LoggedEvent[]> {
    const files = await this.files();
    if (files.length === 0) return [];
    let index = -1;
    let offset = 0;
    const known = this.position;
    if (known && known.nextSeq === afterSeq + 1) {
      index = files.findIndex((f) => f.ino === known.ino);
      offset = known.offset;
    }
    if (index === -1) {
      // By seq: the first closed day that runs past `afterSeq`, else the open day.
      offset = 0;
      index = files.length - 1;
      for (let i = 0; i < files.length - 1; i++) {
        if ((this.lastSeqOf(files[i]!) ?? 0) > afterSeq) {
          index = i;
          break;
        }
      }
    }
    const events: LoggedEvent[] = [];
    for (;;) {
      const file = files[index]!;
      offset = await this.readLines(file, offset, afterSeq, upToSeq, limit, events);
      if (events.length >= limit || index === files.length - 1 || offset < file.size) break;
      index++;
      offset = 0;
    }
    this.pending = { ino: files[index]!.ino, offset, nextSeq: (events.at(-1)?.seq ?? afterSeq) + 1 };
    return events;
  }

  /** The centre now holds everything up to `seq`: the next read starts after it. */
  confirm(seq: number): void {
    this.position = this.pending?.nextSeq === seq + 1 ? this.pending : null;
  }

  /** Reads whole lines of `file` from `offset` into `into`; returns the offset after the last line taken. */
  private async readLines(
    file: LogFile,
    offset: number,
    afterSeq: number,
    upToSeq: number,
    limit: number,
    into: LoggedEvent[],
  ): Promise<number> {
    if (offset >= file.size) return offset;
    const handle = await open(file.path, 'r');
    try {
      let chunk = CHUNK;
      while (offset < file.size && into.length < limit) {
        const length = Math.min(chunk, file.size - offset);
        const buffer = Buffer.alloc(length);
        const { bytesRead } = await handle.read(buffer, 0, length, offset);
        const lastNewline = buffer.lastIndexOf(0x0a, bytesRead - 1);
        if (lastNewline === -1) {
          // No whole line yet: either it is still being written, or it is longer than the chunk.
          if (length === file.size - offset) break;
          chunk *= 2;
          continue;
        }
        let start = 0;
        let beyond = false;
        while (start <= lastNewline && into.length < limit) {
          const end = buffer.indexOf(0x0a, start);
          const event = seqAt(buffer.toString('utf8', start, end));
          if (event.seq > upToSeq) {
            beyond = true;
            break;
          }
          if (event.seq > afterSeq) into.push(event);
          start = end + 1;
        }
        offset += start;
        if (beyond) break;
      }
      return offset;
    } finally {
      await handle.close();
    }
  }
}
