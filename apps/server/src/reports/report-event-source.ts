import { closeSync, existsSync, openSync, readFileSync, readSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { OfficeConfig, OfficeEvent } from '@queue/engine';
import { FACT_EVENT_TYPES } from '@queue/reports-engine';
import { ArchiveDayCache } from './archive-day-cache.js';

/**
 * The events a report reads, straight from the office's log files (DESIGN §1: reports read the events):
 * the closed days in `events/archive/YYYY-MM-DD[.N].jsonl` and the open day in `events/live.jsonl`.
 * Read-only: unlike the recovery reader it never truncates a file, and a line still being written at
 * the end of the live log is simply not read yet.
 *
 * Every line starts with its type (`{"type":"…` — the engine stamps the body first), so the many lines
 * a report does not need (alarms, logins, bookings, printer states) are skipped before parsing: a busy
 * month is mostly such lines, and JSON.parse is most of the cost of a report. Closed days, once parsed,
 * are kept (`ArchiveDayCache`); of the live day only the lines appended since the last read are parsed
 * (every open administrator board asks for the journal as the day goes on).
 */
const NEEDED = FACT_EVENT_TYPES;

const TYPE_AT = '{"type":"'.length;

export interface PeriodEvents {
  events: OfficeEvent[];
  /** The configuration in force before the first event. */
  initialConfig: OfficeConfig;
  /** Whether the open day's log was read (then the data runs to the server's clock). */
  includesLive: boolean;
}

const parseLines = (text: string, into: OfficeEvent[], wanted: ReadonlySet<string>): void => {
  let offset = 0;
  while (offset < text.length) {
    const end = text.indexOf('\n', offset);
    if (end === -1) break; // a line cut short: not yet written, or never acknowledged
    const quote = text.indexOf('"', offset + TYPE_AT);
    if (quote !== -1 && quote < end && wanted.has(text.slice(offset + TYPE_AT, quote))) {
      into.push(JSON.parse(text.slice(offset, end)) as OfficeEvent);
    }
    offset = end + 1;
  }
};

/** The last configuration recorded in a log text, found without parsing the other lines. */
const lastConfigIn = (text: string): OfficeConfig | null => {
  const at = text.lastIndexOf('{"type":"config.replaced"');
  if (at === -1) return null;
  const end = text.indexOf('\n', at);
  if (end === -1) return null;
  const event = JSON.parse(text.slice(at, end)) as OfficeEvent;
  return event.type === 'config.replaced' ? event.config : null;
};

/** What has been parsed of the live log for one set of wanted types, up to which byte of which file. */
interface LiveTail {
  inode: number;
  offset: number;
  events: OfficeEvent[];
}

export class ReportEventSource {
  /** Closed days never change: what each holds as its last configuration is remembered by file. */
  private readonly lastConfigs = new Map<string, OfficeConfig | null>();
  private readonly days = new ArchiveDayCache();
  private readonly liveTails = new Map<ReadonlySet<string>, LiveTail>();

  constructor(private readonly dataDir: string) {}

  private get archiveDir() {
    return join(this.dataDir, 'events', 'archive');
  }

  private get livePath() {
    return join(this.dataDir, 'events', 'live.jsonl');
  }

  /** Archive files in order; `2026-11-23.jsonl` sorts before `2026-11-23.2.jsonl`. */
  archiveFiles(): { day: string; file: string }[] {
    if (!existsSync(this.archiveDir)) return [];
    return readdirSync(this.archiveDir)
      .filter((f) => /^\d{4}-\d{2}-\d{2}(\.\d+)?\.jsonl$/.test(f))
      .map((file) => ({ day: file.slice(0, 10), file, n: Number(file.split('.')[1]) || 1 }))
      .sort((a, b) => a.day.localeCompare(b.day) || a.n - b.n)
      .map(({ day, file }) => ({ day, file }));
  }

  private lastConfigOf(file: string): OfficeConfig | null {
    const path = join(this.archiveDir, file);
    const key = `${file}:${statSync(path).size}`;
    if (!this.lastConfigs.has(key)) this.lastConfigs.set(key, lastConfigIn(readFileSync(path, 'utf8')));
    return this.lastConfigs.get(key) ?? null;
  }

  /**
   * The configuration in force at the start of `day`: the last `config.replaced` of the days before it.
   * When the log has none, the configuration the office started its live day with (the store's
   * snapshot) — exact unless the configuration was changed only after the period and never before it.
   */
  configBefore(day: string, fallback: OfficeConfig): OfficeConfig {
    const earlier = this.archiveFiles().filter((f) => f.day < day);
    for (let i = earlier.length - 1; i >= 0; i--) {
      const found = this.lastConfigOf(earlier[i]!.file);
      if (found) return found;
    }
    return fallback;
  }

  /**
   * The events of the office-local days `from`…`to`: their archive files and, when the open day falls
   * in the period, the live log. Each figure then keeps only what began within the period.
   */
  read(from: string, to: string, liveDay: string | null, fallback: OfficeConfig): PeriodEvents {
    const { events, includesLive } = this.readTypes(from, to, liveDay, NEEDED);
    return { events, initialConfig: this.configBefore(from, fallback), includesLive };
  }

  /** The events of the days `from`…`to` of the `wanted` types (for other readers of the log). */
  readTypes(
    from: string,
    to: string,
    liveDay: string | null,
    wanted: ReadonlySet<string>,
  ): { events: OfficeEvent[]; includesLive: boolean } {
    const events: OfficeEvent[] = [];
    for (const { day, file } of this.archiveFiles()) {
      if (day < from || day > to) continue;
      const path = join(this.archiveDir, file);
      if (wanted !== NEEDED) {
        parseLines(readFileSync(path, 'utf8'), events, wanted);
        continue;
      }
      const { size, mtimeMs } = statSync(path);
      const key = `${file}|${size}|${mtimeMs}`;
      let dayEvents = this.days.get(key);
      if (!dayEvents) {
        dayEvents = [];
        parseLines(readFileSync(path, 'utf8'), dayEvents, wanted);
        this.days.set(key, dayEvents);
      }
      for (const event of dayEvents) events.push(event);
    }
    const includesLive =
      existsSync(this.livePath) && (liveDay === null || (liveDay >= from && liveDay <= to));
    if (includesLive) for (const event of this.liveEvents(wanted)) events.push(event);
    return { events, includesLive };
  }

  /**
   * The live log's events of the `wanted` types, parsing only what was appended since the last call.
   * The log only grows until the day is archived; then `live.jsonl` is a new file (another inode).
   */
  private liveEvents(wanted: ReadonlySet<string>): OfficeEvent[] {
    const { ino, size } = statSync(this.livePath);
    let tail = this.liveTails.get(wanted);
    if (!tail || tail.inode !== ino || size < tail.offset) {
      tail = { inode: ino, offset: 0, events: [] };
      this.liveTails.set(wanted, tail);
    }
    if (size > tail.offset) {
      const appended = Buffer.alloc(size - tail.offset);
      const fd = openSync(this.livePath, 'r');
      try {
        readSync(fd, appended, 0, appended.length, tail.offset);
      } finally {
        closeSync(fd);
      }
      // Whole lines only: a line still being written is read next time.
      const end = appended.lastIndexOf(0x0a);
      if (end !== -1) {
        parseLines(appended.toString('utf8', 0, end + 1), tail.events, wanted);
        tail.offset += end + 1;
      }
    }
    return tail.events;
  }
}
