import {
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  openSync,
  readFileSync,
  readSync,
  truncateSync,
  writeSync,
} from 'node:fs';
import type { OfficeEvent } from '@queue/engine';

/**
 * The append-only record of one day: one JSON line per event, fsynced before the command is
 * acknowledged. Appending costs the same whatever the file already holds (STYLE: not QSystem's
 * snapshot-after-every-change).
 */
export class EventLogFile {
  private fd: number;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'a');
  }

  append(events: readonly OfficeEvent[]): void {
    if (events.length === 0) return;
    let text = '';
    for (const event of events) text += `${JSON.stringify(event)}\n`;
    writeSync(this.fd, text);
    fsyncSync(this.fd);
  }

  close(): void {
    closeSync(this.fd);
  }
}

/**
 * Reads a log back. A line cut short by a crash mid-write was never acknowledged (the ack follows the
 * fsync), so it is dropped and the file truncated to its last whole line; anything else unreadable is
 * corruption and stops the start. `fromByte`: where to begin (a line's start), e.g. after a checkpoint.
 */
export const readEventLog = (path: string, fromByte = 0): OfficeEvent[] => {
  if (!existsSync(path)) return [];
  const whole = readFileSync(path);
  const text = whole.toString('utf8', Math.min(fromByte, whole.length));
  const events: OfficeEvent[] = [];
  let offset = 0;
  while (offset < text.length) {
    const end = text.indexOf('\n', offset);
    if (end === -1) {
      truncateSync(path, fromByte + Buffer.byteLength(text.slice(0, offset)));
      break;
    }
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
