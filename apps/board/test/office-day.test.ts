import { ALWAYS_OPEN, type ReceptionHours, WEEKDAY_HOURS } from '@queue/engine';
import { describe, expect, it } from 'vitest';
import { hoursToday, isRoundTheClock, longOfficeDate } from '../src/hall/office-day';

describe('today’s hours and date in the office’s zone', () => {
  it('takes the weekday of the office, not of the screen’s computer', () => {
    // 23:30 on Saturday in UTC is already Sunday 02:30 in Moscow: closed.
    const saturdayLateUtc = Date.parse('2026-03-14T23:30:00Z');
    expect(hoursToday(saturdayLateUtc, WEEKDAY_HOURS, 'UTC')).toEqual({ open: '09:00', close: '15:00' });
    expect(hoursToday(saturdayLateUtc, WEEKDAY_HOURS, 'Europe/Moscow')).toBeNull();
    // 01:00 on Monday in Yekaterinburg (UTC+5) is 23:00 on Sunday in Moscow.
    const earlyMonday = Date.parse('2026-03-16T01:00:00+05:00');
    expect(hoursToday(earlyMonday, WEEKDAY_HOURS, 'Asia/Yekaterinburg')).toEqual({
      open: '08:00',
      close: '20:00',
    });
    expect(hoursToday(earlyMonday, WEEKDAY_HOURS, 'Europe/Moscow')).toBeNull();
  });

  it('knows holidays', () => {
    const hours: ReceptionHours = { ...WEEKDAY_HOURS, holidays: ['2026-03-09'] };
    expect(hoursToday(Date.parse('2026-03-09T12:00:00+03:00'), hours, 'Europe/Moscow')).toBeNull();
  });

  it('recognises round-the-clock hours', () => {
    expect(isRoundTheClock(ALWAYS_OPEN.byWeekday[1]!)).toBe(true);
    expect(isRoundTheClock({ open: '08:00', close: '20:00' })).toBe(false);
  });

  it('writes the date in words in the office’s zone', () => {
    const at = Date.parse('2026-03-10T22:30:00Z');
    expect(longOfficeDate(at, 'Europe/Moscow', 'ru')).toBe('среда, 11 марта');
    expect(longOfficeDate(at, 'UTC', 'ru')).toBe('вторник, 10 марта');
    expect(longOfficeDate(at, 'Europe/Moscow', 'en')).toBe('Wednesday 11 March');
  });
});
