import type { Cell, ColumnKind } from '@queue/reports-engine';

/** A table cell as a person reads it: «14,5» in Russian, «—» for no data. Files keep the raw number. */
export const formatCell = (cell: Cell, kind: ColumnKind, locale: string): string => {
  if (cell === null) return '—';
  if (typeof cell === 'string') return cell;
  const digits = kind === 'count' ? 0 : 1;
  return cell.toLocaleString(locale === 'en' ? 'en-GB' : 'ru-RU', { maximumFractionDigits: digits });
};

/** Labels the server writes in Russian that are not data (data — topic titles, names — stay as they are). */
const ENGLISH: Record<string, string> = {
  Итого: 'Total',
  'Не вызван': 'Not called',
  Зал: 'Hall',
  выполнено: 'met',
  'не выполнено': 'not met',
  'нет данных': 'no data',
};

export const localiseLabel = (cell: Cell, locale: string): Cell =>
  locale === 'en' && typeof cell === 'string' ? (ENGLISH[cell] ?? cell.replace(/^Итого: /, 'Total: ')) : cell;
