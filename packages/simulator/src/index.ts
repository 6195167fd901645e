export { SeededRandom } from './seeded-random.js';
export {
  type DayProfile,
  type Shift,
  type ReserveSettings,
  dayProfileSchema,
  parseDayProfile,
  loadDayProfile,
  PROFILES_DIR,
  PROFILE_NAMES,
} from './day-profile.js';
export { simulationOffice } from './simulation-office.js';
export { type Visitor, drawVisitors, meanServiceMin, meanWindowMin } from './visitors.js';
export {
  type PolicyId,
  type Ordering,
  type TicketHistory,
  POLICY_IDS,
  POLICY_TITLES,
  PEER_ORDERINGS,
} from './ordering-policies.js';
export { type StaffingRule, type ProductFeatures, STAFFING_RULES, ALL_FEATURES } from './staffing-rule.js';
export type {
  DayOutcome,
  VisitRecord,
  Segment,
  EpisodeRecord,
  ReserveSession,
  WindowStretch,
  PoolingChange,
  CommandRecord,
} from './day-outcome.js';
export { type DayOptions, simulateDay, loadScaleFor } from './day-simulation.js';
export { waitingPerSpecialist } from './staffing-call.js';
export {
  type DayStatistics,
  type Distribution,
  dayStatistics,
  distribution,
  quantile,
  visitWaitMs,
} from './day-statistics.js';
export { type RunKey, type RunResult, type ComparisonPlan, runComparison } from './comparison.js';
export {
  type PeerId,
  type SeedClaim,
  type PresetClaim,
  type ClaimPlan,
  type Measure,
  PEERS,
  CLAIM_TARGETS,
  seedClaim,
  presetClaim,
  runClaim,
} from './claim.js';
export { type PooledFloor, pooledFloor } from './pooled-floor.js';
export {
  type PairedDifference,
  pairedDifference,
  normalQuantile,
  studentQuantile,
} from './paired-difference.js';
export {
  STAFFING_TITLES,
  dayTable,
  claimLines,
  claimDifferences,
  claimSeedTable,
  claimSummary,
  forecastTable,
} from './report-tables.js';
