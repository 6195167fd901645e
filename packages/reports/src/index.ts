export type * from './facts.js';
export { collectFacts, FACT_EVENT_TYPES, type CollectedFacts } from './collect-facts.js';
export { LocalClock } from './local-clock.js';
export { normsFor, type NormSource, type ResolvedNorms } from './norm-lookup.js';
export { type Labels, emptyLabels, learnLabels } from './labels.js';
export { durationStats, mean, type DurationStats } from './duration-stats.js';
export {
  DIMENSIONS,
  type Dimension,
  type ReportQuery,
  inPeriod,
  keyOf,
  matchesQuery,
} from './report-query.js';
export { groupFigure, type Grouped } from './grouping.js';
export { visitors } from './visits.js';
export { calledWaits, waitTimes, type TimeFigure } from './wait-times.js';
export { serviceTimes } from './service-times.js';
export { withinNorm, waitNormShares, serviceNormShares, type NormShare } from './norm-shares.js';
export { visitCap, type VisitCapFigure } from './visit-cap.js';
export { outcomes, type OutcomeCounts } from './outcomes.js';
export { priorityVisits, type PriorityFigure } from './priority-visits.js';
export {
  overloadEpisodes,
  episodesInQuery,
  episodesByReason,
  episodeDurationMs,
  summariseEpisodes,
  type EpisodeFigure,
} from './overload-episodes.js';
export { idleTime, type IdleFigure } from './idle-time.js';
export { operatorTime, type OperatorTimeFigure } from './operator-time.js';
export { compliance, type ComplianceLine } from './compliance.js';
export { complianceSentence, minutesText, type TextLocale } from './compliance-text.js';
export { hourlyProfile, type HourPoint } from './hourly-profile.js';
export { dailyShares, type DayPoint } from './daily-shares.js';
export { dayKinds, type DayKind, type DayKindFigure } from './day-kinds.js';
export { isPeakDay } from './peak-days.js';
export { waitDistribution, BIN_MIN, LAST_BIN_FROM_MIN, type WaitBin } from './wait-distribution.js';
export {
  buildReport,
  summaryOf,
  summaryTotalOf,
  officeOf,
  presetOf,
  labelOf,
  type Report,
  type Row,
  type Table,
  type SummaryFigures,
  type WindowTimeFigures,
} from './build-report.js';
export {
  reportTables,
  reportHeading,
  summaryCells,
  summaryColumns,
  minutes,
  percent,
  TABLE_IDS,
  SHEET_NAME_MAX,
  type TableId,
  type ReportTable,
  type ReportHeading,
  type Cell,
  type Column,
  type ColumnKind,
} from './report-tables.js';
export {
  companyReport,
  companyTables,
  companyHeading,
  mergeFacts,
  COMPANY_DIMENSIONS,
  type CompanyDimension,
  type CompanyQuery,
  type CompanyReport,
  type OfficeFacts,
} from './company-report.js';
export {
  feedbackFigures,
  feedbackList,
  SATISFIED_FROM,
  SATISFIED_TARGET,
  COMPLAINTS_LIMIT,
  type FeedbackFigure,
  type KindCounts,
} from './feedback-figures.js';
export { qualityIndicators, type QualityLine, type QualityId } from './quality-indicators.js';
