import { reconcile } from './alarms.js';
import { rolloverDayEnd } from './day-end.js';
import type { Actor, OfficeState } from './model.js';
import { localDate } from './office-time.js';
import { type Execution, stampEvents, andThen } from './stamp.js';

const SYSTEM: Actor = { kind: 'system' };

/**
 * The office day turns over at local midnight (or at the first command after it). Whoever is still
 * in the hall is closed as not served (`day-end.ts`) and the alarms and calls for staff settle on the
 * empty hall, all in the old day's record; then `day.closed` (the closed day's log can be archived
 * whole) and `day.opened`, from which numbering restarts. Nothing when the day is current.
 */
export const turnDay = (state: OfficeState, now: number): Execution => {
  const today = localDate(now, state.config.timeZone);
  if (state.day === today) return { events: [], state };
  const opened = (s: OfficeState) => stampEvents(s, [{ type: 'day.opened', day: today }], now, SYSTEM);
  const closing = state.day;
  if (closing === null) return opened(state);
  const ended = stampEvents(state, rolloverDayEnd(state), now, SYSTEM);
  const settled = andThen(ended, (s) => stampEvents(s, reconcile(s, now), now, SYSTEM));
  const closed = andThen(settled, (s) => stampEvents(s, [{ type: 'day.closed', day: closing }], now, SYSTEM));
  return andThen(closed, opened);
};
