import type { Decider } from './decision.js';
import type { FeedbackOpening, OfficeState } from './model.js';
import { MINUTE } from './norms.js';
import { ownValue } from './own-record.js';
import { refuse } from './refusal.js';

/** How long after a visit the visitor may still rate it from their phone (issue 18). */
export const FEEDBACK_OPEN_MS = 120 * MINUTE;
/** How long the screen by the window offers to rate the visit that ended there. */
export const FEEDBACK_AT_WINDOW_MS = 3 * MINUTE;
/** The longest text a visitor may add to a rating: a short note, not a written complaint. */
export const FEEDBACK_TEXT_MAX = 500;

/** The openings still within their time, plus the visit that has just ended served. */
export const openFeedback = (
  state: OfficeState,
  ticketId: string,
  opening: FeedbackOpening,
): Record<string, FeedbackOpening> => {
  const kept = Object.entries(state.feedbackOpen ?? {}).filter(
    ([, o]) => o.finishedAt > opening.finishedAt - FEEDBACK_OPEN_MS,
  );
  return { ...Object.fromEntries(kept), [ticketId]: opening };
};

/** The visit that ended at a window last, among those still open for feedback (rated or not). */
const lastAtWindow = (state: OfficeState, windowId: string): [string, FeedbackOpening] | null => {
  let latest: [string, FeedbackOpening] | null = null;
  for (const entry of Object.entries(state.feedbackOpen ?? {})) {
    if (entry[1].windowId !== windowId) continue;
    if (!latest || entry[1].finishedAt > latest[1].finishedAt) latest = entry;
  }
  return latest;
};

/**
 * When the visit a window's screen may still rate ended (the screen offers the rating for
 * `FEEDBACK_AT_WINDOW_MS` after it), or null once it is rated or there is none.
 */
export const windowFeedbackSince = (state: OfficeState, windowId: string): number | null => {
  const latest = lastAtWindow(state, windowId);
  return latest && !latest[1].given ? latest[1].finishedAt : null;
};

/** The visit a window's screen may rate: the one that ended there last, a short while ago, unrated. */
export const windowFeedbackTicket = (state: OfficeState, windowId: string, now: number): string | null => {
  const latest = lastAtWindow(state, windowId);
  if (!latest || latest[1].given || now - latest[1].finishedAt > FEEDBACK_AT_WINDOW_MS) return null;
  return latest[0];
};

/**
 * «Оцените, пожалуйста, обслуживание» (004 §6.7.11, 001 §10.4): a rating from 1 to 5 and, if the
 * visitor wishes, a kind and a short text, once per visit that ended served, never naming anyone.
 */
export const decideFeedback: Decider<'visit.feedback'> = (state, command, { now }) => {
  const { rating, kind } = command;
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) return refuse('feedback_invalid_rating');
  const text = command.text?.trim() || null;
  if (text && [...text].length > FEEDBACK_TEXT_MAX)
    return refuse('feedback_text_too_long', { maxChars: FEEDBACK_TEXT_MAX });
  const ticketId =
    command.ticketId ?? (command.windowId ? windowFeedbackTicket(state, command.windowId, now) : null);
  const opening = ticketId ? ownValue(state.feedbackOpen ?? {}, ticketId) : undefined;
  if (!ticketId || !opening || now - opening.finishedAt > FEEDBACK_OPEN_MS) return refuse('feedback_closed');
  if (opening.given) return refuse('feedback_given');
  return [
    {
      type: 'visit.feedbackGiven',
      ticketId,
      windowId: opening.windowId,
      serviceId: opening.serviceId,
      rating,
      kind,
      text,
      channel: command.ticketId ? 'phone' : 'window',
    },
  ];
};
