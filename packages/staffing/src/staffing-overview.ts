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

export interface StaffingOverview {
  today: string;
  options: PlanOptions;
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
  return { today, options, plans: planDays(history, config, addDays(today, 1), ahead, options), reviews };
};
