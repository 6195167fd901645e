/**
 * How many windows keep the wait norm: the M/G/c queue, by Erlang C with the Allen–Cunneen correction.
 *
 * Assumptions, stated because the plan is only as good as they are:
 * - within an hour, visitors arrive at random and independently (Poisson: the arrivals' coefficient of
 *   variation is 1), at that hour's average rate over the history's days of the same kind;
 * - the hour is treated as steady: a queue left over from the hour before is not carried in (a wave's
 *   tail is under-counted right after a peak; the plan's confidence is a margin against it);
 * - the windows counted serve one pool (the topics of one service group) first come, first served;
 * - a window is taken per visitor for the walk from the call and the service, with the spread of the
 *   office's own service times (their squared coefficient of variation, `scv`);
 * - the share waiting longer than t is P(wait > 0) · exp(−(c − a) · t / S · 2 / (1 + scv)): Erlang C's
 *   probability of waiting, and an exponential tail whose mean is M/M/c's scaled by (1 + scv) / 2.
 */

/** Erlang C: the probability that a visitor waits at all, with c windows and offered load a (erlangs). */
export const erlangC = (c: number, a: number): number => {
  if (a <= 0) return 0;
  if (c <= a) return 1;
  // Erlang B by its stable recursion, then C from B.
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  return b / (1 - (a / c) * (1 - b));
};

export interface ServiceLoad {
  /** Arrivals per hour. */
  perHour: number;
  /** Mean time a window is taken per visitor (walk + service), ms. */
  meanMs: number;
  /** Squared coefficient of variation of that time (1 for exponential). */
  scv: number;
}

/** The share of visitors who wait longer than `waitMs` with `c` windows. */
export const shareWaitingLonger = (c: number, load: ServiceLoad, waitMs: number): number => {
  const a = (load.perHour * load.meanMs) / 3_600_000;
  if (a <= 0) return 0;
  if (c <= a) return 1;
  return erlangC(c, a) * Math.exp(((-(c - a) * waitMs) / load.meanMs) * (2 / (1 + load.scv)));
};

/**
 * The fewest windows with which at least `confidence` of visitors are called within `normMs`; zero
 * when nobody comes. Capped at `most` (a hall has so many windows).
 */
export const windowsNeeded = (load: ServiceLoad, normMs: number, confidence: number, most = 50): number => {
  if (load.perHour <= 0 || load.meanMs <= 0) return 0;
  for (let c = 1; c <= most; c++) if (1 - shareWaitingLonger(c, load, normMs) >= confidence) return c;
  return most;
};
