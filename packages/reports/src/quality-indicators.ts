import type { SummaryFigures } from './build-report.js';
import { COMPLAINTS_LIMIT, type FeedbackFigure, SATISFIED_TARGET } from './feedback-figures.js';

/**
 * The quality indicators a standard names, as far as the queue's own data allows: 002's KPI card
 * (satisfaction, complaints) and 001 §12's four indicators. «Информативность» has no measure in the
 * queue's data: it is listed with `value: null` and says so, rather than a figure made up for it.
 */
export type QualityId =
  | 'satisfaction'
  | 'complaints'
  | 'availability'
  | 'informativeness'
  | 'execution'
  | 'feedbackResult';

export interface QualityLine {
  id: QualityId;
  /** A share 0…1, `null` when there is nothing to count or no measure. */
  value: number | null;
  /** How many records the share is of. */
  n: number;
  target: { bound: 'atLeast' | 'atMost'; share: number } | null;
  met: boolean | null;
}

const judged = (
  id: QualityId,
  value: number | null,
  n: number,
  target: QualityLine['target'],
): QualityLine => ({
  id,
  value,
  n,
  target,
  met:
    value === null || target === null
      ? null
      : target.bound === 'atLeast'
        ? value >= target.share
        : value <= target.share,
});

export const qualityIndicators = (summary: SummaryFigures, feedback: FeedbackFigure): QualityLine[] => [
  judged('satisfaction', feedback.satisfiedShare, feedback.given, {
    bound: 'atLeast',
    share: SATISFIED_TARGET,
  }),
  judged('complaints', feedback.complaintShare, feedback.served, {
    bound: 'atMost',
    share: COMPLAINTS_LIMIT,
  }),
  judged('availability', summary.wait.norm.share, summary.wait.norm.n, null),
  judged('informativeness', null, 0, null),
  judged('execution', summary.service.norm.share, summary.service.norm.n, null),
  judged('feedbackResult', feedback.responseShare, feedback.served, null),
];
