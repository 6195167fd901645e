import type { OfficeConfig } from '@queue/engine';
import type { CollectedFacts } from './collect-facts.js';
import { type ComplianceLine, compliance } from './compliance.js';
import { type DayPoint, dailyShares } from './daily-shares.js';
import { durationStats } from './duration-stats.js';
import type { EpisodeFact, Facts, FeedbackFact } from './facts.js';
import { type FeedbackFigure, feedbackFigures, feedbackList } from './feedback-figures.js';
import { type QualityLine, qualityIndicators } from './quality-indicators.js';
import type { Grouped } from './grouping.js';
import { type HourPoint, hourlyProfile } from './hourly-profile.js';
import { type IdleFigure, idleTime } from './idle-time.js';
import type { Labels } from './labels.js';
import { withinNorm } from './norm-shares.js';
import { type OperatorTimeFigure, operatorTime } from './operator-time.js';
import { type OutcomeCounts, outcomes } from './outcomes.js';
import {
  type EpisodeFigure,
  episodesByReason,
  episodesInQuery,
  overloadEpisodes,
} from './overload-episodes.js';
import { type DayKindFigure, dayKinds } from './day-kinds.js';
import { type PriorityFigure, priorityVisits } from './priority-visits.js';
import type { Dimension, ReportQuery } from './report-query.js';
import { serviceTimes } from './service-times.js';
import { type VisitCapFigure, visitCap } from './visit-cap.js';
import { visitors } from './visits.js';
import { type WaitBin, waitDistribution } from './wait-distribution.js';
import { type TimeFigure, waitTimes } from './wait-times.js';

/** One row of the main table: every per-visit figure for one group (or for all). */
export interface SummaryFigures {
  visitors: number;
  wait: TimeFigure;
  service: TimeFigure;
  visitCap: VisitCapFigure;
  outcomes: OutcomeCounts;
  priority: PriorityFigure;
}

export interface Row<F> {
  key: string;
  label: string;
  figures: F;
}

export interface Table<F> {
  dimension: Dimension;
  rows: Row<F>[];
  total: F;
}

export interface WindowTimeFigures {
  operator: OperatorTimeFigure;
  idle: IdleFigure;
}

export interface Report {
  query: ReportQuery;
  office: { id: string; name: string; timeZone: string };
  preset: {
    id: string;
    title: string;
    waitNormMin: number;
    serviceNormMin: number;
    visitCapMin: number | null;
  };
  /** The end of the data the report saw (the server's clock for a day still open). */
  until: number;
  labels: Labels;
  summary: Table<SummaryFigures>;
  compliance: ComplianceLine[];
  /** `total` of both reasons; `byReason` the count rule's (002 п.55) apart from the forecast's. */
  episodes: {
    total: EpisodeFigure;
    byReason: Record<EpisodeFact['reason'], EpisodeFigure>;
    list: EpisodeFact[];
  };
  /** Peak (meter-reading) days beside ordinary days. */
  dayKinds: DayKindFigure[];
  windowTime: Table<WindowTimeFigures>;
  hourly: HourPoint[];
  daily: DayPoint[];
  waitDistribution: WaitBin[];
  /**
   * The visitors' ratings (issue 18): by window and by topic, the quality indicators, and the ratings
   * with their texts — `texts` is `null` for whoever may not read them (only the manager may).
   */
  feedback: {
    byWindow: Table<FeedbackFigure>;
    byTopic: Table<FeedbackFigure>;
    quality: QualityLine[];
    texts: FeedbackFact[] | null;
  };
}

const NONE: Record<Dimension, string> = {
  topic: '—',
  window: 'Не вызван',
  operator: 'Не вызван',
  hour: '—',
  day: '—',
};

export const labelOf = (labels: Labels, dimension: Dimension, key: string): string => {
  if (key === '') return NONE[dimension];
  switch (dimension) {
    case 'topic':
      return labels.topics[key] ?? key;
    case 'window':
      return labels.windows[key] ?? key;
    case 'operator':
      return labels.staff[key] ?? key;
    case 'hour':
      return `${key}:00–${String(Number(key) + 1).padStart(2, '0')}:00`;
    case 'day':
      return `${key.slice(8, 10)}.${key.slice(5, 7)}.${key.slice(0, 4)}`;
  }
};

/** Rows in a stable order a person expects: hours and days in time order, names alphabetically, «—» last. */
const sortRows = <F>(rows: Row<F>[], dimension: Dimension): Row<F>[] =>
  rows.sort((a, b) => {
    if (a.key === '' || b.key === '') return a.key === '' ? 1 : -1;
    if (dimension === 'hour' || dimension === 'day') return a.key.localeCompare(b.key);
    return a.label.localeCompare(b.label, 'ru');
  });

const joinGroups = <F>(
  dimension: Dimension,
  labels: Labels,
  parts: Grouped<unknown>[],
  figuresOf: (key: string) => F,
  total: F,
): Table<F> => {
  const keys = new Set<string>();
  for (const part of parts) for (const key of part.groups.keys()) keys.add(key);
  const rows = [...keys].map((key) => ({
    key,
    label: labelOf(labels, dimension, key),
    figures: figuresOf(key),
  }));
  return { dimension, rows: sortRows(rows, dimension), total };
};

