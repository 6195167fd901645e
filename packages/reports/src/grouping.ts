import { type Dimension, type Keyed, type ReportQuery, keyOf, matchesQuery } from './report-query.js';

/** A figure for every group of the chosen dimension, and for all of them together. */
export interface Grouped<R> {
  groups: Map<string, R>;
  total: R;
}

/**
 * Filters records by the query, then groups them by one dimension and summarises each group with the
 * same function as the total, so that a group's figure and the total's are the same definition.
 * Dimension `null`: the total alone (the head office's row for a whole office).
 */
export const groupFigure = <T extends Keyed, R>(
  records: readonly T[],
  query: ReportQuery,
  dimension: Dimension | null,
  summarise: (records: readonly T[]) => R,
): Grouped<R> => {
  const kept: T[] = [];
  const buckets = new Map<string, T[]>();
  for (const record of records) {
    if (!matchesQuery(record, query)) continue;
    kept.push(record);
    if (dimension === null) continue;
    const key = keyOf(record, dimension);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(record);
    else buckets.set(key, [record]);
  }
  const groups = new Map<string, R>();
  for (const [key, bucket] of buckets) groups.set(key, summarise(bucket));
  return { groups, total: summarise(kept) };
};
