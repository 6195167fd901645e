import { z } from 'zod';

/**
 * One line of the office's journal of manual actions (`GET /api/journal`, docs/PROTOCOL.md «Journal»):
 * an event of the log that a member of staff decided, with who took it, what it did in both languages
 * and the reason given. Built by the server from the event log; the only visitor detail it carries is
 * the ticket number inside the text.
 */
export const journalEntrySchema = z.object({
  /** The event's sequence number: unique, and the order of the record. */
  seq: z.number().int(),
  at: z.number(),
  /** The event type (`ticket.transferred`, `window.opened`, …). */
  type: z.string(),
  staffId: z.string(),
  /** The full name from the office configuration; the id when the person is no longer in it. */
  staffName: z.string(),
  text: z.object({ ru: z.string(), en: z.string() }),
  reason: z.string().nullable(),
});

export type JournalEntry = z.infer<typeof journalEntrySchema>;

export const journalResponseSchema = z.object({
  /** The office-local day the entries belong to (YYYY-MM-DD). */
  day: z.string(),
  /** Newest first. */
  entries: z.array(journalEntrySchema),
  /** The day held more manual actions than the answer carries (the oldest were left out). */
  truncated: z.boolean(),
});

export type JournalResponse = z.infer<typeof journalResponseSchema>;
