import type { OfficeEvent, OfficeState } from '@queue/engine';
import type { PublicCall } from '@queue/protocol';

/** How many of the latest calls the hall's view keeps. */
export const RECENT_CALLS = 12;

/** The latest calls for the hall display; a recall is a new entry so it is announced again. */
export class CallHistory {
  private calls: PublicCall[] = [];

  constructor(private readonly limit = RECENT_CALLS) {}

  observe(event: OfficeEvent, before: OfficeState): void {
    if (event.type !== 'ticket.called' && event.type !== 'ticket.recalled') return;
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
      },
      ...this.calls,
    ].slice(0, this.limit);
  }

  /** From a checkpoint (the calls it held). */
  restore(calls: PublicCall[]): void {
    this.calls = calls.slice(0, this.limit);
  }

  /** A new day starts with a clean display. */
  reset(): void {
    this.calls = [];
  }

  list(): PublicCall[] {
    return this.calls;
  }
}
