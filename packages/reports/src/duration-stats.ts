/**
 * The three summaries of a set of durations every time figure shows (issue: «average, median and 90th
 * percentile»), defined exactly so that anyone can recompute them from the log:
 * - average: the arithmetic mean;
 * - median: the middle value of the sorted durations; with an even count, the mean of the two middle ones;
 * - 90th percentile: nearest rank — the value at rank ⌈0.9·n⌉ of the sorted durations (1-based), so at
 *   least 90 % of the durations are at or below it and it is always a duration that really occurred.
 * With no durations each is `null` (no data is not zero minutes).
 */
export interface DurationStats {
  n: number;
  avgMs: number | null;
  medianMs: number | null;
  p90Ms: number | null;
  maxMs: number | null;
}

export const durationStats = (values: readonly number[]): DurationStats => {
  const n = values.length;
  if (n === 0) return { n: 0, avgMs: null, medianMs: null, p90Ms: null, maxMs: null };
  // A typed array sorts numbers as numbers without a comparator: several times faster on the head
  // office's hundreds of thousands of waits, the same order.
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i]!;
  const mid = Math.floor(n / 2);
  const median = n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return {
    n,
    avgMs: sum / n,
    medianMs: median,
    p90Ms: sorted[Math.ceil(0.9 * n) - 1]!,
    maxMs: sorted[n - 1]!,
  };
};

export const mean = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
};
