import type { PresetId } from '@queue/engine';
import type { DayProfile } from './day-profile.js';
import { loadScaleFor, simulateDay } from './day-simulation.js';
import { type DayStatistics, dayStatistics } from './day-statistics.js';
import type { PolicyId } from './ordering-policies.js';

/**
 * The comparison the issue asks for: each ordering, with and without the extra-staff rule, on the very
 * same visitors, for each preset and day profile. And the product's central claim, checked on it.
 */
export interface RunKey {
  day: string;
  preset: PresetId;
  policy: PolicyId;
  extraStaff: boolean;
  seed: number;
}

export interface RunResult extends RunKey {
  loadScale: number;
  stats: DayStatistics;
  unexpectedRefusals: Record<string, number>;
}

export interface ComparisonPlan {
  days: DayProfile[];
  presets: PresetId[];
  policies: PolicyId[];
  extraStaff: boolean[];
  seeds: number[];
}

export const runComparison = (plan: ComparisonPlan): RunResult[] => {
  const results: RunResult[] = [];
  for (const profile of plan.days) {
    for (const preset of plan.presets) {
      const loadScale = loadScaleFor(preset, profile);
      for (const seed of plan.seeds) {
        for (const extraStaff of plan.extraStaff) {
          for (const policy of plan.policies) {
            const outcome = simulateDay({ preset, profile, seed, policy, extraStaff, loadScale });
            results.push({
              day: profile.id,
              preset,
              policy,
              extraStaff,
              seed,
              loadScale,
              stats: dayStatistics(outcome),
              unexpectedRefusals: outcome.unexpectedRefusals,
            });
          }
        }
      }
    }
  }
  return results;
};

/** The targets for the meter-reading peak day. */
export const CLAIM = { p90GainAtLeast: 0.2, outOfTurnMaxMin: 5 } as const;

export interface ClaimCheck {
  day: string;
  preset: PresetId;
  seed: number;
  productP90: number;
  /** The best of the peers' orderings as they are (they have no extra-staff rule). */
  bestPeer: { policy: PolicyId; p90: number };
  /** The best peer given the product's extra-staff rule too: what the ordering alone contributes. */
  bestPeerWithRule: { policy: PolicyId; p90: number } | null;
  gain: number;
  gainOverPeerWithRule: number | null;
  outOfTurnMaxMin: number | null;
  holds: boolean;
}

const find = (results: RunResult[], key: Omit<RunKey, 'policy'>, policy: PolicyId, extraStaff: boolean) =>
  results.find(
    (r) =>
      r.day === key.day &&
      r.preset === key.preset &&
      r.seed === key.seed &&
      r.policy === policy &&
      r.extraStaff === extraStaff,
  );

const bestOf = (runs: (RunResult | undefined)[]) =>
  runs
    .filter((r): r is RunResult => r !== undefined)
    .reduce<RunResult | undefined>(
      (best, r) => (!best || r.stats.waitMin.p90 < best.stats.waitMin.p90 ? r : best),
      undefined,
    );

export const checkClaim = (results: RunResult[], day: string): ClaimCheck[] => {
  const checks: ClaimCheck[] = [];
  const keys = new Map<string, Omit<RunKey, 'policy'>>();
  for (const r of results) {
    if (r.day !== day) continue;
    keys.set(`${r.preset}|${r.seed}`, { day, preset: r.preset, seed: r.seed, extraStaff: true });
  }
  for (const key of keys.values()) {
    const product = find(results, key, 'pipeline', true);
    const peers = (['fifo', 'novosga', 'qsystem'] as const).map((p) => find(results, key, p, false));
    const peersWithRule = (['fifo', 'novosga', 'qsystem'] as const).map((p) => find(results, key, p, true));
    const peer = bestOf(peers);
    if (!product || !peer) continue;
    const peerWithRule = bestOf(peersWithRule);
    const productP90 = product.stats.waitMin.p90;
    const gain = peer.stats.waitMin.p90 === 0 ? 0 : 1 - productP90 / peer.stats.waitMin.p90;
    const outOfTurn = product.stats.outOfTurn.maxWaitMin;
    checks.push({
      day,
      preset: key.preset,
      seed: key.seed,
      productP90,
      bestPeer: { policy: peer.policy, p90: peer.stats.waitMin.p90 },
      bestPeerWithRule: peerWithRule
        ? { policy: peerWithRule.policy, p90: peerWithRule.stats.waitMin.p90 }
        : null,
      gain,
      gainOverPeerWithRule:
        peerWithRule && peerWithRule.stats.waitMin.p90 > 0
          ? 1 - productP90 / peerWithRule.stats.waitMin.p90
          : null,
      outOfTurnMaxMin: outOfTurn,
      holds: gain >= CLAIM.p90GainAtLeast && (outOfTurn === null || outOfTurn <= CLAIM.outOfTurnMaxMin),
    });
  }
  return checks;
};
