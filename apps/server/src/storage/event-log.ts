import { closeSync, existsSync, fsyncSync, openSync, readFileSync, truncateSync, writeSync } from 'node:fs';
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
 * corruption and stops the start.
 */
export const readEventLog = (path: string): OfficeEvent[] => {
  if (!existsSync(path)) return [];
  const text = readFileSync(path, 'utf8');
  const events: OfficeEvent[] = [];
  let offset = 0;
  while (offset < text.length) {
    const end = text.indexOf('\n', offset);
    if (end === -1) {
      truncateSync(path, Buffer.byteLength(text.slice(0, offset)));
      break;
    }
    const line = text.slice(offset, end);
    try {
      events.push(JSON.parse(line) as OfficeEvent);
    } catch {
      throw new Error(`event log ${path} is corrupt at byte ${Buffer.byteLength(text.slice(0, offset))}`);
    }
    offset = end + 1;
  }
  return events;
};
