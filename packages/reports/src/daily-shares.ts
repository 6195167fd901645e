import { addDays } from '@queue/engine';
import type { Facts } from './facts.js';
import { type NormShare, withinNorm } from './norm-shares.js';
import { isPeakDay } from './peak-days.js';
import { type ReportQuery, matchesQuery } from './report-query.js';
import { calledWaits } from './wait-times.js';

/** Share within the wait and service norms for each day of the period, with the day's visitors. */
export interface DayPoint {
  day: string;
  /** A meter-reading day of the preset (`peak-days.ts`). */
  peak: boolean;
  visitors: number;
  wait: NormShare;
  service: NormShare;
}

export const dailyShares = (facts: Facts, query: ReportQuery): DayPoint[] => {
  const byDay = <T extends { day: string }>(records: readonly T[]) => {
    const map = new Map<string, T[]>();
    for (const r of records) {
      const list = map.get(r.day);
      if (list) list.push(r);
      else map.set(r.day, [r]);
    }
    return map;
  };
  const visits = byDay(facts.visits.filter((v) => matchesQuery(v, query)));
  const waits = byDay(calledWaits(facts).filter((w) => matchesQuery(w, query)));
  const services = byDay(facts.services.filter((s) => matchesQuery(s, query)));
  const points: DayPoint[] = [];
  for (let day = query.from; day <= query.to; day = addDays(day, 1)) {
    points.push({
      day,
      peak: isPeakDay(facts, day),
      visitors: visits.get(day)?.length ?? 0,
      wait: withinNorm(waits.get(day) ?? []),
      service: withinNorm(services.get(day) ?? []),
    });
  }
  return points;
};
