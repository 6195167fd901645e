import type { PresetId } from '@queue/engine';
import type { DayProfile } from './day-profile.js';
import { type DayOptions, loadScaleFor, simulateDay } from './day-simulation.js';
import { type DayStatistics, dayStatistics } from './day-statistics.js';
import { type PairedDifference, pairedDifference } from './paired-difference.js';
import { type PooledFloor, pooledFloor } from './pooled-floor.js';
import type { PolicyId } from './ordering-policies.js';
import { simulationOffice } from './simulation-office.js';
import { drawVisitors } from './visitors.js';

/**
 * The product's claim, like for like (issue 20). On the same visitors of each seed:
 *
 * - each peer's ordering (FIFO per topic, NovoSGA, QSystem) with 002 п.55 run by hand: the hall
 *   administrator counts and phones the back office, the window opens `responseMin` (10) minutes later;
 * - the product with only what it does in an office: its own ordering, its calls for extra staff
 *   answered by the same reserve with the same delays, the board's pooling advice applied, breaks where
 *   the staffing plan puts them;
 * - the product's ordering with the peers' staffing rule, to tell the ordering's part from the
 *   staffing's;
 * - the pooled floor at the product's own staff-minutes (pooled-floor.ts).
 *
 * Every figure is reported per seed and as paired differences with 95 % confidence intervals; the
 * product must beat every peer on the same seed, never the best of them.
 */

export const PEERS = ['fifo', 'novosga', 'qsystem'] as const satisfies readonly PolicyId[];
export type PeerId = (typeof PEERS)[number];

/** The targets of issue 20, checked on every preset. */
export const CLAIM_TARGETS = {
  /** Seeds of 40 on which the product's p90 is below every peer's, with max and out-of-turn max no worse. */
  seedsOf40: 36,
  /** Product p90 ÷ pooled p90 at equal staff-minutes. */
  floorRatio: 1.3,
  /** The forecast's bias, minutes either way. */
  biasMin: 0.3,
} as const;

export interface SeedClaim {
  seed: number;
  product: DayStatistics;
  /** The product's ordering with the peers' staffing (002 п.55 by hand). */
  orderingAlone: DayStatistics;
  peers: Record<PeerId, DayStatistics>;
  floor: PooledFloor;
  p90BelowEveryPeer: boolean;
  maxNoWorse: boolean;
  outOfTurnNoWorse: boolean;
  /** The forecast's mean absolute error below the naive forecast's, on the product's day. */
  forecastBeatsNaive: boolean;
}

export type Measure = 'p90' | 'max' | 'withinNorm' | 'outOfTurnMax' | 'staffMinutes';

export interface PresetClaim {
  preset: PresetId;
  day: string;
  seeds: SeedClaim[];
  /** Product − peer, per measure, over the seeds. */
  versus: Record<PeerId | 'orderingAlone', Record<Measure, PairedDifference>>;
  /** The product's ordering − FIFO per topic, both with 002 п.55 by hand: what the ordering alone does. */
  orderingVsFifo: Record<Measure, PairedDifference>;
  /** Seeds where the p90 is below every peer's. */
  p90Wins: number;
  /** Seeds where the max wait is no worse than any peer's. */
  maxNoWorse: number;
  outOfTurnNoWorse: number;
  /** Seeds where all three hold at once: the target's count. */
  allHold: number;
  floor: { pooledP90: number; productP90: number; ratio: number };
  forecast: {
    beatsNaive: number;
    maeMin: number;
    naiveMaeMin: number;
    biasMin: number;
    /** The same engine's promise with the walk left out (before issue 14), on the same days. */
    withoutWalk: { maeMin: number; biasMin: number };
  };
}

const measure = (stats: DayStatistics, m: Measure): number => {
  switch (m) {
    case 'p90':
      return stats.waitMin.p90;
    case 'max':
      return stats.waitMin.max;
    case 'withinNorm':
      return stats.withinWaitNorm * 100;
    case 'outOfTurnMax':
      return stats.outOfTurn.maxWaitMin ?? 0;
    case 'staffMinutes':
      return stats.staffMinutes;
  }
};

const MEASURES: Measure[] = ['p90', 'max', 'withinNorm', 'outOfTurnMax', 'staffMinutes'];

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

