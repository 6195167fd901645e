import { type OfficeConfig, type OfficeEvent, type OfficeState, type PresetId, addDays } from '@queue/engine';
import { collectFacts } from '@queue/reports-engine';
import { dayKind, officeHistory, placeBreaks, planDay, windowGroup } from '@queue/staffing';
import type { DayProfile, Shift } from './day-profile.js';

/**
 * The staffing plan's breaks (the product's `plannedBreaks`): the office plans the day from its own
 * record, as the manager's screen does — four earlier days of the same kind (the same weekday, or
 * meter-reading days, as the preset counts them), simulated with other seeds and never the day being
 * judged — and moves each shift's break to the quietest hour the plan finds within the shift.
 */

export const HISTORY_DAYS = 4;
const HISTORY_SEED = 100_000;

type SimulateDay = (options: {
  preset: PresetId;
  profile: DayProfile;
  seed: number;
  config: OfficeConfig;
  initialState?: OfficeState;
}) => { eventLog: OfficeEvent[]; finalState: OfficeState };

const known = new Map<string, Map<string, Shift['breaks']>>();

/** Earlier dates of the same kind as the profile's, newest first, within eight weeks. */
export const historyDates = (profile: DayProfile, config: OfficeConfig): string[] => {
  const kind = dayKind(profile.date, config);
  const dates: string[] = [];
  for (let back = 1; back <= 56 && dates.length < HISTORY_DAYS; back++) {
    const date = addDays(profile.date, -back);
    if (dayKind(date, config) === kind) dates.push(date);
  }
  return dates;
};

export const plannedBreaks = (
  preset: PresetId,
  profile: DayProfile,
  config: OfficeConfig,
  simulate: SimulateDay,
): Map<string, Shift['breaks']> => {
  const key = `${preset}|${JSON.stringify(profile)}`;
  const cached = known.get(key);
  if (cached) return cached;
  // The days follow one another in one office, as its log does (ticket ids go on from day to day).
  const events: OfficeEvent[] = [];
  let state: OfficeState | undefined;
  for (const [i, date] of historyDates(profile, config).reverse().entries()) {
    const day = simulate({
      preset,
      profile: { ...profile, date },
      seed: HISTORY_SEED + i,
      config,
      initialState: state,
    });
    events.push(...day.eventLog);
    state = day.finalState;
  }
  const history = officeHistory(collectFacts(events, config), config);
  const plan = planDay(history, config, profile.date);
  const breaks = placeBreaks(
    plan,
    profile.roster.map((shift) => ({
      staffId: shift.staffId,
      groupId: windowGroup(config, shift.windowId) ?? 'specialist',
      from: shift.from,
      to: shift.to,
      breaks: shift.breaks,
    })),
  );
  known.set(key, breaks);
  return breaks;
};
