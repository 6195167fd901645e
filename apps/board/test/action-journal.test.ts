import { describe, expect, it } from 'vitest';
import { addJournalEntry, JOURNAL_LIMIT, type JournalEntry, parseJournal } from '../src/admin/action-journal';

const entry = (n: number): JournalEntry => ({
  at: n,
  actor: 'Смирнова Ольга Петровна',
  action: 'Отмена талона',
  target: `талон П00${n}`,
  reason: 'Посетитель ушёл',
  ok: true,
  message: null,
});

describe('the action journal', () => {
  it('keeps the latest actions first, up to its limit', () => {
    let journal: JournalEntry[] = [];
    for (let n = 1; n <= JOURNAL_LIMIT + 5; n++) journal = addJournalEntry(journal, entry(n));
    expect(journal).toHaveLength(JOURNAL_LIMIT);
    expect(journal[0]?.at).toBe(JOURNAL_LIMIT + 5);
  });

  it('reads back what it stored and ignores anything else', () => {
    const stored = JSON.stringify([entry(2), entry(1)]);
    expect(parseJournal(stored)).toEqual([entry(2), entry(1)]);
    expect(parseJournal(null)).toEqual([]);
    expect(parseJournal('{oops')).toEqual([]);
    expect(parseJournal(JSON.stringify([{ at: 'yesterday' }]))).toEqual([]);
  });
});
