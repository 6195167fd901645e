import { durationStats } from './duration-stats.js';
import type { Facts } from './facts.js';
import { type Grouped, groupFigure } from './grouping.js';
import { withinNorm } from './norm-shares.js';
import type { Dimension, ReportQuery } from './report-query.js';
import type { TimeFigure } from './wait-times.js';

/**
 * Service: from the start (`ticket.started`) to the finish (`ticket.finished`) of one topic, as the
 * finish event records it (`durationMs`). A service cut short by a transfer or a postponement is not a
 * finished service and does not count here (its time counts in the operator's service time). Keys: the
 * start's local day and hour, the topic, the window, and the operator who called the visitor.
 */
export const serviceTimes = (
  facts: Facts,
  query: ReportQuery,
  dimension: Dimension | null = query.groupBy,
): Grouped<TimeFigure> =>
  groupFigure(facts.services, query, dimension, (services) => ({
    ...durationStats(services.map((s) => s.ms)),
    norm: withinNorm(services),
  }));
