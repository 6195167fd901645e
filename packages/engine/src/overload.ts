import { type AlarmSpec, type RuleInput, waitRules } from './alarm-rules.js';
import { localParts } from './office-time.js';

/**
 * Calling in extra staff (REGULATIONS §2, 002 п.55): more than `threshold` people per window. Per window
 * it counts the people the forecast expects that window to serve; per hall, waiting ÷ open windows.
 * An alarm that is up stays up until the count falls below the threshold (5 → 6 raises, 4 clears),
 * so one arrival or one call does not make it flap.
 *
 * And one more reason to call, from the forecast (`overload:forecast`): the wait norm is what the
 * standards measure, and it is lost before any window has six people when services run long or a topic
 * has one main window. While the forecast says a waiting visitor will wait past the norm (the board's
 * «прогноз превышения» early warning) or one already has, the reserve is told as for an overload
 * (001 §7.1.9: back-office staff join «при образовании очереди»; a person still decides). Peak-only
 * offices get it on peak days only, like the count. The simulator measured it: docs/BENCHMARKS.md,
 * "The central claim".
 */

/** The key of the forecast's call for extra staff: screens name its reason by it. */
export const FORECAST_OVERLOAD_KEY = 'overload:forecast';

export const isPeakDay = (input: RuleInput): boolean => {
  const { profile, timeZone } = input.state.config;
  const { day } = localParts(input.now, timeZone);
  return profile.peakDays.some((range) => day >= range.from && day <= range.to);
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

const countRule = (input: RuleInput): AlarmSpec[] => {
  const { state, forecast, active } = input;
  const { threshold, mode } = state.config.profile.overload;
  const over = (key: string, count: number) => count > threshold || (active(key) && count >= threshold);
  const waiting = Object.values(state.tickets).filter((t) => t.state === 'waiting').length;
  const open = Object.values(state.windows).filter((w) => w.status === 'open').length;
  const specs: AlarmSpec[] = [];
  const hall = (count: number) => {
    const key = 'overload:hall';
    if (over(key, count)) {
      specs.push({
        key,
        kind: 'overload',
        windowId: null,
        serviceId: null,
        ticketId: null,
        deviceId: null,
        count: waiting,
      });
    }
  };
  if (open === 0) {
    // 003 §8.3: nobody serves the hall at all, whatever the mode.
    hall(waiting);
    return specs;
  }
  if (mode === 'hall') {
    hall(Math.floor(waiting / open));
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
