import type { Cell } from '@queue/reports-engine';
import { STAFFING_WORDS, type StaffingWord, dayTitle } from '@queue/staffing';
import { localiseLabel } from '@queue/ui';

/**
 * The staffing tables' label cells in English. The server writes them in Russian, as its files carry
 * them; they are matched here by the package's own words (`STAFFING_WORDS`), never by copies of them.
 */
const ENGLISH: Record<StaffingWord, string> = {
  breakBest: 'best',
  breakPossible: 'possible',
  peakDay: 'meter readings',
  ordinaryDay: 'ordinary day',
  fallback: 'from every day',
};

const byRussian = new Map(
  (Object.keys(STAFFING_WORDS) as StaffingWord[]).map((key) => [STAFFING_WORDS[key] as string, ENGLISH[key]]),
);

const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** «пт 27.11.2026» in the page's language: the weekday named, the date as the tables write it. */
export const dayName = (date: string, locale: string): string => {
  const title = dayTitle(date);
  if (locale !== 'en') return title;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${EN_WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}${title.slice(title.indexOf(' '))}`;
};

const DAY_CELL = /^\S+ (\d\d)\.(\d\d)\.(\d{4})$/;

export const localiseStaffingCell = (cell: Cell, locale: string): Cell => {
  if (locale !== 'en' || typeof cell !== 'string') return cell;
  const day = DAY_CELL.exec(cell);
  const date = day ? `${day[3]}-${day[2]}-${day[1]}` : null;
  if (date && dayTitle(date) === cell) return dayName(date, locale);
  const parts = cell.split('; ');
  if (parts.every((part) => byRussian.has(part))) return parts.map((part) => byRussian.get(part)).join('; ');
  return localiseLabel(cell, locale);
};
