import type { PresetId } from '@queue/engine';
import type { DayProfile } from './day-profile.js';
import { type DayOptions, loadScaleFor, simulateDay } from './day-simulation.js';
import { type DayStatistics, dayStatistics } from './day-statistics.js';
import type { PolicyId } from './ordering-policies.js';
import type { StaffingRule } from './staffing-rule.js';

/**
 * Each ordering under each staffing rule, on the very same visitors, for each preset and day profile:
 * the per-day tables of `npm run simulate`.
 */
export interface RunKey {
  day: string;
  preset: PresetId;
  policy: PolicyId;
  staffing: StaffingRule;
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
  staffing: StaffingRule[];
  seeds: number[];
  /** Passed to every day (the reserve's settings, the product's features). */
  options?: Pick<DayOptions, 'reserve' | 'features'>;
}

export const runComparison = (plan: ComparisonPlan): RunResult[] => {
  const results: RunResult[] = [];
  for (const profile of plan.days) {
    for (const preset of plan.presets) {
      const loadScale = loadScaleFor(preset, profile);
      for (const seed of plan.seeds) {
        for (const staffing of plan.staffing) {
          for (const policy of plan.policies) {
            const outcome = simulateDay({
              ...plan.options,
              preset,
              profile,
              seed,
              policy,
              staffing,
              loadScale,
            });
            results.push({
              day: profile.id,
              preset,
              policy,
              staffing,
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
