import { isPeakDate } from '@queue/engine';
import type { Facts } from './facts.js';

/**
 * Whether an office-local day was a meter-reading (peak) day (000 п.70: 1st–25th; 002 п.55:
 * 15th–25th): one of the preset's `peakDays` in the configuration in force when the day began (a change
 * made during a day counts from the next one).
 */
export const isPeakDay = (facts: Pick<Facts, 'peakCalendar'>, day: string): boolean => {
  let peakDays = facts.peakCalendar[0]?.peakDays ?? [];
  for (const entry of facts.peakCalendar)
    if (entry.sinceDay !== '' && entry.sinceDay < day) peakDays = entry.peakDays;
  return isPeakDate(peakDays, Number(day.slice(8, 10)));
};
