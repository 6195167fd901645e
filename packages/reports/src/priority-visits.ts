import { durationStats } from './duration-stats.js';
import type { Facts } from './facts.js';
import { type Grouped, groupFigure } from './grouping.js';
import type { Dimension, ReportQuery } from './report-query.js';

/**
 * Out-of-turn visitors (004 §6.7.1: people with disabilities are served «вне очереди») and how long they
 * waited for their first call. The category itself never appears in a report, only that the visit was
 * out of turn. Keys as for visitors.
 */
export interface PriorityFigure {
  visitors: number;
  called: number;
  avgWaitMs: number | null;
  maxWaitMs: number | null;
}

export const priorityVisits = (
  facts: Facts,
  query: ReportQuery,
  dimension: Dimension | null = query.groupBy,
): Grouped<PriorityFigure> =>
  groupFigure(
    facts.visits.filter((v) => v.priority),
    query,
    dimension,
    (visits) => {
      const waits = durationStats(visits.flatMap((v) => (v.firstWaitMs === null ? [] : [v.firstWaitMs])));
      return { visitors: visits.length, called: waits.n, avgWaitMs: waits.avgMs, maxWaitMs: waits.maxMs };
    },
  );
