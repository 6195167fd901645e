import type { OfficeConfig, OfficeEvent } from '@queue/engine';
import type { OutcomeFact, OutcomeKind, ServiceFact, VisitFact, WaitFact, WaitStart } from './facts.js';
import type { LocalClock } from './local-clock.js';
import { normsFor } from './norm-lookup.js';
import type { WaitingIndex } from './waiting-index.js';

interface LiveTicket {
  id: string;
  priority: boolean;
  serviceIds: string[];
  serviceIndex: number;
  state: 'waiting' | 'called' | 'serving' | 'postponed';
  reservedWindowId: string | null;
  staffId: string | null;
  startedAt: number | null;
  wait: WaitFact | null;
  visit: VisitFact;
  called: boolean;
}

/**
 * Follows each ticket through its events and writes down its visit, its waits, its services and what
 * else happened to it. A ticket whose issue is not in the data (issued before the period) is ignored.
 */
export class TicketReplay {
  readonly visits: VisitFact[] = [];
  readonly waits: WaitFact[] = [];
  readonly services: ServiceFact[] = [];
  readonly outcomes: OutcomeFact[] = [];
  private readonly live = new Map<string, LiveTicket>();

  constructor(
    private readonly clock: LocalClock,
    private readonly waiting: WaitingIndex,
  ) {}

  private current(ticket: LiveTicket): string {
    return ticket.serviceIds[ticket.serviceIndex] ?? '';
  }

  private startWait(ticket: LiveTicket, at: number, start: WaitStart, config: OfficeConfig): void {
    const topicId = this.current(ticket);
    const norms = normsFor(config, topicId);
    const wait: WaitFact = {
      ticketId: ticket.id,
      day: this.clock.date(at),
      hour: this.clock.hour(at),
      topicId,
      windowId: null,
      staffId: null,
      startedAt: at,
      start,
      priority: ticket.priority,
      ms: null,
      normMin: norms.waitMin,
      normSource: norms.waitSource,
      groupId: norms.groupId,
    };
    this.waits.push(wait);
    ticket.wait = wait;
    ticket.state = 'waiting';
    this.waiting.add(topicId, ticket.reservedWindowId, 1);
  }

  /** The ticket leaves the queue (called or cancelled). */
  private leaveQueue(ticket: LiveTicket): void {
    if (ticket.state === 'waiting') this.waiting.add(this.current(ticket), ticket.reservedWindowId, -1);
    ticket.wait = null;
  }

  private outcome(
    kind: OutcomeKind,
    ticket: LiveTicket,
    at: number,
    windowId: string | null,
    day = this.clock.date(at),
    hour = this.clock.hour(at),
  ): void {
    this.outcomes.push({
      kind,
      ticketId: ticket.id,
      at,
      day,
      hour,
      topicId: this.current(ticket),
      windowId,
      staffId: windowId === null ? null : ticket.staffId,
    });
  }

  private end(ticket: LiveTicket, at: number, end: VisitFact['end']): void {
    ticket.visit.end = end;
    ticket.visit.endedAt = at;
    if (end === 'served') ticket.visit.visitMs = at - ticket.visit.issuedAt;
    this.live.delete(ticket.id);
  }

  /**
   * Still in the hall when the day ended: counted apart (outcome `dayEnded`), and the wait it was in
   * stays uncalled, so it is never a wait. A service cut short is not a finished service.
   */
  private unserved(ticket: LiveTicket, at: number, windowId: string | null): void {
    // Counted on the day that ended: the rollover closes the day's last visitors just after midnight,
    // and those belong to its last hour.
    const day = ticket.visit.day;
    const hour = this.clock.date(at) === day ? this.clock.hour(at) : 23;
    this.outcome('dayEnded', ticket, at, windowId, day, hour);
    this.leaveQueue(ticket);
    this.end(ticket, at, 'unserved');
  }

  /**
   * A log written before the day's end closed its visitors (`ticket.unserved`) carried them over the
   * rollover: the day's close ends them all the same, so no wait spans a night.
   */
  dayClosed(at: number): void {
    for (const ticket of [...this.live.values()]) this.unserved(ticket, at, null);
  }

