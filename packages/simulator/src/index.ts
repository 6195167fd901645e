export { SeededRandom } from './seeded-random.js';
export {
  type DayProfile,
  type Shift,
  dayProfileSchema,
  parseDayProfile,
  loadDayProfile,
  PROFILES_DIR,
  PROFILE_NAMES,
} from './day-profile.js';
export { simulationOffice } from './simulation-office.js';
export { type Visitor, drawVisitors, meanServiceMin } from './visitors.js';
export {
  type PolicyId,
  type Ordering,
  type TicketHistory,
  POLICY_IDS,
  POLICY_TITLES,
  PEER_ORDERINGS,
} from './ordering-policies.js';
export {
  type DayOptions,
  type DayOutcome,
  type VisitRecord,
  type Segment,
  type EpisodeRecord,
  type ReserveSession,
  type CommandRecord,
  DaySimulation,
  simulateDay,
  loadScaleFor,
} from './day-simulation.js';
export {
  type DayStatistics,
  type Distribution,
  dayStatistics,
  distribution,
  quantile,
  visitWaitMs,
} from './day-statistics.js';
export {
  type RunKey,
  type RunResult,
  type ComparisonPlan,
  type ClaimCheck,
  CLAIM,
  runComparison,
  checkClaim,
} from './comparison.js';
export { dayTable, claimTable, claimSummary } from './report-tables.js';
