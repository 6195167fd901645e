import { type DurationStats, durationStats } from './duration-stats.js';
import type { Facts, WaitFact } from './facts.js';
import { type Grouped, groupFigure } from './grouping.js';
import { type NormShare, withinNorm } from './norm-shares.js';
import type { Dimension, ReportQuery } from './report-query.js';

export interface TimeFigure extends DurationStats {
  norm: NormShare;
}

/**
 * Wait: from the start of a wait (issue; or a transfer, a return after a postponement, the finish of the
 * previous topic of a multi-topic visit) to the call (`ticket.called`). Only waits that ended in a call
 * count: a cancelled or still waiting ticket has no wait time yet. Keys: the start's local day and hour,
 * the topic waited for, the window and operator that called.
 */
export const calledWaits = (facts: Facts): WaitFact[] => facts.waits.filter((w) => w.ms !== null);

export const waitTimes = (
  facts: Facts,
  query: ReportQuery,
  dimension: Dimension | null = query.groupBy,
): Grouped<TimeFigure> =>
  groupFigure(calledWaits(facts), query, dimension, (waits) => ({
    ...durationStats(waits.map((w) => w.ms ?? 0)),
    norm: withinNorm(waits),
  }));
