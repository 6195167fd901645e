export { erlangC, shareWaitingLonger, windowsNeeded, type ServiceLoad } from './queueing.js';
export {
  type DayKind,
  type GroupHistory,
  type OfficeHistory,
  dayKind,
  officeHistory,
  windowGroup,
} from './office-history.js';
export {
  type PlanOptions,
  type HourPlan,
  type DayPlan,
  PLAN_DEFAULTS,
  planDay,
  planDays,
} from './staffing-plan.js';
export { type ShiftBreaks, placeBreaks } from './break-placement.js';
export { type HourReview, reviewDay } from './plan-review.js';
export { type GroupBasis, type StaffingOverview, staffingOverview } from './staffing-overview.js';
export {
  type StaffingTable,
  type StaffingTableId,
  type StaffingWord,
  STAFFING_TABLE_IDS,
  STAFFING_WORDS,
  chosenReview,
  dayTitle,
  staffingHeading,
  staffingTables,
} from './staffing-tables.js';
