import { mean } from './duration-stats.js';
import type { Facts } from './facts.js';
import { type ReportQuery, matchesQuery } from './report-query.js';
import { calledWaits } from './wait-times.js';

/**
 * Visitors and average wait by hour of the day, summed over the days of the period — the chart a
 * manager reads to plan staff. Every hour between the first and the last one with visitors is listed,
 * so a quiet hour shows as zero rather than disappearing from the chart.
 */
export interface HourPoint {
  hour: number;
  visitors: number;
  avgWaitMs: number | null;
}

export const hourlyProfile = (facts: Facts, query: ReportQuery): HourPoint[] => {
  const visitors = new Map<number, number>();
  for (const v of facts.visits)
    if (matchesQuery(v, query)) visitors.set(v.hour, (visitors.get(v.hour) ?? 0) + 1);
  const waits = new Map<number, number[]>();
  for (const w of calledWaits(facts)) {
    if (!matchesQuery(w, query)) continue;
    const list = waits.get(w.hour);
    if (list) list.push(w.ms!);
    else waits.set(w.hour, [w.ms!]);
  }
  const hours = [...visitors.keys(), ...waits.keys()];
  if (hours.length === 0) return [];
  const points: HourPoint[] = [];
  for (let hour = Math.min(...hours); hour <= Math.max(...hours); hour++) {
    points.push({ hour, visitors: visitors.get(hour) ?? 0, avgWaitMs: mean(waits.get(hour) ?? []) });
  }
  return points;
};