  observe(event: OfficeEvent, config: OfficeConfig): void {
    if (event.type === 'ticket.issued') {
      const t = event.ticket;
      const visit: VisitFact = {
        ticketId: t.id,
        day: this.clock.date(t.issuedAt),
        hour: this.clock.hour(t.issuedAt),
        topicId: t.serviceIds[0] ?? null,
        windowId: null,
        staffId: null,
        issuedAt: t.issuedAt,
        priority: t.priority !== null,
        end: null,
        endedAt: null,
        visitMs: null,
        visitCapMin: config.profile.visitCapMin,
        firstWaitMs: null,
      };
      this.visits.push(visit);
      const ticket: LiveTicket = {
        id: t.id,
        priority: t.priority !== null,
        serviceIds: [...t.serviceIds],
        serviceIndex: t.serviceIndex,
        state: 'waiting',
        reservedWindowId: t.reservedWindowId,
        staffId: null,
        startedAt: null,
        wait: null,
        visit,
        called: false,
      };
      this.live.set(t.id, ticket);
      this.startWait(ticket, t.waitingSince, 'issue', config);
      return;
    }
    if (!('ticketId' in event)) return;
    const ticket = this.live.get(event.ticketId);
    if (!ticket) return;
    const at = event.at;
    switch (event.type) {
      case 'ticket.called': {
        const wait = ticket.wait;
        this.leaveQueue(ticket);
        if (wait) {
          wait.ms = at - wait.startedAt;
          wait.windowId = event.windowId;
          wait.staffId = event.staffId;
        }
        ticket.state = 'called';
        ticket.staffId = event.staffId;
        ticket.reservedWindowId = null;
        if (!ticket.called) {
          ticket.called = true;
          ticket.visit.windowId = event.windowId;
          ticket.visit.staffId = event.staffId;
          ticket.visit.firstWaitMs = wait?.ms ?? null;
        }
        return;
      }
      case 'ticket.started':
        ticket.state = 'serving';
        ticket.startedAt = at;
        return;
      case 'ticket.finished': {
        const startedAt = ticket.startedAt ?? at - event.durationMs;
        const norms = normsFor(config, event.serviceId);
        this.services.push({
          ticketId: ticket.id,
          day: this.clock.date(startedAt),
          hour: this.clock.hour(startedAt),
          topicId: event.serviceId,
          windowId: event.windowId,
          staffId: ticket.staffId,
          startedAt,
          ms: event.durationMs,
          normMin: norms.serviceMin,
          normSource: norms.serviceSource,
          groupId: norms.groupId,
        });
        ticket.startedAt = null;
        if (event.nextServiceIndex === null) {
          this.end(ticket, at, 'served');
        } else {
          // 001 §4.2: the next topic of the same visit is a new wait.
          ticket.serviceIndex = event.nextServiceIndex;
          this.startWait(ticket, at, 'nextTopic', config);
        }
        return;
      }
      case 'ticket.noShow':
        this.outcome('noShow', ticket, at, event.windowId);
        this.leaveQueue(ticket);
        this.end(ticket, at, 'noShow');
        return;
      case 'ticket.transferred':
        this.outcome('transfer', ticket, at, event.fromWindowId);
        this.leaveQueue(ticket);
        if (event.toServiceId) ticket.serviceIds[ticket.serviceIndex] = event.toServiceId;
        ticket.reservedWindowId = event.toWindowId;
        ticket.startedAt = null;
        this.startWait(ticket, at, 'transfer', config);
        return;
      case 'ticket.postponed':
        this.outcome('postpone', ticket, at, event.windowId);
        this.leaveQueue(ticket);
        ticket.state = 'postponed';
        ticket.startedAt = null;
        return;
      case 'ticket.returned':
        if (ticket.state === 'postponed') this.startWait(ticket, at, 'return', config);
        return;
      case 'ticket.cancelled':
        this.outcome('cancel', ticket, at, null);
        this.leaveQueue(ticket);
        this.end(ticket, at, 'cancelled');
        return;
      case 'ticket.unserved':
        this.unserved(ticket, at, event.windowId);
        return;
      default:
        return;
    }
  }
}
