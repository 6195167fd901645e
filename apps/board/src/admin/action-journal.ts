/**
 * «Журнал действий»: the latest manual actions taken at this board, with who and why, and whether the
 * server accepted them. The authoritative record is the event log (every event carries its actor, and
 * the engine requires the reason where it matters, 001 §7.2.4); this short list lets the administrator
 * see at a glance what they did and what was refused, without a report.
 */
import { z } from 'zod';

export const JOURNAL_KEY = 'queue.board.journal';
export const JOURNAL_LIMIT = 30;

const entrySchema = z.object({
  at: z.number(),
  actor: z.string(),
  action: z.string(),
  target: z.string(),
  reason: z.string().nullable(),
  ok: z.boolean(),
  message: z.string().nullable(),
});

export type JournalEntry = z.infer<typeof entrySchema>;

export const addJournalEntry = (journal: readonly JournalEntry[], entry: JournalEntry): JournalEntry[] =>
  [entry, ...journal].slice(0, JOURNAL_LIMIT);

export const parseJournal = (raw: string | null): JournalEntry[] => {
  if (!raw) return [];
  try {
    const parsed = z.array(entrySchema).safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data.slice(0, JOURNAL_LIMIT) : [];
  } catch {
    return [];
  }
};
