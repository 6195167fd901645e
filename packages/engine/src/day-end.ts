import type { Decider } from './decision.js';
import type { EventBody } from './events.js';
import type { OfficeConfig, OfficeState, Ticket } from './model.js';
import { MINUTE } from './norms.js';
import { hoursOn, isWithinReceptionHours, localDate, zonedTimeToEpoch } from './office-time.js';
import { refuse } from './refusal.js';

/**
 * The end of the office's working day. The kiosk stops at closing and the windows go on serving
 * everyone issued before it (000, 002); when the working day ends — `hours.workEndsAfterCloseMin`
 * after closing, by the administrator's «Закрыть день», or at the latest at the next rollover — every
 * visitor still waiting, postponed or called is closed as not served (`ticket.unserved`, outcome
 * `dayEnded`), so nobody of yesterday is in today's queue, a number never repeats in a day, and no
 * report counts a night as a wait.
 */

type Active = Ticket['state'] & ('waiting' | 'postponed' | 'called' | 'serving');

/** Closed when the working day ends: a visitor being served is left to finish. */
const AT_WORK_END: readonly Active[] = ['waiting', 'postponed', 'called'];
/** Closed at the rollover: nothing of yesterday stays, not even a service nobody finished. */
const AT_ROLLOVER: readonly Active[] = ['waiting', 'postponed', 'called', 'serving'];

const isOneOf = (ticket: Ticket, states: readonly Active[]): ticket is Ticket & { state: Active } =>
  (states as readonly string[]).includes(ticket.state);

/** The instant the working day of an office-local date ends by the schedule, `null` when it has none. */
export const workEndAt = (config: OfficeConfig, date: string): number | null => {
  const after = config.hours.workEndsAfterCloseMin;
  const day = hoursOn(date, config.hours);
  if (after === null || after === undefined || !day) return null;
  return zonedTimeToEpoch(date, day.close, config.timeZone) + after * MINUTE;
};

export const hasDayEnded = (state: OfficeState): boolean =>
  state.dayEndedAt !== null && state.dayEndedAt !== undefined;

/** Who is still in the hall in one of `states`, oldest ticket first: one `ticket.unserved` each. */
const unservedEvents = (state: OfficeState, states: readonly Active[]): EventBody[] =>
  Object.values(state.tickets)
    .filter((t) => isOneOf(t, states))
    .sort((a, b) => a.issueSeq - b.issueSeq)
    .map((t) => ({
      type: 'ticket.unserved' as const,
      ticketId: t.id,
      windowId: t.state === 'called' || t.state === 'serving' ? t.windowId : null,
      was: t.state as Active,
      outcome: 'dayEnded' as const,
    }));

const endDay = (state: OfficeState, states: readonly Active[]): EventBody[] => {
  const unserved = unservedEvents(state, states);
  return [...unserved, { type: 'day.ended', day: state.day ?? '', unserved: unserved.length }];
};

/** The schedule's end: once a day, after `workEndAt`, on whatever command or clock tick comes first. */
export const scheduledDayEnd = (state: OfficeState, now: number): EventBody[] => {
  if (state.day === null || hasDayEnded(state)) return [];
  const end = workEndAt(state.config, state.day);
  return end !== null && now >= end ? endDay(state, AT_WORK_END) : [];
};

/**
 * Before a day is closed at the rollover: whoever is left, serving included, and the day's end itself
 * if neither the schedule nor the administrator recorded it.
 */
export const rolloverDayEnd = (state: OfficeState): EventBody[] => {
  if (hasDayEnded(state)) return unservedEvents(state, AT_ROLLOVER);
  return endDay(state, AT_ROLLOVER);
};

/**
 * «Закрыть день» (the administrator's board): allowed once reception has closed, since a kiosk that
 * still issues tickets means visitors may still come. A visitor being served is left to finish.
 */
export const decideEndDay: Decider<'day.end'> = (state, _command, { now }) => {
  const { hours, timeZone } = state.config;
  if (isWithinReceptionHours(now, hours, timeZone)) {
    const date = localDate(now, timeZone);
    // Within reception hours, so the date has hours.
    const close = hoursOn(date, hours)?.close ?? '23:59';
    return refuse('reception_open', { closesAt: zonedTimeToEpoch(date, close, timeZone) });
  }
  return endDay(state, AT_WORK_END);
};
