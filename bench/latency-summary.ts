/** Latency samples in milliseconds, summarised the way the targets are stated (p50, p99, max). */
export interface LatencySummary {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

const rank = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length))) - 1] ?? 0;

export const summarise = (samples: readonly number[]): LatencySummary => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { count: sorted.length, p50: rank(sorted, 0.5), p99: rank(sorted, 0.99), max: sorted.at(-1) ?? 0 };
};
