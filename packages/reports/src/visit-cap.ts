import { durationStats } from './duration-stats.js';
import type { Facts } from './facts.js';
import { type Grouped, groupFigure } from './grouping.js';
import type { Dimension, ReportQuery } from './report-query.js';

/**
 * The visit cap of 002 п.58 Таблица 5: «Общее время обслуживания клиента — не более 30 мин.», a hard
 * maximum for the whole visit. Measured on served visits only (a visitor who left has no visit time):
 * from the issue of the ticket to the finish of its last topic. Over the cap = strictly longer than it.
 * Only visits issued while the preset had a cap count (`capped`).
 */
export interface VisitCapFigure {
  capped: number;
  over: number;
  /** Share of capped visits within the cap, `null` without any. */
  withinShare: number | null;
  avgMs: number | null;
  maxMs: number | null;
  capMin: number | null;
}

export const visitCap = (
  facts: Facts,
  query: ReportQuery,
  dimension: Dimension | null = query.groupBy,
): Grouped<VisitCapFigure> =>
  groupFigure(
    facts.visits.filter((v) => v.end === 'served' && v.visitCapMin !== null && v.visitMs !== null),
    query,
    dimension,
    (visits) => {
      const over = visits.filter((v) => v.visitMs! > v.visitCapMin! * 60_000).length;
      const stats = durationStats(visits.map((v) => v.visitMs!));
      const caps = new Set(visits.map((v) => v.visitCapMin));
      return {
        capped: visits.length,
        over,
        withinShare: visits.length === 0 ? null : (visits.length - over) / visits.length,
        avgMs: stats.avgMs,
        maxMs: stats.maxMs,
        capMin: caps.size === 1 ? [...caps][0]! : null,
      };
    },
  );
