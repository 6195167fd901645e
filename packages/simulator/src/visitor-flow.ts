import {
  MINUTE,
  type OfficeEvent,
  currentServiceId,
  expectedServiceMs,
  forecast,
  projectForecast,
  serviceNormMs,
  waitNormMs,
} from '@queue/engine';
import type { DayProfile } from './day-profile.js';
import type { Segment, VisitRecord } from './day-outcome.js';
import { type OfficeFloor, succeeded } from './office-floor.js';
import type { TicketHistory } from './ordering-policies.js';
import type { Visitor } from './visitors.js';

/**
 * The visitors' side of the day: a ticket at the kiosk, the walk to the window when called (or a
 * no-show after one recall), the service, and a transfer to a second topic for some. Records each visit
 * as the statistics need it.
 */

const KIOSK = { kind: 'device', deviceId: 'kiosk-1', role: 'kiosk' } as const;

export class VisitorFlow implements TicketHistory {
  private readonly visits = new Map<string, VisitRecord>();
  private readonly transfers = new Map<string, number>();
  private pending: number;

  constructor(
    private readonly floor: OfficeFloor,
    private readonly profile: DayProfile,
    private readonly visitors: Visitor[],
  ) {
    this.pending = visitors.length;
    floor.onEvent((event) => this.observe(event));
  }

  /** Puts the visitors' arrivals on the agenda: after the shifts, so a window opening at 09:00 is open for the visitor of 09:00. */
  expectVisitors(): void {
    for (const visitor of this.visitors) this.floor.schedule(visitor.arriveAt, () => this.arrive(visitor));
  }

  /** Visitors still to come through the door. */
  get pendingArrivals(): number {
    return this.pending;
  }

  transferredAt(ticketId: string): number | null {
    return this.transfers.get(ticketId) ?? null;
  }

  records(): VisitRecord[] {
    return [...this.visits.values()].sort((a, b) => a.visitor.index - b.visitor.index);
  }

  /** At the end of the run: anyone not served is marked, never dropped. */
  markUnserved(): void {
    for (const visit of this.visits.values()) {
      if (!visit.left && visit.segments.some((s) => s.finishedAt === null)) visit.unserved = true;
    }
  }

  private observe(event: OfficeEvent): void {
    if (event.type !== 'ticket.called') return;
    const segment = this.visits.get(event.ticketId)?.segments.at(-1);
    if (segment && segment.calledAt === null) segment.calledAt = event.at;
    this.answerCall(event.windowId, event.ticketId);
  }

  private arrive(visitor: Visitor): void {
    this.pending--;
    const floor = this.floor;
    const events = floor.exec(
      {
        type: 'ticket.issue',
        serviceIds: [visitor.serviceId],
        clientType: visitor.clientType,
        priority: visitor.priority,
        source: 'kiosk',
        deviceId: 'kiosk-1',
      },
      KIOSK,
    );
    if (!succeeded(events)) return;
    const issued = events.find((e) => e.type === 'ticket.issued');
    if (issued?.type !== 'ticket.issued') return;
    const ticket = issued.ticket;
    // The kiosk prints the engine's expectation at issue time, exactly as the server computes it.
    const promise = forecast(floor.state, floor.now).tickets[ticket.id];
    // Before the walk was counted: the same projection with no walk measured (a what-if, uncached).
    const walkless = projectForecast({ ...floor.state, walkTimes: [] }, floor.now).tickets[ticket.id];
    this.visits.set(ticket.id, {
      visitor,
      ticketId: ticket.id,
      issuedAt: floor.now,
      promisedWaitMs: promise?.at != null ? Math.max(0, promise.at - floor.now) : null,
      naiveWaitMs: this.naivePromise(ticket.id),
      walklessWaitMs: walkless?.at != null ? Math.max(0, walkless.at - floor.now) : null,
      segments: [this.segment(visitor.serviceId)],
      left: false,
      unserved: false,
    });
  }

