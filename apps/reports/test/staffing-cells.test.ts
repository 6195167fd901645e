import { STAFFING_WORDS, dayTitle } from '@queue/staffing';
import { describe, expect, it } from 'vitest';
import { dayName, localiseStaffingCell } from '../src/staffing/staffing-cells.js';

describe('the staffing tables’ label cells in English', () => {
  it('names the days, the kinds of day and the break hours by the package’s own words', () => {
    expect(localiseStaffingCell(dayTitle('2026-11-27'), 'en')).toBe('Fri 27.11.2026');
    expect(localiseStaffingCell(`${STAFFING_WORDS.ordinaryDay}; ${STAFFING_WORDS.fallback}`, 'en')).toBe(
      'ordinary day; from every day',
    );
    expect(localiseStaffingCell(STAFFING_WORDS.peakDay, 'en')).toBe('meter readings');
    expect(localiseStaffingCell(STAFFING_WORDS.breakBest, 'en')).toBe('best');
    expect(localiseStaffingCell('Итого', 'en')).toBe('Total');
  });

  it('leaves data (a group’s title, a date-like title that is not a day) and Russian as they are', () => {
    expect(localiseStaffingCell('Специалист', 'en')).toBe('Специалист');
    // Not the weekday of 27.11.2026: not a day cell.
    expect(localiseStaffingCell('пн 27.11.2026', 'en')).toBe('пн 27.11.2026');
    expect(localiseStaffingCell(STAFFING_WORDS.breakBest, 'ru')).toBe('лучше всего');
    expect(localiseStaffingCell(12.5, 'en')).toBe(12.5);
    expect(dayName('2026-11-27', 'ru')).toBe('пт 27.11.2026');
  });
});
