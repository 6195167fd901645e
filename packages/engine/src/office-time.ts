import type { ReceptionHours } from './model.js';

/**
 * Office-local calendar arithmetic. Each office has its own zone (UTC+3…UTC+5 across the companies,
 * REGULATIONS §5), and a day starts and ends in office local time, so the engine never uses the
 * host's zone. Intl is deterministic for a given zone and instant, which keeps the engine pure.
 */

export interface LocalParts {
  date: string;
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: number;
  minutesOfDay: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
};

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export const isValidTimeZone = (timeZone: string): boolean => {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
};

/**
 * Office-local calendar parts change only at a minute's turn (every time zone in use is a whole number
 * of minutes from UTC), and `Intl` is the costliest call on the command path: the last few hundred
 * answers are kept. Frozen, because they are shared.
 */
const recentParts = new Map<string, Readonly<LocalParts>>();

export const localParts = (at: number, timeZone: string): Readonly<LocalParts> => {
  const key = `${timeZone}|${Math.floor(at / 60_000)}`;
  let known = recentParts.get(key);
  if (!known) {
    known = Object.freeze(computeLocalParts(at, timeZone));
    if (recentParts.size >= 512) recentParts.delete(recentParts.keys().next().value!);
    recentParts.set(key, known);
  }
  return known;
};

const computeLocalParts = (at: number, timeZone: string): LocalParts => {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(at))) parts[part.type] = part.value;
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  const hour = Number(parts.hour);
  const minute = Number(parts.minute);
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    year,
    month,
    day,
    hour,
    minute,
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
    minutesOfDay: hour * 60 + minute,
  };
};

export const localDate = (at: number, timeZone: string): string => localParts(at, timeZone).date;

const offsetAt = (at: number, timeZone: string): number => {
  const p = localParts(at, timeZone);
  const seconds = new Date(at).getUTCSeconds();
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, seconds) - (at - (at % 1000));
};

/** The instant of a local wall-clock time (`2026-11-23`, `08:30`) in the office's zone. */
export const zonedTimeToEpoch = (date: string, time: string, timeZone: string): number => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  // Two passes settle the offset even across a DST change (most Russian zones have none, but be exact).
  let guess = wall - offsetAt(wall, timeZone);
  guess = wall - offsetAt(guess, timeZone);
  return guess;
};

export const minutesOf = (time: string): number => {
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return hh * 60 + mm;
};

export const addDays = (date: string, days: number): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

const weekdayOf = (date: string): number => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};

export const hoursOn = (date: string, hours: ReceptionHours) =>
  hours.holidays.includes(date) ? null : (hours.byWeekday[weekdayOf(date)] ?? null);

export const isWithinReceptionHours = (at: number, hours: ReceptionHours, timeZone: string): boolean => {
  const local = localParts(at, timeZone);
  const today = hoursOn(local.date, hours);
  if (!today) return false;
  return local.minutesOfDay >= minutesOf(today.open) && local.minutesOfDay < minutesOf(today.close);
};

/** The next moment reception opens after `at`, looking up to two weeks ahead; `null` if never. */
export const nextOpening = (at: number, hours: ReceptionHours, timeZone: string): number | null => {
  const local = localParts(at, timeZone);
  for (let offset = 0; offset <= 14; offset++) {
    const date = addDays(local.date, offset);
    const day = hoursOn(date, hours);
    if (!day) continue;
    const opensAt = zonedTimeToEpoch(date, day.open, timeZone);
    if (opensAt > at) return opensAt;
  }
  return null;
};

/** Formats an instant as office-local `dd.mm.yyyy hh:mm`, the form printed on tickets and shown to people. */
export const formatLocal = (at: number, timeZone: string): string => {
  const p = localParts(at, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(p.day)}.${pad(p.month)}.${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
};
