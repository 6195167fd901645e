import { type OfficeConfig, addDays } from '@queue/engine';
import { type DayKind, type OfficeHistory, dayKind } from './office-history.js';
import { windowsNeeded } from './queueing.js';

/**
 * The staffing plan for a day: from the office's own history of days of the same kind (the same
 * weekday, or meter-reading days), how many windows of each service group are needed each hour to call
 * `confidence` of the visitors within the wait norm (queueing.ts, with its assumptions), and the hours
 * quiet enough for breaks.
 */

export interface PlanOptions {
  /** The share of visitors to be called within the wait norm. */
  confidence: number;
  /** How far back the history reaches, in weeks. */
  weeks: number;
}

export const PLAN_DEFAULTS: PlanOptions = { confidence: 0.9, weeks: 8 };

export interface HourPlan {
  hour: number;
  groupId: string;
  /** Visitors expected at the group's queue in the hour (the mean of the basis days). */
  arrivals: number;
  /** Windows needed to call `confidence` of them within the norm. */
  windows: number;
  /** Windows of the group staffed in that hour on the basis days, on average. */
  staffed: number;
}

export interface DayPlan {
  date: string;
  kind: DayKind;
  /** The history days the plan rests on. */
  basis: string[];
  /** No day of the same kind in the history: every recent day was used instead. */
  fallback: boolean;
  confidence: number;
  hours: HourPlan[];
  /** Per group, the hours where a break costs least, quietest first (never an hour of the day's peak). */
  breakHours: Record<string, number[]>;
}

const mean = (values: number[]) =>
  values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;

export const planDay = (
  history: OfficeHistory,
  config: OfficeConfig,
  date: string,
  options: PlanOptions = PLAN_DEFAULTS,
): DayPlan => {
  const kind = dayKind(date, config);
  const since = addDays(date, -7 * options.weeks);
  const recent = history.days.filter((d) => d < date && d >= since);
  const sameKind = recent.filter((d) => dayKind(d, config) === kind);
  const basis = sameKind.length > 0 ? sameKind : recent;
  const hours: HourPlan[] = [];
  const breakHours: Record<string, number[]> = {};
  for (const [groupId, group] of history.groups) {
    const seen = new Set<number>();
    for (const day of basis) for (const hour of group.arrivals.get(day)?.keys() ?? []) seen.add(hour);
    const mine: HourPlan[] = [...seen]
      .sort((a, b) => a - b)
      .map((hour) => {
        const arrivals = mean(basis.map((day) => group.arrivals.get(day)?.get(hour) ?? 0));
        return {
          hour,
          groupId,
          arrivals,
          windows: windowsNeeded(
            { perHour: arrivals, meanMs: group.meanMs, scv: group.scv },
            group.normMs,
            options.confidence,
          ),
          staffed: mean(basis.map((day) => group.staffed.get(day)?.get(hour) ?? 0)),
        };
      });
    hours.push(...mine);
    const peak = Math.max(0, ...mine.map((h) => h.windows));
    breakHours[groupId] = mine
      .filter((h) => h.windows < peak)
      .sort((a, b) => a.windows - b.windows || a.arrivals - b.arrivals || a.hour - b.hour)
      .map((h) => h.hour);
  }
  return {
    date,
    kind,
    basis,
    fallback: sameKind.length === 0 && basis.length > 0,
    confidence: options.confidence,
    hours: hours.sort((a, b) => a.hour - b.hour || a.groupId.localeCompare(b.groupId)),
    breakHours,
  };
};

/** Tomorrow and the six days after it, or any run of days. */
export const planDays = (
  history: OfficeHistory,
  config: OfficeConfig,
  from: string,
  count: number,
  options: PlanOptions = PLAN_DEFAULTS,
): DayPlan[] => Array.from({ length: count }, (_, i) => planDay(history, config, addDays(from, i), options));
