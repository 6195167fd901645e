import { z } from 'zod';
import { feedbackKind, feedbackRating, feedbackText } from './command-schemas.js';

/**
 * What the page of one ticket on the visitor's phone shows (issue 18): the number, the topic, people
 * ahead, the expected time and, once called, the window. Nothing else: no name, no phone, no category of
 * out-of-turn service, no ticket id (the page is reached by its unguessable token only).
 */
export const visitViewSchema = z.object({
  office: z.string(),
  /** The office's time zone, for the expected time in the office's own clock. */
  timeZone: z.string(),
  number: z.string(),
  /** The language the visitor chose at the kiosk: the page opens in it. */
  language: z.enum(['ru', 'en']),
  topic: z.object({ title: z.string(), titleEn: z.string() }).nullable(),
  state: z.enum(['waiting', 'called', 'serving', 'postponed', 'done', 'noShow', 'cancelled']),
  /** People who will be called before this visitor; null when not waiting. */
  ahead: z.number().int().nullable(),
  /** When the forecast expects the call; null when not waiting or unknown. */
  expectedAt: z.number().nullable(),
  /** The window's label once called (or served). */
  window: z.string().nullable(),
  calledAt: z.number().nullable(),
  recalls: z.number().int(),
  /** Until when the visitor stepped out (or was postponed). */
  postponedUntil: z.number().nullable(),
  /** «Выйду ненадолго»: how many times are left and for how long at most (the office's rules). */
  stepOut: z.object({ left: z.number().int(), maxMin: z.number().int() }),
  /**
   * Feedback on the visit (issue 18): `open` once the visit ended served and while it may be rated,
   * `given` after the rating, `none` otherwise.
   */
  feedback: z.enum(['none', 'open', 'given']),
  serverTime: z.number(),
});
export type VisitView = z.infer<typeof visitViewSchema>;

export const visitFeedbackBodySchema = z.object({
  rating: feedbackRating,
  kind: feedbackKind.nullable().default(null),
  text: feedbackText.nullable().default(null),
});

export const stepOutBodySchema = z.object({ minutes: z.number().int().min(1).max(240) });
