import type { FeedbackKind } from '@queue/engine';
import type { Facts, FeedbackFact } from './facts.js';
import { type Grouped, groupFigure } from './grouping.js';
import { type Dimension, type ReportQuery, matchesQuery } from './report-query.js';

/** A rating of 4 or 5 of 5 counts as «satisfied» (002's KPI card: at least 85 % a year). */
export const SATISFIED_FROM = 4;
/** 002's KPI card: satisfied at least 85 % a year; complaints at most 2 % of visits a quarter. */
export const SATISFIED_TARGET = 0.85;
export const COMPLAINTS_LIMIT = 0.02;

export type KindCounts = Record<FeedbackKind | 'none', number>;

/** Feedback of one group: how many rated, how, and of which kind, against the visits served. */
export interface FeedbackFigure {
  /** Visits that ended served (keys of the visit: issue, first topic, first window). */
  served: number;
  given: number;
  avgRating: number | null;
  satisfied: number;
  /** satisfied ÷ given. */
  satisfiedShare: number | null;
  kinds: KindCounts;
  /** Complaints ÷ visits served. */
  complaintShare: number | null;
  /** given ÷ visits served: how many visitors answered. */
  responseShare: number | null;
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

const kindsOf = (feedback: readonly FeedbackFact[]): KindCounts => {
  const kinds: KindCounts = { thanks: 0, complaint: 0, suggestion: 0, review: 0, none: 0 };
  for (const f of feedback) kinds[f.kind ?? 'none'] += 1;
  return kinds;
};

const figureOf = (feedback: readonly FeedbackFact[], served: number): FeedbackFigure => {
  const given = feedback.length;
  const satisfied = feedback.filter((f) => f.rating >= SATISFIED_FROM).length;
  const kinds = kindsOf(feedback);
  return {
    served,
    given,
    avgRating: given === 0 ? null : feedback.reduce((sum, f) => sum + f.rating, 0) / given,
    satisfied,
    satisfiedShare: share(satisfied, given),
    kinds,
    complaintShare: share(kinds.complaint, served),
    responseShare: share(given, served),
  };
};

/**
 * Feedback by one dimension (topic or window; a rating has no operator) and in all: the ratings given
 * in the period, against the visits served in it.
 */
export const feedbackFigures = (
  facts: Facts,
  query: ReportQuery,
  dimension: Dimension | null,
): Grouped<FeedbackFigure> => {
  const served = groupFigure(
    facts.visits.filter((v) => v.end === 'served'),
    query,
    dimension,
    (visits) => visits.length,
  );
  const given = groupFigure(facts.feedback ?? [], query, dimension, (f) => f);
  const groups = new Map<string, FeedbackFigure>();
  for (const key of new Set([...served.groups.keys(), ...given.groups.keys()])) {
    groups.set(key, figureOf(given.groups.get(key) ?? [], served.groups.get(key) ?? 0));
  }
  return { groups, total: figureOf(given.total, served.total) };
};

/** The ratings of the period with their texts, newest first, for the manager's reading. */
export const feedbackList = (facts: Facts, query: ReportQuery): FeedbackFact[] =>
  (facts.feedback ?? []).filter((f) => matchesQuery(f, query)).sort((a, b) => b.at - a.at);
