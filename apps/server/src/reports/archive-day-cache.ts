import type { OfficeEvent } from '@queue/engine';

/**
 * The parsed events of closed days, kept between requests: a manager looks at a month, regroups it,
 * then downloads its tables, and a closed day's file never changes (a file that does change — a new
 * size or time — is a different entry). Bounded by the number of events held, least recently used
 * out first: about two months of a busy office (600 visits a day).
 */
export class ArchiveDayCache {
  private readonly entries = new Map<string, OfficeEvent[]>();
  private held = 0;

  constructor(private readonly maxEvents = 150_000) {}

  get(key: string): OfficeEvent[] | undefined {
    const events = this.entries.get(key);
    if (events) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, events);
    }
    return events;
  }

  set(key: string, events: OfficeEvent[]): void {
    if (events.length > this.maxEvents) return;
    this.entries.set(key, events);
    this.held += events.length;
    for (const [oldest, old] of this.entries) {
      if (this.held <= this.maxEvents) break;
      this.entries.delete(oldest);
      this.held -= old.length;
    }
  }
}
