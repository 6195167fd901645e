import { localParts } from '@queue/engine';

/**
 * The office-local day and hour of an instant (REGULATIONS §5: a day starts and ends in office local
 * time). `localParts` goes through Intl, which is too slow to call for every event of a month, so the
 * answer is kept per quarter of an hour: every zone offset in use is a multiple of 15 minutes, so the
 * local date and hour never change inside one UTC quarter.
 */
const QUARTER = 15 * 60_000;

export interface LocalSlot {
  date: string;
  hour: number;
  /** Minutes since local midnight at the start of the quarter. */
  minutesOfDay: number;
}

export class LocalClock {
  private readonly slots = new Map<number, LocalSlot>();

  constructor(readonly timeZone: string) {}

  private slot(at: number): LocalSlot {
    const key = Math.floor(at / QUARTER);
    let slot = this.slots.get(key);
    if (!slot) {
      const p = localParts(key * QUARTER, this.timeZone);
      slot = { date: p.date, hour: p.hour, minutesOfDay: p.minutesOfDay };
      this.slots.set(key, slot);
    }
    return slot;
  }

  date(at: number): string {
    return this.slot(at).date;
  }

  hour(at: number): number {
    return this.slot(at).hour;
  }

  /** Local minutes since midnight, to the millisecond. */
  minutesOfDay(at: number): number {
    return this.slot(at).minutesOfDay + (at - Math.floor(at / QUARTER) * QUARTER) / 60_000;
  }

  /** The first instant after `at` at which the local hour changes (the next quarter that starts a new hour). */
  nextHourBoundary(at: number): number {
    const { hour, date } = this.slot(at);
    let next = (Math.floor(at / QUARTER) + 1) * QUARTER;
    for (let i = 0; i < 8; i++) {
      const s = this.slot(next);
      if (s.hour !== hour || s.date !== date) return next;
      next += QUARTER;
    }
    return next;
  }
}
