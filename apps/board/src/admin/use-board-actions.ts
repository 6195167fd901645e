/**
 * Sends the administrator's commands and keeps the short journal of what was done, by whom and why.
 * The engine and the server check every command again; a refusal comes back with a plain text, which
 * the action's dialog shows and the journal keeps.
 */
import type { OfficeClient } from '@queue/client';
import type { CommandInput, CommandResponse, StaffView } from '@queue/protocol';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addJournalEntry, JOURNAL_KEY, type JournalEntry, parseJournal } from './action-journal';
import { type AdminSession, tabStorage } from './admin-session';

export interface BoardAction {
  /** What was done, as the journal says it («Пауза окна»). */
  action: string;
  /** On what («Окно 2», «талон П004»). */
  target: string;
  reason?: string | null;
  command: CommandInput;
}

export interface BoardActions {
  /** Runs a command; resolves with the error text, or null when the server accepted it. */
  run(action: BoardAction): Promise<{ response: CommandResponse; error: string | null }>;
  /** Records an action that is not an engine command (a reprint). */
  note(entry: Omit<JournalEntry, 'at' | 'actor'>): void;
  journal: JournalEntry[];
}

export const useBoardActions = (client: OfficeClient<StaffView>, session: AdminSession): BoardActions => {
  const { i18n } = useTranslation('board');
  const [journal, setJournal] = useState<JournalEntry[]>(() =>
    parseJournal(tabStorage()?.getItem(JOURNAL_KEY) ?? null),
  );
  useEffect(() => {
    try {
      tabStorage()?.setItem(JOURNAL_KEY, JSON.stringify(journal));
    } catch {
      // The journal is a convenience; the event log is the record.
    }
  }, [journal]);

  const serverNow = useCallback(() => Date.now() + client.store.getState().clockOffsetMs, [client]);

  const note = useCallback(
    (entry: Omit<JournalEntry, 'at' | 'actor'>) =>
      setJournal((previous) =>
        addJournalEntry(previous, { ...entry, at: serverNow(), actor: session.staff.fullName }),
      ),
    [serverNow, session],
  );

  const run = useCallback(
    async (action: BoardAction) => {
      const response = await client.send(action.command);
      const error = response.ok
        ? null
        : i18n.language === 'en'
          ? response.error.message.en
          : response.error.message.ru;
      note({
        action: action.action,
        target: action.target,
        reason: action.reason?.trim() || null,
        ok: response.ok,
        message: error,
      });
      return { response, error };
    },
    [client, i18n, note],
  );

  return { run, note, journal };
};
