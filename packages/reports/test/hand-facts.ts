import {
  type CollectedFacts,
  type Dimension,
  type Grouped,
  type ReportQuery,
  collectFacts,
} from '../src/index.js';
import { DATE, handDay } from './hand-day.js';

/** The hand-computed day, collected once per test file. */
export const handFacts = (): CollectedFacts => {
  const day = handDay();
  return collectFacts(day.events, day.config);
};

export const query = (groupBy: Dimension, extra: Partial<ReportQuery> = {}): ReportQuery => ({
  from: DATE,
  to: DATE,
  groupBy,
  ...extra,
});

/** A grouped figure as a plain object, for readable expectations. */
export const byKey = <R>(grouped: Grouped<R>): Record<string, R> => Object.fromEntries(grouped.groups);
