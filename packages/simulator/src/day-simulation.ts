import {
  MINUTE,
  type OfficeConfig,
  type OfficeState,
  type PresetId,
  initialState,
  zonedTimeToEpoch,
} from '@queue/engine';
import type { DayProfile, ReserveSettings, Shift } from './day-profile.js';
import type { DayOutcome, PoolingChange } from './day-outcome.js';
import { answerPriorityVisitors, applyPoolingAdvice } from './hall-administrator.js';
import { OfficeFloor } from './office-floor.js';
import { plannedBreaks } from './planned-breaks.js';
import { Operators } from './operators.js';
import type { PolicyId } from './ordering-policies.js';
import { ReserveTeam } from './reserve-team.js';
import { simulationOffice } from './simulation-office.js';
import { EpisodeBook, answerEngineCalls, runCountRuleByHand } from './staffing-call.js';
import { ALL_FEATURES, type ProductFeatures, type StaffingRule } from './staffing-rule.js';
import { VisitorFlow } from './visitor-flow.js';
import { type Visitor, drawVisitors, meanWindowMin } from './visitors.js';
import { WindowHours } from './window-hours.js';

/**
 * One office day on a simulated clock, driven through the real engine (`execute`): every ticket, call,
 * pause, transfer and overload episode is an engine command, checked and recorded by the engine exactly
 * as the server would. The simulator plays the people, one part each: the visitors (visitor-flow.ts),
 * the operators at their windows (operators.ts), the reserve (reserve-team.ts) called by the staffing
 * rule (staffing-call.ts), and the hall administrator (hall-administrator.ts).
 */

export interface DayOptions {
  preset: PresetId;
  profile: DayProfile;
  seed: number;
  policy: PolicyId;
  /** Who calls extra staff and what else the office does (staffing-rule.ts). */
  staffing: StaffingRule;
  /** With `staffing: 'product'`: which of its parts run (all by default). */
  features?: ProductFeatures;
  /** Overrides of the profile's reserve settings (how many, how fast). */
  reserve?: Partial<ReserveSettings>;
  /** Breaks the office takes instead of the roster's, by staff member (the staffing plan's advice). */
  breaks?: Map<string, Shift['breaks']>;
  /** Defaults to `simulationOffice(preset, profile)`. */
  config?: OfficeConfig;
  /** Defaults to the profile's visitors drawn with the seed (tests pass a hand-made day). */
  visitors?: Visitor[];
  /** Scale of the profile's arrivals; defaults to the same offered load as the default preset. */
  loadScale?: number;
  recordCommands?: boolean;
  /** Keep every event the engine produced (the server benchmark writes them as an office's history). */
  recordEvents?: boolean;
  /** Start from this state instead of a new office: days chain into a history. */
  initialState?: OfficeState;
}

/** The office's earlier days, from which the staffing plan is made, ran with the product's staffing as it was before the plan. */
const HISTORY_FEATURES: ProductFeatures = { pooling: true, plannedBreaks: false, priorityByForecast: true };

/** The run stops before the office day turns over at local midnight. */
const LAST_MINUTE = '23:55';

/**
 * Arrivals are scaled so that every preset's office gets the same offered load: the minutes a window
 * is taken per visitor (the walk from the call, the service, a transfer's second service, the wait for
 * a no-show) under this preset's norms, against the default preset's. The walk and the no-show wait are
 * not scaled themselves: crossing the hall takes as long under any standard.
 */
export const loadScaleFor = (preset: PresetId, profile: DayProfile): number =>
  meanWindowMin(simulationOffice('default', profile), profile) /
  meanWindowMin(simulationOffice(preset, profile), profile);

export const simulateDay = (options: DayOptions): DayOutcome => {
  const { profile, preset } = options;
  const config = options.config ?? simulationOffice(preset, profile);
  const visitors =
    options.visitors ??
    drawVisitors(config, profile, {
      seed: options.seed,
      loadScale: options.loadScale ?? loadScaleFor(preset, profile),
    });
  const at = (time: string) => zonedTimeToEpoch(profile.date, time, config.timeZone);
  const closeAt = at(profile.reception.close);
  const stopAt = at(LAST_MINUTE);
  const firstShift = Math.min(...profile.roster.map((s) => at(s.from)), at(profile.reception.open));

  const floor = new OfficeFloor({
    config,
    state: options.initialState ?? initialState(config),
    startAt: firstShift - 5 * MINUTE,
    recordCommands: options.recordCommands ?? false,
    recordEvents: options.recordEvents ?? false,
  });
  const hours = new WindowHours(floor);
  const episodes = new EpisodeBook(floor);
  const flow = new VisitorFlow(floor, profile, visitors);
  const operators = new Operators(floor, options.policy, flow, closeAt);
  const dayGoesOn = () => flow.pendingArrivals > 0 || floor.activeTickets() > 0 || floor.now < closeAt;

  const tick = () => {
    floor.exec({ type: 'clock.tick' }, { kind: 'system' });
    if (dayGoesOn()) floor.schedule(floor.now + MINUTE, tick);
  };
  floor.schedule(floor.now, tick);
  const features = options.staffing === 'product' ? (options.features ?? ALL_FEATURES) : null;
  const plan =
    options.breaks ??
    (features?.plannedBreaks
      ? plannedBreaks(preset, profile, config, (day) =>
          simulateDay({
            ...day,
            policy: 'pipeline',
            staffing: 'product',
            features: HISTORY_FEATURES,
            recordEvents: true,
          }),
        )
      : undefined);
  for (const shift of profile.roster) {
    const breaks = plan?.get(shift.staffId);
    operators.addShift(breaks ? { ...shift, breaks } : shift, at);
  }
  const reserveSettings = { ...profile.reserve, ...options.reserve };
  const team = new ReserveTeam(floor, operators, reserveSettings, at);
  if (options.staffing === 'product') answerEngineCalls(floor, team, episodes, reserveSettings);
  if (options.staffing === 'count-rule') {
    const threshold = config.profile.overload.threshold;
    runCountRuleByHand(floor, team, reserveSettings, threshold, at(reserveSettings.from), dayGoesOn);
  }
  if (profile.hallAdministrator) {
    answerPriorityVisitors(
      floor,
      operators,
      profile.hallAdministrator,
      features?.priorityByForecast ?? false,
    );
  }
  const pooling: PoolingChange[] = [];
  if (features?.pooling && profile.hallAdministrator) {
    applyPoolingAdvice(floor, profile.hallAdministrator, at(profile.reception.open), dayGoesOn, pooling);
  }
  flow.expectVisitors();

  floor.runUntil(stopAt, () => operators.settle());
  flow.markUnserved();
  return {
    preset,
    policy: options.policy,
    staffing: options.staffing,
    profileId: profile.id,
    visits: flow.records(),
    episodes: episodes.all(),
    reserve: team.records(),
    windows: hours.records(floor.now),
    pooling,
    unexpectedRefusals: floor.unexpected,
    commands: floor.commands,
    events: floor.events,
    endedAt: floor.now,
    finalState: floor.state,
    log: floor.log,
    eventLog: floor.eventLog,
  };
};
