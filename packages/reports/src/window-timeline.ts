import {
  type OfficeConfig,
  type OfficeEvent,
  type ReceptionHours,
  type ServiceWeight,
  hoursOn,
  minutesOf,
} from '@queue/engine';
import type { WindowTimeFact } from './facts.js';
import type { LocalClock } from './local-clock.js';
import type { WaitingIndex } from './waiting-index.js';

type TimeState = WindowTimeFact['state'];

const servedBy = (services: readonly ServiceWeight[]): ReadonlySet<string> =>
  new Set(services.filter((s) => s.weight > 0).map((s) => s.serviceId));

interface WindowTrack {
  status: 'closed' | 'open' | 'paused';
  staffId: string | null;
  /** The topics the window serves with a positive weight. */
  served: ReadonlySet<string>;
  busy: boolean;
  /** The running segment: what the window is doing since `since`. */
  segment: { state: TimeState; staffId: string | null; queue: boolean } | null;
  since: number;
}

/**
 * The time of every window, cut into segments of one state each (serving, paused, idle with or without
 * a queue) and then at every office-local hour, summed per day, hour, window, operator and state.
 * A closed window has no time. `busy` runs from the call to the end of that visitor at the window
 * (finish, no-show, transfer, postponement, or the day's end), as the engine's window holds the ticket.
 */
export class WindowTimeline {
  private readonly windows = new Map<string, WindowTrack>();
  private readonly totals = new Map<string, WindowTimeFact>();
  private receptionHours: ReceptionHours | null = null;
  private readonly receptionByDay = new Map<string, { open: number; close: number } | null>();

  constructor(
    private readonly clock: LocalClock,
    private readonly waiting: WaitingIndex,
  ) {}

  private track(windowId: string): WindowTrack {
    let track = this.windows.get(windowId);
    if (!track) {
      track = { status: 'closed', staffId: null, served: new Set(), busy: false, segment: null, since: 0 };
      this.windows.set(windowId, track);
    }
    return track;
  }

  observe(event: OfficeEvent): void {
    switch (event.type) {
      case 'window.opened': {
        const w = this.track(event.windowId);
        w.status = 'open';
        w.staffId = event.staffId;
        w.served = servedBy(event.services);
        return;
      }
      case 'window.paused':
        this.track(event.windowId).status = 'paused';
        return;
      case 'window.resumed':
        this.track(event.windowId).status = 'open';
        return;
      case 'window.closed': {
        const w = this.track(event.windowId);
        w.status = 'closed';
        w.busy = false;
        w.staffId = null;
        return;
      }
      case 'window.servicesChanged':
        this.track(event.windowId).served = servedBy(event.services);
        return;
      case 'ticket.called':
        this.track(event.windowId).busy = true;
        return;
      case 'ticket.finished':
      case 'ticket.postponed':
        this.track(event.windowId).busy = false;
        return;
      case 'ticket.noShow':
      case 'ticket.unserved':
        if (event.windowId) this.track(event.windowId).busy = false;
        return;
      case 'ticket.transferred':
        this.track(event.fromWindowId).busy = false;
        return;
      default:
        return;
    }
  }

  /** After each event: close the segments whose state changed at `at`, and open the new ones. */
  settle(at: number, config: OfficeConfig): void {
    for (const [windowId, w] of this.windows) {
      const next =
        w.status === 'closed'
          ? null
          : {
              state: (w.busy ? 'service' : w.status === 'paused' ? 'pause' : 'idle') as TimeState,
              staffId: w.staffId,
              queue: this.waiting.waitingFor(windowId, w.served),
            };
      const same =
        next === w.segment ||
        (next !== null &&
          w.segment !== null &&
          next.state === w.segment.state &&
          next.staffId === w.segment.staffId &&
          next.queue === w.segment.queue);
      if (same) continue;
      if (w.segment) this.add(windowId, w.segment, w.since, at, config);
      w.segment = next;
      w.since = at;
    }
  }

  private add(
    windowId: string,
    segment: NonNullable<WindowTrack['segment']>,
    from: number,
    to: number,
    config: OfficeConfig,
  ): void {
    let start = from;
    while (start < to) {
      const end = Math.min(to, this.clock.nextHourBoundary(start));
      const day = this.clock.date(start);
      const hour = this.clock.hour(start);
      if (segment.state === 'idle') {
        // Reception hours of that day (003 §8.4): idle outside them is not an operator's idle time.
        const hours = this.receptionOn(day, config.hours);
        const a = this.clock.minutesOfDay(start);
        const b = a + (end - start) / 60_000;
        const inside = hours ? Math.max(0, Math.min(b, hours.close) - Math.max(a, hours.open)) * 60_000 : 0;
        this.sum(day, hour, windowId, segment, true, inside);
        this.sum(day, hour, windowId, segment, false, end - start - inside);
      } else {
        this.sum(day, hour, windowId, segment, true, end - start);
      }
      start = end;
    }
  }

  /** Reception hours of a day in minutes since midnight, remembered per day for the hours in force. */
  private receptionOn(day: string, hours: ReceptionHours): { open: number; close: number } | null {
    if (hours !== this.receptionHours) {
      this.receptionHours = hours;
      this.receptionByDay.clear();
    }
    let known = this.receptionByDay.get(day);
    if (known === undefined) {
      const today = hoursOn(day, hours);
      known = today ? { open: minutesOf(today.open), close: minutesOf(today.close) } : null;
      this.receptionByDay.set(day, known);
    }
    return known;
  }

  private sum(
    day: string,
    hour: number,
    windowId: string,
    segment: NonNullable<WindowTrack['segment']>,
    inHours: boolean,
    ms: number,
  ): void {
    if (ms <= 0) return;
    const key = `${day}|${hour}|${windowId}|${segment.staffId}|${segment.state}|${segment.queue}|${inHours}`;
    const known = this.totals.get(key);
    if (known) {
      known.ms += ms;
      return;
    }
    this.totals.set(key, {
      day,
      hour,
      windowId,
      staffId: segment.staffId,
      state: segment.state,
      queue: segment.queue,
      inHours,
      ms,
    });
  }

  /** Closes the running segments at the end of the data. */
  finish(until: number, config: OfficeConfig): WindowTimeFact[] {
    for (const [windowId, w] of this.windows) {
      if (w.segment && until > w.since) this.add(windowId, w.segment, w.since, until, config);
      w.segment = null;
      w.since = until;
    }
    return [...this.totals.values()];
  }
}
