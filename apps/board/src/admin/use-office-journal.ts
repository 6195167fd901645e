/**
 * The office's journal of manual actions (`GET /api/journal`, docs/PROTOCOL.md): today's record from the
 * server's event log, whoever took each action and from whichever screen. Fetched when the panel opens
 * and again after the staff view's `seq` moves — at most once every two seconds, so a busy hall does
 * not turn every patch into a request; the journal itself never rides in the view.
 */
import { officeHttp } from '@queue/client';
import type { JournalResponse } from '@queue/protocol';
import { serverUrl } from '@queue/ui';
import { useCallback, useEffect, useRef, useState } from 'react';

export const JOURNAL_REFRESH_MS = 2000;

export type OfficeJournal =
  | { state: 'loading' }
  | { state: 'failed'; previous: JournalResponse | null }
  | { state: 'ready'; journal: JournalResponse };

/** One request; null when the server cannot be reached or refuses (the panel keeps what it had). */
export const fetchJournal = (server: string, token: string): Promise<JournalResponse | null> =>
  officeHttp({ server, token })
    .call('journal')
    .catch(() => null);

export const useOfficeJournal = (
  token: string,
  seq: number,
): { journal: OfficeJournal; refresh: () => void } => {
  const [journal, setJournal] = useState<OfficeJournal>({ state: 'loading' });
  const lastStarted = useRef(0);
  const latestRequest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const load = useCallback(async () => {
    lastStarted.current = Date.now();
    const request = ++latestRequest.current;
    const answer = await fetchJournal(serverUrl(), token);
    // An older answer arriving after a newer request is dropped.
    if (request !== latestRequest.current) return;
    setJournal((current) =>
      answer
        ? { state: 'ready', journal: answer }
        : { state: 'failed', previous: current.state === 'ready' ? current.journal : null },
    );
  }, [token]);

  // On open, and after every change of the view, no sooner than two seconds after the last request.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `seq` is the trigger, not an input.
  useEffect(() => {
    if (timer.current !== null) return;
    const wait = Math.max(0, lastStarted.current + JOURNAL_REFRESH_MS - Date.now());
    timer.current = setTimeout(() => {
      timer.current = null;
      void load();
    }, wait);
  }, [seq, load]);

  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
    },
    [],
  );

  return { journal, refresh: () => void load() };
};
