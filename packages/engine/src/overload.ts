import type { AlarmSpec, RuleInput } from './alarm-rules.js';
import { localParts } from './office-time.js';

/**
 * Calling in extra staff (REGULATIONS §2, 002 п.55): more than `threshold` people per window. Per window
 * it counts the people the forecast expects that window to serve; per hall, waiting ÷ open windows.
 * An alarm that is up stays up until the count falls below the threshold (5 → 6 raises, 4 clears),
 * so one arrival or one call does not make it flap.
 */

export const isPeakDay = (input: RuleInput): boolean => {
  const { profile, timeZone } = input.state.config;
  const { day } = localParts(input.now, timeZone);
  return profile.peakDays.some((range) => day >= range.from && day <= range.to);
};

export const overloadRule = (input: RuleInput): AlarmSpec[] => {
  const { state, forecast, active } = input;
  const { threshold, mode, peakOnly } = state.config.profile.overload;
  if (peakOnly && !isPeakDay(input)) return [];
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
