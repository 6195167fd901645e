import { describe, expect, it } from 'vitest';
import { dateText, parseDateText } from '../src/report/date-text';

describe('a date as the office writes it', () => {
  it('shows ISO dates as ДД.ММ.ГГГГ', () => {
    expect(dateText('2026-11-23')).toBe('23.11.2026');
    expect(dateText('')).toBe('');
  });

  it.each([
    ['23.11.2026', '2026-11-23'],
    ['23112026', '2026-11-23'],
    ['29.02.2028', '2028-02-29'],
    ['29.02.2026', null],
    ['31.04.2026', null],
    ['12/03/2026', '2026-03-12'],
    ['1.1.2026', null],
    ['23.11.26', null],
  ])('reads %s as %s', (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });
});
