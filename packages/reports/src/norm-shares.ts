import type { Facts } from './facts.js';
import { type Grouped, groupFigure } from './grouping.js';
import type { Dimension, ReportQuery } from './report-query.js';

/**
 * Share within the norm: of the waits (or services) that ended in a call (or a finish), the share whose
 * duration was at most the norm in force when it began: `ms ≤ normMin × 60 000`. The norm is the one of
 * its topic, its group or the preset (engine `waitNormMin`/`serviceNormMin`). `normMin` is the norm when
 * every record of the group shares one, `null` with a range (`normLowMin`–`normHighMin`) otherwise.
 */
export interface NormShare {
  n: number;
  within: number;
  share: number | null;
  normMin: number | null;
  normLowMin: number | null;
  normHighMin: number | null;
}

interface Measured {
  ms: number | null;
  normMin: number;
}

export const withinNorm = (records: readonly Measured[]): NormShare => {
  let n = 0;
  let within = 0;
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const r of records) {
    if (r.ms === null) continue;
    n++;
    if (r.ms <= r.normMin * 60_000) within++;
    low = Math.min(low, r.normMin);
    high = Math.max(high, r.normMin);
  }
  return {
    n,
    within,
    share: n === 0 ? null : within / n,
    normMin: n > 0 && low === high ? low : null,
    normLowMin: n === 0 ? null : low,
    normHighMin: n === 0 ? null : high,
  };
};

export const waitNormShares = (
  facts: Facts,
  query: ReportQuery,
  dimension: Dimension = query.groupBy,
): Grouped<NormShare> =>
  groupFigure(
    facts.waits.filter((w) => w.ms !== null),
    query,
    dimension,
    withinNorm,
  );

export const serviceNormShares = (
  facts: Facts,
  query: ReportQuery,
  dimension: Dimension = query.groupBy,
): Grouped<NormShare> => groupFigure(facts.services, query, dimension, withinNorm);
