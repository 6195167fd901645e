import type { EventBody } from './events.js';
import type { OfficeState } from './model.js';
import { localDate } from './office-time.js';

/**
 * The office day turns over at local midnight (or at the first command after it): numbering restarts
 * and the closed day can be archived. Returns nothing when the day is current.
 */
export const rolloverEvents = (state: OfficeState, now: number): EventBody[] => {
  const today = localDate(now, state.config.timeZone);
  if (state.day === today) return [];
  const events: EventBody[] = [];
  if (state.day !== null) events.push({ type: 'day.closed', day: state.day });
  events.push({ type: 'day.opened', day: today });
  return events;
};
