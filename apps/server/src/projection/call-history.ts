import type { OfficeEvent, OfficeState } from '@queue/engine';
import type { CallEnd, PublicCall } from '@queue/protocol';

/** How many of the latest calls the hall's view keeps. */
export const RECENT_CALLS = 12;

/** The events that end a call to a window, and how the hall may read each. */
const callEnd = (event: OfficeEvent): { ticketId: string; end: CallEnd } | null => {
  switch (event.type) {
    case 'ticket.finished':
      return { ticketId: event.ticketId, end: event.nextServiceIndex === null ? 'served' : 'waiting' };
    case 'ticket.transferred':
    case 'ticket.postponed':
      return { ticketId: event.ticketId, end: 'waiting' };
    case 'ticket.noShow':
      return { ticketId: event.ticketId, end: 'noShow' };
    case 'ticket.unserved':
      return { ticketId: event.ticketId, end: 'unserved' };
    default:
      return null;
  }
};

/**
 * The latest calls for the hall display; a recall is a new entry so it is announced again. When a call
 * ends (served, no-show, transfer, the day's end) its entries say so, and the hall stops presenting it
 * as the call to go to: a transferred visitor must not keep reading «→ Окно 2». Entries are matched by
 * the ticket's number, which never repeats within a day.
 */
export class CallHistory {
  private calls: PublicCall[] = [];

  constructor(private readonly limit = RECENT_CALLS) {}

  observe(event: OfficeEvent, before: OfficeState): void {
    if (event.type === 'ticket.called' || event.type === 'ticket.recalled') {
      this.called(event, before);
      return;
    }
    const ended = callEnd(event);
    const number = ended ? before.tickets[ended.ticketId]?.number : undefined;
    if (!ended || number === undefined) return;
    if (!this.calls.some((call) => call.number === number && call.ended === null)) return;
    this.calls = this.calls.map((call) =>
      call.number === number && call.ended === null ? { ...call, ended: ended.end } : call,
    );
  }

  private called(
    event: Extract<OfficeEvent, { type: 'ticket.called' | 'ticket.recalled' }>,
    before: OfficeState,
  ) {
    const ticket = before.tickets[event.ticketId];
    const window = before.config.windows.find((w) => w.id === event.windowId);
    if (!ticket || !window) return;
    const recall = event.type === 'ticket.recalled' ? event.recalls : 0;
    this.calls = [
      {
        id: `${event.seq}`,
        number: ticket.number,
        windowId: window.id,
        windowLabel: window.label,
        windowKind: window.kind,
        at: event.at,
        recall,
        ended: null,
      },
      ...this.calls,
    ].slice(0, this.limit);
  }

  /** From a checkpoint (the calls it held; one written before calls ended has no `ended`). */
  restore(calls: PublicCall[]): void {
    this.calls = calls.slice(0, this.limit).map((call) => ({ ...call, ended: call.ended ?? null }));
  }

  /** A new day starts with a clean display. */
  reset(): void {
    this.calls = [];
  }

  list(): PublicCall[] {
    return this.calls;
  }
}
