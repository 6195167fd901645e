import { type AlarmSpec, type RuleInput, waitRules } from './alarm-rules.js';
import type { OfficeState, OverloadEpisode, OverloadReason } from './model.js';
import { localParts } from './office-time.js';
import { currentServiceId } from './routing.js';

/**
 * Calling in extra staff (REGULATIONS §2, 002 п.55): more than `threshold` people per window.
 * - Per window, the people the forecast expects that window to serve.
 * - Per hall, for each service group (specialist, cashier, …): the people waiting for its topics ÷ the
 *   open windows that serve any of them, compared exactly (11 waiting at 2 windows is 5.5, more than
 *   5); an open cash desk does not dilute the specialists' count. Key `overload:hall:<group>`.
 * - With no window open at all (003 §8.3), the whole hall's waiting, whatever the mode: `overload:hall`.
 * An alarm that is up stays up until the count falls below the threshold (5 → 6 raises, 4 clears),
 * so one arrival or one call does not make it flap.
 *
 * And one more reason to call, from the forecast (`overload:forecast`): the wait norm is what the
 * standards measure, and it is lost before any window has six people when services run long or a topic
 * has one main window. While the forecast says a waiting visitor will wait past the norm (the board's
 * «прогноз превышения» early warning) or one already has, the reserve is told as for an overload
 * (001 §7.1.9: back-office staff join «при образовании очереди»; a person still decides). Peak-only
 * offices get both on peak days only (the preset's meter-reading days, 000 п.70, 002 п.55). The
 * simulator measured it: docs/BENCHMARKS.md, "The central claim". Episodes keep their reason, so the
 * reports count the rule's own apart from the forecast's.
 */

/** The key of the forecast's call for extra staff: screens name its reason by it. */
export const FORECAST_OVERLOAD_KEY = 'overload:forecast';

const HALL_GROUP = 'overload:hall:';

/** The service group a hall-mode count alarm (`overload:hall:<group>`) is about, else null. */
export const hallGroupOf = (alarmKey: string): string | null =>
  alarmKey.startsWith(HALL_GROUP) ? alarmKey.slice(HALL_GROUP.length) : null;

/** The reason of an episode; older episodes carry none and are told by their alarm key. */
export const overloadReasonOf = (episode: Pick<OverloadEpisode, 'alarmKey' | 'reason'>): OverloadReason =>
  episode.reason ?? (episode.alarmKey === FORECAST_OVERLOAD_KEY ? 'forecast' : 'count');

/** A peak day: one of the meter-reading days of the month the preset names (000 п.70, 002 п.55). */
export const isPeakDate = (peakDays: OfficeState['config']['profile']['peakDays'], dayOfMonth: number) =>
  peakDays.some((range) => dayOfMonth >= range.from && dayOfMonth <= range.to);

export const isPeakDay = (input: RuleInput): boolean => {
  const { profile, timeZone } = input.state.config;
  return isPeakDate(profile.peakDays, localParts(input.now, timeZone).day);
};

export const overloadRule = (input: RuleInput): AlarmSpec[] => {
  const { profile } = input.state.config;
  if (profile.overload.peakOnly && !isPeakDay(input)) return [];
  const specs = countRule(input);
  // One call for help at a time: while the count calls, the forecast has nothing to add. Its
  // condition and hysteresis are the wait-norm alarms' own: it is up exactly while they are.
  if (specs.length === 0 && waitRules(input).length > 0) {
    specs.push({
      key: FORECAST_OVERLOAD_KEY,
      kind: 'overload',
      windowId: null,
      serviceId: null,
      ticketId: null,
      deviceId: null,
      // Everyone waiting: the screens show it beside the reason.
      count: Object.values(input.state.tickets).filter((t) => t.state === 'waiting').length,
    });
  }
  return specs;
};

const hallSpec = (key: string, count: number): AlarmSpec => ({
  key,
  kind: 'overload',
  windowId: null,
  serviceId: null,
  ticketId: null,
  deviceId: null,
  count,
});

/** Per service group: how many wait for its topics, and how many open windows serve any of them. */
const byGroup = (state: OfficeState) => {
  const groupOf = new Map(state.config.services.map((s) => [s.id, s.groupId]));
  const groups = new Map<string, { waiting: number; open: number }>();
  for (const ticket of Object.values(state.tickets)) {
    if (ticket.state !== 'waiting') continue;
    const group = groupOf.get(currentServiceId(ticket));
    if (group === undefined) continue;
    const entry = groups.get(group) ?? { waiting: 0, open: 0 };
    entry.waiting++;
    groups.set(group, entry);
  }
  for (const window of Object.values(state.windows)) {
    if (window.status !== 'open') continue;
    const served = new Set(window.services.filter((s) => s.weight > 0).map((s) => groupOf.get(s.serviceId)));
    for (const [group, entry] of groups) if (served.has(group)) entry.open++;
  }
  return groups;
};

const countRule = (input: RuleInput): AlarmSpec[] => {
  const { state, forecast, active } = input;
  const { threshold, mode } = state.config.profile.overload;
  const over = (key: string, count: number) => count > threshold || (active(key) && count >= threshold);
  const waiting = Object.values(state.tickets).filter((t) => t.state === 'waiting').length;
  const open = Object.values(state.windows).filter((w) => w.status === 'open').length;
  if (open === 0) {
    // 003 §8.3: nobody serves the hall at all, whatever the mode.
    return over('overload:hall', waiting) ? [hallSpec('overload:hall', waiting)] : [];
  }
  const specs: AlarmSpec[] = [];
  if (mode === 'hall') {
    for (const [group, { waiting: count, open: windows }] of byGroup(state)) {
      const key = `${HALL_GROUP}${group}`;
      // A group no open window serves is one window's worth of people short.
      if (over(key, count / Math.max(1, windows))) specs.push(hallSpec(key, count));
    }
    return specs;
  }
  for (const [windowId, count] of Object.entries(forecast.windows)) {
    const key = `overload:window:${windowId}`;
    if (over(key, count)) {
      specs.push({ key, kind: 'overload', windowId, serviceId: null, ticketId: null, deviceId: null, count });
    }
  }
  return specs;
};