export interface ClaimPlan {
  day: DayProfile;
  presets: PresetId[];
  seeds: number[];
  options?: Pick<DayOptions, 'reserve' | 'features'>;
}

export const seedClaim = (
  day: DayProfile,
  preset: PresetId,
  seed: number,
  options: ClaimPlan['options'] = {},
): SeedClaim => {
  const loadScale = loadScaleFor(preset, day);
  const visitors = drawVisitors(simulationOffice(preset, day), day, { seed, loadScale });
  const run = (policy: PolicyId, staffing: 'count-rule' | 'product') =>
    simulateDay({ ...options, preset, profile: day, seed, policy, staffing, visitors });
  const productDay = run('pipeline', 'product');
  const product = dayStatistics(productDay);
  const peers = Object.fromEntries(PEERS.map((p) => [p, dayStatistics(run(p, 'count-rule'))])) as Record<
    PeerId,
    DayStatistics
  >;
  const peerList = Object.values(peers);
  const outOfTurn = (s: DayStatistics) => s.outOfTurn.maxWaitMin ?? 0;
  const { maeMin } = product.forecast;
  return {
    seed,
    product,
    orderingAlone: dayStatistics(run('pipeline', 'count-rule')),
    peers,
    floor: pooledFloor(visitors, productDay.windows, day.noShowWaitMin),
    p90BelowEveryPeer: peerList.every((p) => product.waitMin.p90 < p.waitMin.p90),
    maxNoWorse: peerList.every((p) => product.waitMin.max <= p.waitMin.max),
    outOfTurnNoWorse: peerList.every((p) => outOfTurn(product) <= outOfTurn(p)),
    forecastBeatsNaive:
      maeMin !== null && product.forecast.naive.maeMin !== null && maeMin < product.forecast.naive.maeMin,
  };
};

export const presetClaim = (day: DayProfile, preset: PresetId, seeds: SeedClaim[]): PresetClaim => {
  const versusOf = (other: (s: SeedClaim) => DayStatistics, mine = (s: SeedClaim) => s.product) =>
    Object.fromEntries(
      MEASURES.map((m) => [
        m,
        pairedDifference(seeds.map((s) => measure(mine(s), m) - measure(other(s), m))),
      ]),
    ) as Record<Measure, PairedDifference>;
  const pooledP90 = mean(seeds.map((s) => s.floor.waitMin.p90));
  const productP90 = mean(seeds.map((s) => s.product.waitMin.p90));
  const forecasts = seeds.map((s) => s.product.forecast);
  return {
    preset,
    day: day.id,
    seeds,
    versus: {
      fifo: versusOf((s) => s.peers.fifo),
      novosga: versusOf((s) => s.peers.novosga),
      qsystem: versusOf((s) => s.peers.qsystem),
      orderingAlone: versusOf((s) => s.orderingAlone),
    },
    orderingVsFifo: versusOf(
      (s) => s.peers.fifo,
      (s) => s.orderingAlone,
    ),
    p90Wins: seeds.filter((s) => s.p90BelowEveryPeer).length,
    maxNoWorse: seeds.filter((s) => s.maxNoWorse).length,
    outOfTurnNoWorse: seeds.filter((s) => s.outOfTurnNoWorse).length,
    allHold: seeds.filter((s) => s.p90BelowEveryPeer && s.maxNoWorse && s.outOfTurnNoWorse).length,
    floor: { pooledP90, productP90, ratio: pooledP90 === 0 ? Number.NaN : productP90 / pooledP90 },
    forecast: {
      beatsNaive: seeds.filter((s) => s.forecastBeatsNaive).length,
      maeMin: mean(forecasts.map((f) => f.maeMin ?? 0)),
      naiveMaeMin: mean(forecasts.map((f) => f.naive.maeMin ?? 0)),
      biasMin: mean(forecasts.map((f) => f.biasMin ?? 0)),
      withoutWalk: {
        maeMin: mean(forecasts.map((f) => f.withoutWalk.maeMin ?? 0)),
        biasMin: mean(forecasts.map((f) => f.withoutWalk.biasMin ?? 0)),
      },
    },
  };
};

export const runClaim = (plan: ClaimPlan): PresetClaim[] =>
  plan.presets.map((preset) =>
    presetClaim(
      plan.day,
      preset,
      plan.seeds.map((seed) => seedClaim(plan.day, preset, seed, plan.options)),
    ),
  );