  /** People ahead of the same topic × its mean service time ÷ the open windows serving it. */
  private naivePromise(ticketId: string): number | null {
    const { state } = this.floor;
    const ticket = state.tickets[ticketId];
    if (!ticket) return null;
    const topic = currentServiceId(ticket);
    const serving = Object.values(state.windows).filter(
      (w) => w.status === 'open' && w.services.some((s) => s.serviceId === topic && s.weight > 0),
    ).length;
    if (serving === 0) return null;
    const ahead = Object.values(state.tickets).filter(
      (t) => t.id !== ticketId && t.state === 'waiting' && currentServiceId(t) === topic,
    ).length;
    return (ahead * expectedServiceMs(state, topic)) / serving;
  }

  private segment(serviceId: string): Segment {
    const { config, now } = this.floor;
    return {
      serviceId,
      waitFrom: now,
      calledAt: null,
      startedAt: null,
      finishedAt: null,
      waitNormMs: waitNormMs(config, serviceId),
      serviceNormMs: serviceNormMs(config, serviceId),
    };
  }

  /** The visitor answers the call (walks up) or has left (one recall, then a no-show). */
  private answerCall(windowId: string, ticketId: string): void {
    const visit = this.visits.get(ticketId);
    if (!visit) return;
    const now = this.floor.now;
    if (visit.visitor.leaves && visit.segments.length === 1) {
      const wait = this.profile.noShowWaitMin * MINUTE;
      this.floor.schedule(now + wait / 2, () => {
        if (this.isCurrent(windowId, ticketId, 'called'))
          this.floor.exec({ type: 'ticket.recall', windowId }, this.floor.operatorActor(windowId));
      });
      this.floor.schedule(now + wait, () => {
        if (!this.isCurrent(windowId, ticketId, 'called')) return;
        const events = this.floor.exec(
          { type: 'ticket.noShow', windowId },
          this.floor.operatorActor(windowId),
        );
        if (succeeded(events)) visit.left = true;
      });
      return;
    }
    this.floor.schedule(now + visit.visitor.walkMs, () => {
      if (this.isCurrent(windowId, ticketId, 'called')) this.startService(windowId, visit);
    });
  }

  private isCurrent(windowId: string, ticketId: string, state: 'called' | 'serving'): boolean {
    const window = this.floor.state.windows[windowId];
    return window?.ticketId === ticketId && this.floor.state.tickets[ticketId]?.state === state;
  }

  private startService(windowId: string, visit: VisitRecord): void {
    const floor = this.floor;
    const events = floor.exec({ type: 'ticket.start', windowId }, floor.operatorActor(windowId));
    if (!succeeded(events)) return;
    visit.segments.at(-1)!.startedAt = floor.now;
    const serviceMs =
      visit.segments.length === 1 ? visit.visitor.serviceMs : (visit.visitor.transfer?.serviceMs ?? 0);
    floor.schedule(floor.now + serviceMs, () => {
      if (this.isCurrent(windowId, visit.ticketId, 'serving')) this.finishService(windowId, visit);
    });
  }

  private finishService(windowId: string, visit: VisitRecord): void {
    const floor = this.floor;
    const segment = visit.segments.at(-1)!;
    const transfer = visit.segments.length === 1 ? visit.visitor.transfer : null;
    const actor = floor.operatorActor(windowId);
    const events = transfer
      ? floor.exec(
          {
            type: 'ticket.transfer',
            windowId,
            toServiceId: transfer.toServiceId,
            toWindowId: null,
            reason: 'Вопрос вне компетенции окна',
          },
          actor,
        )
      : floor.exec({ type: 'ticket.finish', windowId, result: 'resolved' }, actor);
    if (!succeeded(events)) {
      // A refused transfer (no open window serves the topic) is counted among the unexpected
      // refusals; the operator then ends the visit as redirected rather than keep the window forever.
      if (transfer) this.finishAsRedirected(windowId, segment);
      return;
    }
    segment.finishedAt = floor.now;
    if (transfer) {
      this.transfers.set(visit.ticketId, floor.now);
      visit.segments.push(this.segment(transfer.toServiceId));
    }
  }

  private finishAsRedirected(windowId: string, segment: Segment): void {
    const floor = this.floor;
    const events = floor.exec(
      { type: 'ticket.finish', windowId, result: 'redirected' },
      floor.operatorActor(windowId),
    );
    if (succeeded(events)) segment.finishedAt = floor.now;
  }
}
