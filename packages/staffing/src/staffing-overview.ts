import { type OfficeConfig, addDays } from '@queue/engine';
import type { Facts } from '@queue/reports-engine';
import { officeHistory } from './office-history.js';
import { type HourReview, reviewDay } from './plan-review.js';
import { type DayPlan, PLAN_DEFAULTS, type PlanOptions, planDay, planDays } from './staffing-plan.js';

/**
 * What the manager's screen shows: the plan for tomorrow and the six days after it, and, for each of
 * the last days up to today, the plan that was made for it (from the history before it) against what
 * happened (so far, for today).
 */

/** What the plan of each service group rests on: the office's own figures the formula is given. */
export interface GroupBasis {
  groupId: string;
  /** A window's time per visitor (the walk from the call, then the service), mean, ms. */
  meanMs: number;
  /** Its squared coefficient of variation (1: as spread as an exponential; 0: always the same). */
  scv: number;
  /** Services the time was measured on. */
  services: number;
  /** The group's wait norm, ms. */
  normMs: number;
}

export interface StaffingOverview {
  today: string;
  options: PlanOptions;
  groups: GroupBasis[];
  plans: DayPlan[];
  reviews: { plan: DayPlan; hours: HourReview[] }[];
}

export const staffingOverview = (
  facts: Facts,
  config: OfficeConfig,
  today: string,
  options: PlanOptions = PLAN_DEFAULTS,
  ahead = 7,
  back = 7,
): StaffingOverview => {
  const history = officeHistory(facts, config);
  const reviews: StaffingOverview['reviews'] = [];
  for (let i = back - 1; i >= 0; i--) {
    const date = addDays(today, -i);
    if (!history.days.includes(date)) continue;
    const plan = planDay(history, config, date, options);
    reviews.push({ plan, hours: reviewDay(plan, facts, config) });
  }
  const groups = [...history.groups]
    .map(([groupId, g]) => ({
      groupId,
      meanMs: g.meanMs,
      scv: g.scv,
      services: g.services,
      normMs: g.normMs,
    }))
    .sort((a, b) => a.groupId.localeCompare(b.groupId));
  return {
    today,
    options,
    groups,
    plans: planDays(history, config, addDays(today, 1), ahead, options),
    reviews,
  };
};
