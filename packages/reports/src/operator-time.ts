import type { Facts } from './facts.js';
import { type Grouped, groupFigure } from './grouping.js';
import type { Dimension, ReportQuery } from './report-query.js';

/**
 * An operator's time at an open window (the operator is whoever opened it, `window.opened.staffId`):
 * - service: a visitor called or being served at the window (call to finish, no-show, transfer or
 *   postponement), so calling and waiting for the visitor to come up count as work;
 * - pause: the window paused (with its reason, 004 and the console);
 * - idle: open and free within reception hours, or outside them while someone waited for the window.
 * Load = service ÷ (service + idle). Keys: the local day and hour, the window, the operator.
 */
export interface OperatorTimeFigure {
  serviceMs: number;
  pauseMs: number;
  idleMs: number;
  load: number | null;
}

export const operatorTime = (
  facts: Facts,
  query: ReportQuery,
  dimension: Dimension = query.groupBy,
): Grouped<OperatorTimeFigure> =>
  groupFigure(facts.windowTime, query, dimension, (records) => {
    let serviceMs = 0;
    let pauseMs = 0;
    let idleMs = 0;
    for (const r of records) {
      if (r.state === 'service') serviceMs += r.ms;
      else if (r.state === 'pause') pauseMs += r.ms;
      else if (r.inHours || r.queue) idleMs += r.ms;
    }
    const working = serviceMs + idleMs;
    return { serviceMs, pauseMs, idleMs, load: working === 0 ? null : serviceMs / working };
  });
