import type { Facts } from './facts.js';
import { type Grouped, groupFigure } from './grouping.js';
import type { Dimension, ReportQuery } from './report-query.js';

/**
 * Windows idle while people waited for them (the live alarm `idleWhileQueue`, measured over a period):
 * the time a window was open, not paused, without a visitor, while at least one ticket it could call was
 * waiting — a topic it serves with a positive weight, or reserved for it. Counted whether or not it was
 * within reception hours: people waiting is work. Keys: the local day and hour, the window, its operator.
 */
export interface IdleFigure {
  idleWhileWaitingMs: number;
  /** All idle time within reception hours, with or without a queue, for comparison. */
  idleMs: number;
}

export const idleTime = (
  facts: Facts,
  query: ReportQuery,
  dimension: Dimension = query.groupBy,
): Grouped<IdleFigure> =>
  groupFigure(
    facts.windowTime.filter((t) => t.state === 'idle'),
    query,
    dimension,
    (records) => {
      let idleWhileWaitingMs = 0;
      let idleMs = 0;
      for (const r of records) {
        if (r.queue) idleWhileWaitingMs += r.ms;
        if (r.inHours || r.queue) idleMs += r.ms;
      }
      return { idleWhileWaitingMs, idleMs };
    },
  );