const NO_TIME: TimeFigure = { ...durationStats([]), norm: withinNorm([]) };
const NO_CAP: VisitCapFigure = {
  capped: 0,
  over: 0,
  withinShare: null,
  avgMs: null,
  maxMs: null,
  capMin: null,
};

/** Window time has no topic: grouped by topic, it is shown per window instead. */
const windowDimension = (dimension: Dimension): Dimension => (dimension === 'topic' ? 'window' : dimension);

const summaryParts = (facts: Facts, query: ReportQuery, dim: Dimension | null) => ({
  visitors: visitors(facts, query, dim),
  wait: waitTimes(facts, query, dim),
  service: serviceTimes(facts, query, dim),
  visitCap: visitCap(facts, query, dim),
  outcomes: outcomes(facts, query, dim),
  priority: priorityVisits(facts, query, dim),
});

type SummaryParts = ReturnType<typeof summaryParts>;

const totalOf = (parts: SummaryParts): SummaryFigures => ({
  visitors: parts.visitors.total,
  wait: parts.wait.total,
  service: parts.service.total,
  visitCap: parts.visitCap.total,
  outcomes: parts.outcomes.total,
  priority: parts.priority.total,
});

/**
 * The main table: every per-visit figure (visitors, waits, services, the visit cap, outcomes,
 * out-of-turn visitors) for each group of one dimension and for all together. The office's report and
 * the head office's company report (`company-report.ts`) both build their rows with it.
 */
export const summaryOf = (
  facts: Facts,
  labels: Labels,
  query: ReportQuery,
  dim: Dimension = query.groupBy,
): Table<SummaryFigures> => {
  const parts = summaryParts(facts, query, dim);
  const figuresOf = (key: string): SummaryFigures => ({
    visitors: parts.visitors.groups.get(key) ?? 0,
    wait: parts.wait.groups.get(key) ?? NO_TIME,
    service: parts.service.groups.get(key) ?? NO_TIME,
    visitCap: parts.visitCap.groups.get(key) ?? NO_CAP,
    outcomes: parts.outcomes.groups.get(key) ?? {
      noShow: 0,
      transfer: 0,
      postpone: 0,
      cancel: 0,
      dayEnded: 0,
    },
    priority: parts.priority.groups.get(key) ?? { visitors: 0, called: 0, avgWaitMs: null, maxWaitMs: null },
  });
  return joinGroups(dim, labels, Object.values(parts), figuresOf, totalOf(parts));
};

/** The main table's «Итого» alone: the same figures, without cutting them into groups. */
export const summaryTotalOf = (facts: Facts, query: ReportQuery): SummaryFigures =>
  totalOf(summaryParts(facts, query, null));

/** Every figure of the report for one query, from the facts of its period. */
export const buildReport = (facts: CollectedFacts, query: ReportQuery): Report => {
  const dim = query.groupBy;
  const summary = summaryOf(facts, facts.labels, query, dim);

  const wdim = windowDimension(dim);
  const operator = operatorTime(facts, query, wdim);
  const idle = idleTime(facts, query, wdim);
  const windowTime = joinGroups(
    wdim,
    facts.labels,
    [operator, idle],
    (key) => ({
      operator: operator.groups.get(key) ?? { serviceMs: 0, pauseMs: 0, idleMs: 0, load: null },
      idle: idle.groups.get(key) ?? { idleWhileWaitingMs: 0, idleMs: 0 },
    }),
    { operator: operator.total, idle: idle.total },
  );

  return {
    query,
    office: officeOf(facts.config),
    preset: presetOf(facts.config),
    until: facts.until,
    labels: facts.labels,
    summary,
    compliance: compliance(facts, query, facts.labels),
    episodes: {
      total: overloadEpisodes(facts, query, wdim).total,
      byReason: episodesByReason(facts, query),
      list: episodesInQuery(facts, query),
    },
    dayKinds: dayKinds(facts, query),
    windowTime,
    hourly: hourlyProfile(facts, query),
    daily: dailyShares(facts, query),
    waitDistribution: waitDistribution(facts, query),
    feedback: feedbackOf(facts, query, summary.total),
  };
};

const feedbackTable = (facts: CollectedFacts, query: ReportQuery, dimension: Dimension) => {
  const figures = feedbackFigures(facts, query, dimension);
  return joinGroups(
    dimension,
    facts.labels,
    [figures],
    (key) => figures.groups.get(key) ?? figures.total,
    figures.total,
  );
};

const feedbackOf = (
  facts: CollectedFacts,
  query: ReportQuery,
  summary: SummaryFigures,
): Report['feedback'] => {
  const total = feedbackFigures(facts, query, null).total;
  return {
    byWindow: feedbackTable(facts, query, 'window'),
    byTopic: feedbackTable(facts, query, 'topic'),
    quality: qualityIndicators(summary, total),
    texts: feedbackList(facts, query),
  };
};

export const officeOf = (config: OfficeConfig) => ({
  id: config.id,
  name: config.name,
  timeZone: config.timeZone,
});

export const presetOf = (config: OfficeConfig) => ({
  id: config.profile.id,
  title: config.profile.title,
  waitNormMin: config.profile.waitNormMin,
  serviceNormMin: config.profile.serviceNormMin,
  visitCapMin: config.profile.visitCapMin,
});
