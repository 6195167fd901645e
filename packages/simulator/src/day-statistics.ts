import { MINUTE } from '@queue/engine';
import type { DayOutcome, VisitRecord } from './day-outcome.js';

/**
 * What a day's record says, in the terms the standards use (REGULATIONS §1: norms are averages and
 * shares over a period). A visit's wait is all its time waiting to be called: from the ticket to the
 * first call, plus, after a transfer, from the transfer to the next call. Visitors who left before
 * their call (no-shows) have no wait: nobody knows when they left. A visitor still waiting when the
 * run stopped (which the simulation must never leave) counts with the wait up to then, never dropped.
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
  /** Minutes windows were open (breaks included): the day's staffing, the roster's and the reserve's. */
  staffMinutes: number;
  /** Windows whose topics the hall administrator widened on the board's advice, and gave back. */
  poolingChanges: number;
  forecast: ForecastError & {
    promised: number;
    /** The same visitors' promise from a plain queue system (people ahead × mean service ÷ windows). */
    naive: ForecastError;
    /** The same visitors' promise from the same engine with the walk left out (before issue 14). */
    withoutWalk: ForecastError;
  };
}

export interface ForecastError {
  /** Mean absolute error of the expected wait printed at the kiosk against the first call, minutes. */
  maeMin: number | null;
  /** Mean of (real − promised): positive = people waited longer than promised. */
  biasMin: number | null;
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

/**
 * Total wait of a visit, in ms: null for no-shows; a visit still waiting when the run stopped at
 * `endedAt` counts up to then.
 */
export const visitWaitMs = (visit: VisitRecord, endedAt = Number.NaN): number | null => {
  if (visit.left) return null;
  let total = 0;
  for (const segment of visit.segments) {
    const until = segment.calledAt ?? endedAt;
    if (Number.isNaN(until)) return null;
    total += until - segment.waitFrom;
  }
  return total;
};

const share = (hits: number, of: number) => (of === 0 ? 1 : hits / of);

const forecastError = (errors: number[]): ForecastError => ({
  maeMin:
    errors.length === 0 ? null : errors.reduce((sum, e) => sum + Math.abs(e), 0) / errors.length / MINUTE,
  biasMin: errors.length === 0 ? null : errors.reduce((sum, e) => sum + e, 0) / errors.length / MINUTE,
});

export const dayStatistics = (outcome: DayOutcome): DayStatistics => {
  const waitOf = (v: VisitRecord) => visitWaitMs(v, outcome.endedAt);
  const waited = outcome.visits.filter((v) => waitOf(v) !== null);
  const waits = waited.map((v) => waitOf(v)!);
  const services = outcome.visits.flatMap((v) =>
    v.segments.filter((s) => s.startedAt !== null && s.finishedAt !== null),
  );
  const outOfTurnWaits = waited.filter((v) => v.visitor.priority !== null).map((v) => waitOf(v)!);
  // Every promise is compared on the same visitors: those who were promised each and were called.
  const promised = outcome.visits.filter(
    (v) =>
      v.promisedWaitMs !== null &&
      v.naiveWaitMs !== null &&
      v.walklessWaitMs !== null &&
      !v.left &&
      v.segments[0]?.calledAt != null,
  );
  const waitedFirst = (v: VisitRecord) => v.segments[0]!.calledAt! - v.issuedAt;
  return {
    visitors: outcome.visits.length,
    served: waited.length - outcome.visits.filter((v) => v.unserved).length,
    noShows: outcome.visits.filter((v) => v.left).length,
    transfers: outcome.visits.filter((v) => v.segments.length > 1).length,
    unserved: outcome.visits.filter((v) => v.unserved).length,
    waitMin: scale(distribution(waits)),
    withinWaitNorm: share(
      waited.filter((v) => waitOf(v)! <= v.segments[0]!.waitNormMs).length,
      waited.length,
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
    staffMinutes: outcome.windows.reduce((sum, w) => sum + (w.to - w.from), 0) / MINUTE,
    poolingChanges: outcome.pooling.length,
    forecast: {
      ...forecastError(promised.map((v) => waitedFirst(v) - v.promisedWaitMs!)),
      promised: promised.length,
      naive: forecastError(promised.map((v) => waitedFirst(v) - v.naiveWaitMs!)),
      withoutWalk: forecastError(promised.map((v) => waitedFirst(v) - v.walklessWaitMs!)),
    },
  };
};

const scale = (d: Distribution): Distribution => ({
  mean: d.mean / MINUTE,
  median: d.median / MINUTE,
  p90: d.p90 / MINUTE,
  max: d.max / MINUTE,
});
