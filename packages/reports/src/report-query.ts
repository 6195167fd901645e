import type { FactKeys } from './facts.js';

export const DIMENSIONS = ['topic', 'window', 'operator', 'hour', 'day'] as const;

export type Dimension = (typeof DIMENSIONS)[number];

/** How a report is cut: a period of office-local days, one grouping, optional filters. */
export interface ReportQuery {
  /** Office-local dates, inclusive: `from` = `to` is one day. */
  from: string;
  to: string;
  groupBy: Dimension;
  topic?: string | null;
  window?: string | null;
  operator?: string | null;
}

/**
 * The keys a record has. A record without a dimension (a window's time has no topic) is not filtered by
 * it: a topic filter narrows visits and waits, not a window's idle time.
 */
export type Keyed = Pick<FactKeys, 'day' | 'hour'> &
  Partial<Pick<FactKeys, 'topicId' | 'windowId' | 'staffId'>>;

export const inPeriod = (record: Keyed, query: ReportQuery): boolean =>
  record.day >= query.from && record.day <= query.to;

export const matchesQuery = (record: Keyed, query: ReportQuery): boolean => {
  if (!inPeriod(record, query)) return false;
  if (query.topic && record.topicId !== undefined && record.topicId !== query.topic) return false;
  if (query.window && record.windowId !== undefined && record.windowId !== query.window) return false;
  if (query.operator && record.staffId !== undefined && record.staffId !== query.operator) return false;
  return true;
};

/** A record's group under a dimension; `''` = none (not called, no window, the whole hall). */
export const keyOf = (record: Keyed, dimension: Dimension): string => {
  switch (dimension) {
    case 'topic':
      return record.topicId ?? '';
    case 'window':
      return record.windowId ?? '';
    case 'operator':
      return record.staffId ?? '';
    case 'hour':
      return String(record.hour).padStart(2, '0');
    case 'day':
      return record.day;
  }
};
