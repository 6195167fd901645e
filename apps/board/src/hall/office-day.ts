/**
 * Today's reception hours and date as the office's clock says (REGULATIONS §5: hours are per office
 * and per weekday, in the office's own time zone, whatever the zone of the screen's computer).
 */
import { type DayHours, localParts, type ReceptionHours } from '@queue/engine';

export const hoursToday = (at: number, hours: ReceptionHours, timeZone: string): DayHours | null => {
  const { date } = localParts(at, timeZone);
  if (hours.holidays.includes(date)) return null;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return hours.byWeekday[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? null;
};

/** 00:00–23:59 is how the configuration writes "round the clock". */
export const isRoundTheClock = (day: DayHours): boolean => day.open === '00:00' && day.close >= '23:59';

/** «вторник, 10 марта» in the office's zone. */
export const longOfficeDate = (at: number, timeZone: string, locale: string): string =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'ru-RU', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(at);
