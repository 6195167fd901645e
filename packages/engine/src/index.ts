export * from './model.js';
export type * from './commands.js';
export type * from './events.js';
export * from './refusal.js';
export type { DecisionContext } from './decision.js';
export { apply, applyAll, initialState } from './apply.js';
export { decide, execute } from './decide.js';
export { stampEvents, type Execution } from './stamp.js';
export { reconcile } from './alarms.js';
export { doorAlarmKey } from './door-call.js';
export { turnDay } from './day.js';
export { workEndAt, hasDayEnded } from './day-end.js';
export {
  chooseNext,
  rankForWindow,
  routingKey,
  isEligible,
  currentServiceId,
  deadlineOf,
} from './routing.js';
export type { RoutingContext, RoutingWindow } from './routing.js';
export {
  forecast,
  expectedServiceMs,
  expectedWalkMs,
  projectForecast,
  routingContext,
  type Forecast,
  type TicketForecast,
} from './forecast.js';
export { waitNormMin, serviceNormMin, waitNormMs, serviceNormMs, MINUTE } from './norms.js';
export {
  localParts,
  localDate,
  zonedTimeToEpoch,
  isWithinReceptionHours,
  nextOpening,
  formatLocal,
  addDays,
  isValidTimeZone,
  hoursOn,
  minutesOf,
} from './office-time.js';
export { freeSlots, slotsOn } from './appointments.js';
export { DEFAULT_PHONE_PAGE, phonePageOf } from './step-out.js';
export {
  FEEDBACK_OPEN_MS,
  FEEDBACK_AT_WINDOW_MS,
  FEEDBACK_TEXT_MAX,
  windowFeedbackTicket,
  windowFeedbackSince,
} from './feedback.js';
export { configProblems } from './config-validation.js';
export * from './config-problem.js';
export { configInUseProblems } from './config-change.js';
export { windowsOpenableBy } from './window-assignment.js';
export { PRESETS, PRESET_IDS, isPresetId, type Preset } from './presets/presets.js';
export { CATALOGUE } from './presets/catalogue.js';
export { demoOffice, DEMO_STAFF, DEMO_PINS, WEEKDAY_HOURS, ALWAYS_OPEN } from './presets/demo-office.js';
export { newOffice, type NewOfficeOptions } from './presets/new-office.js';
export { FORECAST_OVERLOAD_KEY, overloadReasonOf, isPeakDate, hallGroupOf } from './overload.js';
export {
  poolingAdvice,
  WIDEN_GAIN_MIN,
  RESTORE_GAIN_MIN,
  HOLD_MIN,
  type PoolingAdvice,
} from './pooling.js';
export {
  adoptTemplate,
  templateChanges,
  type TemplateOffer,
  type TemplateChanges,
} from './config-template.js';
export { DEFAULT_NO_SHOW_AFTER_SEC, noShowAfterMs, noShowAllowedAt } from './no-show.js';
