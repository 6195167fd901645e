import type { Facts } from './facts.js';
import { type ReportQuery, matchesQuery } from './report-query.js';
import { calledWaits } from './wait-times.js';

/**
 * How waits spread: the count of waits (ended in a call) in 5-minute bins, [0, 5), [5, 10), … and a last
 * open bin from 60 minutes on, so one very long wait does not stretch the chart.
 */
export interface WaitBin {
  fromMin: number;
  /** `null` = the open last bin. */
  toMin: number | null;
  count: number;
}

export const BIN_MIN = 5;
export const LAST_BIN_FROM_MIN = 60;

export const waitDistribution = (facts: Facts, query: ReportQuery): WaitBin[] => {
  const bins: WaitBin[] = [];
  for (let from = 0; from < LAST_BIN_FROM_MIN; from += BIN_MIN)
    bins.push({ fromMin: from, toMin: from + BIN_MIN, count: 0 });
  bins.push({ fromMin: LAST_BIN_FROM_MIN, toMin: null, count: 0 });
  for (const w of calledWaits(facts)) {
    if (!matchesQuery(w, query)) continue;
    const index = Math.min(bins.length - 1, Math.floor(w.ms! / 60_000 / BIN_MIN));
    bins[index]!.count++;
  }
  // Trailing empty bins say nothing; keep up to the last one with a wait (at least the first three).
  let last = bins.length - 1;
  while (last > 2 && bins[last]!.count === 0) last--;
  return bins.slice(0, last + 1);
};
