import type { Facts, OutcomeKind } from './facts.js';
import { type Grouped, groupFigure } from './grouping.js';
import type { Dimension, ReportQuery } from './report-query.js';

/**
 * What else happened to visits, each counted at the moment it happened:
 * - no-show: `ticket.noShow` (past the recall limit, or marked by the operator);
 * - transfer: `ticket.transferred` to another topic or window (000, 002: out of competence);
 * - postpone: `ticket.postponed` (the visitor stepped away);
 * - cancellation: `ticket.cancelled` by the administrator;
 * - not served, the day ended: `ticket.unserved` (outcome `dayEnded`), or a visitor a log of before
 *   the day's end carried over `day.closed`. Counted apart, never as a wait.
 * Keys: the event's local day and hour, the topic the visitor was at, the window and operator it
 * happened at (a cancellation happens in the queue, so it has neither).
 */
export type OutcomeCounts = Record<OutcomeKind, number>;

export const outcomes = (
  facts: Facts,
  query: ReportQuery,
  dimension: Dimension | null = query.groupBy,
): Grouped<OutcomeCounts> =>
  groupFigure(facts.outcomes, query, dimension, (records) => {
    const counts: OutcomeCounts = { noShow: 0, transfer: 0, postpone: 0, cancel: 0, dayEnded: 0 };
    for (const r of records) counts[r.kind]++;
    return counts;
  });
