import { MINUTE } from '@queue/engine';
import type { DayOutcome, VisitRecord } from './day-simulation.js';

/**
 * What a day's record says, in the terms the standards use (REGULATIONS §1: norms are averages and
 * shares over a period). A visit's wait is all its time waiting to be called: from the ticket to the
 * first call, plus, after a transfer, from the transfer to the next call. Visitors who left before
 * their call (no-shows) have no wait: nobody knows when they left.
 */
export interface DayStatistics {
  visitors: number;
  served: number;
  noShows: number;
  transfers: number;
  unserved: number;
  waitMin: Distribution;
  /** Share of served visits whose wait stayed within the wait norm of their first topic. */
  withinWaitNorm: number;
  serviceMin: { mean: number };
  /** Share of services (each topic of a visit) within that topic's service norm. */
  withinServiceNorm: number;
  outOfTurn: { visitors: number; maxWaitMin: number | null };
  overload: { episodes: number; answered: number; staffMinutes: number };
  forecast: {
    /** Mean absolute error of the expected wait printed at the kiosk against the first call, minutes. */
    maeMin: number | null;
    /** Mean of (real − promised): positive = people waited longer than promised. */
    biasMin: number | null;
    promised: number;
  };
}

export interface Distribution {
  mean: number;
  median: number;
  p90: number;
  max: number;
}

/** The value below which `q` of the sorted values lie (nearest rank, as reports count people). */
export const quantile = (sorted: readonly number[], q: number): number => {
  if (sorted.length === 0) return 0;
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1]!;
};

export const distribution = (values: readonly number[]): Distribution => {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.length === 0 ? 0 : sorted.reduce((a, b) => a + b, 0) / sorted.length;
  return {
    mean,
    median: quantile(sorted, 0.5),
    p90: quantile(sorted, 0.9),
    max: sorted.at(-1) ?? 0,
  };
};

/** Total wait of a visit that was served, in ms; null for no-shows and visits not finished. */
export const visitWaitMs = (visit: VisitRecord): number | null => {
  if (visit.left || visit.unserved) return null;
  let total = 0;
  for (const segment of visit.segments) {
    if (segment.calledAt === null) return null;
    total += segment.calledAt - segment.waitFrom;
  }
  return total;
};

const share = (hits: number, of: number) => (of === 0 ? 1 : hits / of);

export const dayStatistics = (outcome: DayOutcome): DayStatistics => {
  const served = outcome.visits.filter((v) => visitWaitMs(v) !== null);
  const waits = served.map((v) => visitWaitMs(v)!);
  const services = outcome.visits.flatMap((v) =>
    v.segments.filter((s) => s.startedAt !== null && s.finishedAt !== null),
  );
  const outOfTurnWaits = served.filter((v) => v.visitor.priority !== null).map((v) => visitWaitMs(v)!);
  const promised = outcome.visits.filter(
    (v) => v.promisedWaitMs !== null && !v.left && v.segments[0]?.calledAt != null,
  );
  const errors = promised.map((v) => v.segments[0]!.calledAt! - v.issuedAt - v.promisedWaitMs!);
  return {
    visitors: outcome.visits.length,
    served: served.length,
    noShows: outcome.visits.filter((v) => v.left).length,
    transfers: outcome.visits.filter((v) => v.segments.length > 1).length,
    unserved: outcome.visits.filter((v) => v.unserved).length,
    waitMin: scale(distribution(waits)),
    withinWaitNorm: share(
      served.filter((v) => visitWaitMs(v)! <= v.segments[0]!.waitNormMs).length,
      served.length,
    ),
    serviceMin: {
      mean:
        services.length === 0
          ? 0
          : services.reduce((sum, s) => sum + (s.finishedAt! - s.startedAt!), 0) / services.length / MINUTE,
    },
    withinServiceNorm: share(
      services.filter((s) => s.finishedAt! - s.startedAt! <= s.serviceNormMs).length,
      services.length,
    ),
    outOfTurn: {
      visitors: outcome.visits.filter((v) => v.visitor.priority !== null).length,
      maxWaitMin: outOfTurnWaits.length === 0 ? null : Math.max(...outOfTurnWaits) / MINUTE,
    },
    overload: {
      episodes: outcome.episodes.length,
      answered: outcome.episodes.filter((e) => e.answers > 0).length,
      staffMinutes: outcome.reserve.reduce((sum, r) => sum + (r.closedAt - r.openedAt), 0) / MINUTE,
    },
    forecast: {
      maeMin:
        errors.length === 0 ? null : errors.reduce((sum, e) => sum + Math.abs(e), 0) / errors.length / MINUTE,
      biasMin: errors.length === 0 ? null : errors.reduce((sum, e) => sum + e, 0) / errors.length / MINUTE,
      promised: promised.length,
    },
  };
};

const scale = (d: Distribution): Distribution => ({
  mean: d.mean / MINUTE,
  median: d.median / MINUTE,
  p90: d.p90 / MINUTE,
  max: d.max / MINUTE,
});
