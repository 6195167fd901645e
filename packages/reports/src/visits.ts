import type { Facts } from './facts.js';
import { type Grouped, groupFigure } from './grouping.js';
import type { Dimension, ReportQuery } from './report-query.js';

/**
 * Visitors: tickets issued in the period (one ticket = one visitor, whatever became of it). Keys: the
 * issue's local day and hour, the first topic chosen, and the window and operator of the first call
 * (`''` = never called).
 */
export const visitors = (
  facts: Facts,
  query: ReportQuery,
  dimension: Dimension | null = query.groupBy,
): Grouped<number> => groupFigure(facts.visits, query, dimension, (visits) => visits.length);
