import type { OfficeConfig } from '@queue/engine';
import type { Facts } from '@queue/reports-engine';
import { officeHistory } from './office-history.js';
import type { DayPlan } from './staffing-plan.js';

/**
 * The plan set against what happened on its day: per hour and group, the visitors expected and come,
 * the windows needed and staffed, and the share called within the norm.
 */

export interface HourReview {
  hour: number;
  groupId: string;
  expected: number;
  arrivals: number;
  planned: number;
  staffed: number;
  /** That hour's waits (by when they began) that ended in a call, and those called within the norm. */
  called: number;
  calledInNorm: number;
  /** `calledInNorm / called`; null when nobody was called. */
  withinNorm: number | null;
}

export const reviewDay = (plan: DayPlan, facts: Facts, config: OfficeConfig): HourReview[] => {
  const actual = officeHistory(facts, config);
  const within = new Map<string, { hits: number; of: number }>();
  for (const wait of facts.waits) {
    if (wait.day !== plan.date || wait.ms === null) continue;
    const key = `${wait.groupId}|${wait.hour}`;
    const entry = within.get(key) ?? { hits: 0, of: 0 };
    entry.of += 1;
    if (wait.ms <= wait.normMin * 60_000) entry.hits += 1;
    within.set(key, entry);
  }
  const rows = new Map<string, HourReview>();
  const row = (groupId: string, hour: number) => {
    const key = `${groupId}|${hour}`;
    let r = rows.get(key);
    if (!r) {
      const w = within.get(key);
      r = {
        hour,
        groupId,
        expected: 0,
        arrivals: 0,
        planned: 0,
        staffed: 0,
        called: w?.of ?? 0,
        calledInNorm: w?.hits ?? 0,
        withinNorm: w ? w.hits / w.of : null,
      };
      rows.set(key, r);
    }
    return r;
  };
  for (const h of plan.hours)
    Object.assign(row(h.groupId, h.hour), { expected: h.arrivals, planned: h.windows });
  for (const [groupId, group] of actual.groups) {
    for (const [hour, n] of group.arrivals.get(plan.date) ?? []) row(groupId, hour).arrivals = n;
    for (const [hour, n] of group.staffed.get(plan.date) ?? []) row(groupId, hour).staffed = n;
  }
  return [...rows.values()].sort((a, b) => a.hour - b.hour || a.groupId.localeCompare(b.groupId));
};
