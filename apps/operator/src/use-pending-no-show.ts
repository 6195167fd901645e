import type { CommandResponse } from '@queue/protocol';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CommandRunner } from './use-command.js';

/** How long «Не подошёл» can be taken back before it is sent. */
export const NO_SHOW_UNDO_MS = 5000;

export interface PendingNoShow {
  ticketId: string;
  number: string;
  /** When it is sent, on this browser's clock (only for the countdown on screen). */
  sendsAt: number;
}

export interface NoShowUndo {
  pending: PendingNoShow | null;
  /** Marks the visitor as not come in a few seconds, unless taken back. */
  begin: (ticket: { id: string; number: string }) => void;
  /** Takes it back: nothing was sent, the visitor is still called. */
  undo: () => void;
  /** Sends it at once (the operator moves on to the next visitor). */
  commit: () => Promise<CommandResponse | null>;
}

/**
 * «Не подошёл» with a short undo rather than a confirmation (issue 19): it is a routine step at the end
 * of a wait, so a «Вы уверены?» would be answered by reflex; the real mistake — the visitor steps up just
 * as F6 is pressed, or F6 is hit for F7 — is caught by a few seconds in which nothing has happened yet.
 * The command is held here and sent when the time is up, so an undo needs nothing from the server, and a
 * console closed meanwhile leaves the visitor called, never lost.
 */
export const useNoShowUndo = (
  runner: CommandRunner,
  windowId: string,
  ticketId: string | null,
): NoShowUndo => {
  const [pending, setPending] = useState<PendingNoShow | null>(null);
  const held = useRef<PendingNoShow | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const clear = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    held.current = null;
    setPending(null);
  }, []);

  const commit = useCallback(async () => {
    const current = held.current;
    clear();
    if (!current) return null;
    return runner.run({ type: 'ticket.noShow', windowId });
  }, [clear, runner, windowId]);

  const begin = useCallback(
    (ticket: { id: string; number: string }) => {
      clear();
      const next = { ticketId: ticket.id, number: ticket.number, sendsAt: Date.now() + NO_SHOW_UNDO_MS };
      held.current = next;
      setPending(next);
      timer.current = setTimeout(() => void commit(), NO_SHOW_UNDO_MS);
    },
    [clear, commit],
  );

  // The visitor left the window another way (served, moved by the administrator): nothing to send.
  useEffect(() => {
    if (held.current && held.current.ticketId !== ticketId) clear();
  }, [ticketId, clear]);
  useEffect(() => clear, [clear]);

  return { pending, begin, undo: clear, commit };
};
