import type { OfficeEvent, OfficeState } from '@queue/engine';

/** What a window's LED display should do after an event. */
export type LedAction =
  | { kind: 'show'; windowId: string; number: string }
  | { kind: 'clear'; windowId: string };

/**
 * The display above a window shows the number called to it — for visitors who did not hear the call
 * (004 §6.7.8: information also in writing) — and goes blank once that visitor has left the window.
 * `after` is the state with the event applied; a called ticket is always still in it.
 */
export const ledActionFor = (event: OfficeEvent, after: OfficeState): LedAction | null => {
  switch (event.type) {
    case 'ticket.called':
    case 'ticket.recalled': {
      // A recall sends the number again, which the display may blink to draw the eye.
      const number = after.tickets[event.ticketId]?.number;
      return number ? { kind: 'show', windowId: event.windowId, number } : null;
    }
    case 'ticket.finished':
    case 'ticket.postponed':
      return { kind: 'clear', windowId: event.windowId };
    case 'ticket.noShow':
      return event.windowId ? { kind: 'clear', windowId: event.windowId } : null;
    case 'ticket.transferred':
      return { kind: 'clear', windowId: event.fromWindowId };
    case 'window.paused':
    case 'window.closed':
      return { kind: 'clear', windowId: event.windowId };
    default:
      return null;
  }
};

/** What every display should show for a state: used when the server starts or the line is reopened. */
export const ledPicture = (state: OfficeState): LedAction[] =>
  state.config.windows.flatMap((w): LedAction[] => {
    const live = state.windows[w.id];
    const ticket = live?.ticketId ? state.tickets[live.ticketId] : undefined;
    return ticket && (ticket.state === 'called' || ticket.state === 'serving')
      ? [{ kind: 'show', windowId: w.id, number: ticket.number }]
      : [];
  });
