import type { OfficeEvent, OfficeState } from '@queue/engine';

/** How a visit ended, kept so the phone page can still say so after the ticket leaves the live state. */
export interface EndedVisit {
  ticketId: string;
  number: string;
  state: 'done' | 'noShow' | 'cancelled';
  at: number;
  /** The window and topic of the last service (a finished visit), for the visit's feedback. */
  windowId: string | null;
  serviceId: string | null;
}

export type EndedVisitOfToken = EndedVisit & { token: string };

/**
 * Which ticket a phone token opens (issue 18). An active ticket is found in the live state by the token
 * it carries; a visit that ended today is remembered here (the live state drops it at once), so the page
 * a visitor still holds says that the visit is over. Forgotten when a new day opens. A restart rebuilds it:
 * from the day's log when it replays the whole day, else from the checkpoint, which carries `endedList`.
 */
export class VisitRegister {
  private readonly active = new Map<string, string>();
  private readonly ended = new Map<string, EndedVisit>();
  private readonly tokenOf = new Map<string, string>();

  constructor(state: OfficeState, ended: readonly EndedVisitOfToken[] = []) {
    for (const ticket of Object.values(state.tickets)) {
      if (ticket.phoneToken) this.remember(ticket.phoneToken, ticket.id);
    }
    for (const { token, ...visit } of ended) this.ended.set(token, visit);
  }

  /** The day's ended visits, for the checkpoint. */
  endedList(): EndedVisitOfToken[] {
    return [...this.ended].map(([token, visit]) => ({ token, ...visit }));
  }

  private remember(token: string, ticketId: string): void {
    this.active.set(token, ticketId);
    this.tokenOf.set(ticketId, token);
  }

  private end(ticketId: string, visit: Omit<EndedVisit, 'ticketId'>): void {
    const token = this.tokenOf.get(ticketId);
    if (!token) return;
    this.tokenOf.delete(ticketId);
    this.active.delete(token);
    this.ended.set(token, { ticketId, ...visit });
  }

  /** Feeds each event with the state it was applied to (the number of a ticket that leaves it). */
  observe(event: OfficeEvent, before: OfficeState): void {
    const numberOf = (id: string) => before.tickets[id]?.number ?? '';
    switch (event.type) {
      case 'day.opened':
        this.ended.clear();
        return;
      case 'ticket.issued':
        if (event.ticket.phoneToken) this.remember(event.ticket.phoneToken, event.ticket.id);
        return;
      case 'ticket.finished':
        if (event.nextServiceIndex !== null) return;
        this.end(event.ticketId, {
          number: numberOf(event.ticketId),
          state: 'done',
          at: event.at,
          windowId: event.windowId,
          serviceId: event.serviceId,
        });
        return;
      case 'ticket.noShow':
        this.end(event.ticketId, {
          number: numberOf(event.ticketId),
          state: 'noShow',
          at: event.at,
          windowId: event.windowId,
          serviceId: null,
        });
        return;
      case 'ticket.cancelled':
        this.end(event.ticketId, {
          number: numberOf(event.ticketId),
          state: 'cancelled',
          at: event.at,
          windowId: null,
          serviceId: null,
        });
        return;
      default:
        return;
    }
  }

  /** The ticket a token opens: active (its id) or ended today, or null for an unknown token. */
  find(token: string): { active: string } | { ended: EndedVisit } | null {
    const id = this.active.get(token);
    if (id) return { active: id };
    const ended = this.ended.get(token);
    return ended ? { ended } : null;
  }
}
