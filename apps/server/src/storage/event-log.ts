import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import type { OfficeEvent } from '@queue/engine';
import { type AppendIo, JsonLinesFile } from './json-lines-file.js';

/**
 * The append-only record of one day: one JSON line per event, written whole and fsynced before the
 * command is acknowledged, or cut off again and refused (`JsonLinesFile`). Appending costs the same
 * whatever the file already holds (STYLE: not QSystem's snapshot-after-every-change).
 */
export class EventLogFile extends JsonLinesFile<OfficeEvent> {
  constructor(path: string, options: { end?: number; io?: Partial<AppendIo> } = {}) {
    super(path, { ...options, durable: true });
  }
}

/**
 * Reads a log back, from `fromByte` (a line's start, e.g. after a checkpoint). A last line without its
 * newline was never acknowledged and is not read; start-up cuts it from the file (`repairLog`), which
 * also stands between this reader and anything else unreadable.
 */
export const readEventLog = (path: string, fromByte = 0): OfficeEvent[] => {
  if (!existsSync(path)) return [];
  const whole = readFileSync(path);
  const text = whole.toString('utf8', Math.min(fromByte, whole.length));
  const events: OfficeEvent[] = [];
  let offset = 0;
  while (offset < text.length) {
    const end = text.indexOf('\n', offset);
    if (end === -1) break;
    const line = text.slice(offset, end);
    try {
      events.push(JSON.parse(line) as OfficeEvent);
    } catch {
      throw new Error(
        `event log ${path} is corrupt at byte ${fromByte + Buffer.byteLength(text.slice(0, offset))}`,
      );
    }
    offset = end + 1;
  }
  return events;
};

/**
 * The sequence number of a log's last whole line, read from the end of the file: a restart only needs
 * to know whether the last archived day is ahead of the saved state, not to parse the whole day.
 */
export const lastSeqInLog = (path: string): number | null => {
  if (!existsSync(path)) return null;
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    let tail = Buffer.alloc(0);
    for (let end = size; end > 0; ) {
      const start = Math.max(0, end - 64 * 1024);
      const chunk = Buffer.alloc(end - start);
      readSync(fd, chunk, 0, chunk.length, start);
      tail = Buffer.concat([chunk, tail]);
      end = start;
      const text = tail.toString('utf8');
      // Only a line with a newline after it was written whole.
      const lastNewline = text.lastIndexOf('\n');
      if (lastNewline === -1) continue;
      const previousNewline = text.lastIndexOf('\n', lastNewline - 1);
      if (previousNewline === -1 && start > 0) continue;
      const line = text.slice(previousNewline + 1, lastNewline);
      return (JSON.parse(line) as OfficeEvent).seq;
    }
    return null;
  } finally {
    closeSync(fd);
  }
};
