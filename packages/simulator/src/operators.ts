import { MINUTE, type ServiceWeight, isEligible } from '@queue/engine';
import type { Shift } from './day-profile.js';
import { type OfficeFloor, succeeded } from './office-floor.js';
import { PEER_ORDERINGS, type PolicyId, type TicketHistory } from './ordering-policies.js';

/**
 * The people at the windows: each shift's operator opens the window, calls the next visitor as soon as
 * the window is free (the longest-idle first), pauses for a break after the current visitor (the
 * engine refuses if it would leave the hall without staff: they go on calling and try again), and
 * hands over at the end of the shift. The closing shift stays until the last visitor has left the
 * office (000, 002: everyone issued before closing is served, including a visitor a cashier sends on
 * to a specialist at 20:03).
 */

interface Desk {
  operatorId: string | null;
  /** The operator leaves after the current visitor ('now') or once the office is empty ('whenEmpty'). */
  leaving: 'no' | 'now' | 'whenEmpty';
  breakMinutes: number | null;
  /** The next shift's operator, waiting for this one to leave. */
  incoming: Shift | null;
  /** Told when the operator leaves (a reserve member goes back to the back office). */
  onLeave: ((staffId: string) => void) | null;
}

export interface SeatOptions {
  services?: ServiceWeight[];
  leaving?: 'no' | 'now';
  onLeave?: (staffId: string) => void;
  /** Reserve members log in at the window; the hall administrator is already on duty. */
  login?: boolean;
}

export class Operators {
  private readonly desks = new Map<string, Desk>();
  /**
   * Open windows whose last call found nobody: they stay idle until the queue grows (an issue, a
   * transfer, a return, new topics) instead of asking the engine again after every happening of the day.
   */
  private readonly nothingToCall = new Set<string>();

  constructor(
    private readonly floor: OfficeFloor,
    private readonly policy: PolicyId,
    private readonly history: TicketHistory,
    private readonly closeAt: number,
  ) {
    for (const w of floor.config.windows) {
      this.desks.set(w.id, {
        operatorId: null,
        leaving: 'no',
        breakMinutes: null,
        incoming: null,
        onLeave: null,
      });
    }
    floor.onEvent((event) => {
      switch (event.type) {
        case 'ticket.issued':
        case 'ticket.transferred':
        case 'ticket.returned':
        case 'window.servicesChanged':
          this.nothingToCall.clear();
          return;
        case 'window.opened':
          this.nothingToCall.delete(event.windowId);
          return;
        default:
          return;
      }
    });
  }

  /** A shift: it starts, it takes its breaks (at the times given), it ends. */
  addShift(shift: Shift, at: (time: string) => number): void {
    this.floor.schedule(at(shift.from), () => this.startShift(shift));
    this.floor.schedule(at(shift.to), () => this.endShift(shift));
    for (const pause of shift.breaks) {
      this.floor.schedule(at(pause.at), () => {
        const desk = this.desks.get(shift.windowId);
        if (desk?.operatorId === shift.staffId) desk.breakMinutes = pause.minutes;
      });
    }
  }

  /** Nobody at the window and the window closed: someone may sit down. */
  isVacant(windowId: string): boolean {
    return (
      this.desks.get(windowId)?.operatorId === null && this.floor.state.windows[windowId]?.status === 'closed'
    );
  }

  /** Someone sits down at the window and opens it; false when the engine refuses. */
  seat(windowId: string, staffId: string, options: SeatOptions = {}): boolean {
    const desk = this.desks.get(windowId);
    if (!desk) return false;
    const actor = this.floor.actorOf(staffId);
    if (options.login !== false)
      this.floor.exec({ type: 'staff.login', staffId, mode: 'operator', windowId }, actor);
    const opened = this.floor.exec(
      { type: 'window.open', windowId, services: options.services ?? null },
      actor,
    );
    if (!succeeded(opened)) return false;
    desk.operatorId = staffId;
    desk.leaving = options.leaving ?? 'no';
    desk.breakMinutes = null;
    desk.onLeave = options.onLeave ?? null;
    return true;
  }

  /** The person at the window goes after the current visitor, or once the office is empty. */
  release(windowId: string, when: 'now' | 'whenEmpty'): void {
    const desk = this.desks.get(windowId);
    if (desk?.operatorId && desk.leaving !== 'now') desk.leaving = when;
  }

  /** Every free window's operator makes their next move: a break, leaving, or calling the next visitor. */
  settle(): void {
    const { config, state } = this.floor;
    const free = config.windows
      .map((w, order) => ({ id: w.id, order, since: state.windows[w.id]?.since ?? 0 }))
      .filter((w) => this.isFree(w.id) && !this.idleForNow(w.id))
      // Whoever has been idle longest presses «Вызвать» first.
      .sort((a, b) => a.since - b.since || a.order - b.order);
    for (const { id } of free) if (this.isFree(id)) this.nextMove(id);
  }

  private startShift(shift: Shift): void {
    const desk = this.desks.get(shift.windowId);
    if (!desk) return;
    if (desk.operatorId !== null) {
      desk.incoming = shift;
      return;
    }
    this.seat(shift.windowId, shift.staffId);
  }

  private endShift(shift: Shift): void {
    const desk = this.desks.get(shift.windowId);
    if (desk?.operatorId === shift.staffId) {
      // 000, 002: everyone who queued before closing is served, so the closing shift stays on.
      desk.leaving = this.floor.now >= this.closeAt ? 'whenEmpty' : 'now';
    } else if (desk?.incoming?.staffId === shift.staffId) {
      desk.incoming = null;
    }
  }

  private isFree(windowId: string): boolean {
    const window = this.floor.state.windows[windowId];
    if (window?.status !== 'open') return false;
    const ticket = window.ticketId ? this.floor.state.tickets[window.ticketId] : undefined;
    return !ticket || (ticket.state !== 'called' && ticket.state !== 'serving');
  }

  private idleForNow(windowId: string): boolean {
    const desk = this.desks.get(windowId);
    return this.nothingToCall.has(windowId) && desk?.breakMinutes === null && desk.leaving === 'no';
  }

  private nextMove(windowId: string): void {
    const desk = this.desks.get(windowId)!;
    const operatorId = desk.operatorId;
    if (!operatorId) return;
    const actor = this.floor.actorOf(operatorId);
    if (desk.leaving === 'now' || (desk.leaving === 'whenEmpty' && this.floor.activeTickets() === 0)) {
      if (this.leave(windowId, operatorId)) return;
    }
    if (desk.breakMinutes !== null) {
      const paused = this.floor.exec({ type: 'window.pause', windowId, reason: 'Перерыв' }, actor);
      if (succeeded(paused)) {
        this.floor.schedule(this.floor.now + desk.breakMinutes * MINUTE, () => this.resume(windowId));
        desk.breakMinutes = null;
        return;
      }
    }
    this.callNext(windowId);
  }

  private resume(windowId: string): void {
    const operatorId = this.desks.get(windowId)?.operatorId;
    if (operatorId) this.floor.exec({ type: 'window.resume', windowId }, this.floor.actorOf(operatorId));
  }

  private leave(windowId: string, operatorId: string): boolean {
    const desk = this.desks.get(windowId)!;
    const actor = this.floor.actorOf(operatorId);
    if (!succeeded(this.floor.exec({ type: 'window.close', windowId }, actor))) return false;
    const onLeave = desk.onLeave;
    desk.operatorId = null;
    desk.leaving = 'no';
    desk.breakMinutes = null;
    desk.onLeave = null;
    if (onLeave) onLeave(operatorId);
    else this.floor.exec({ type: 'staff.logout', staffId: operatorId }, actor);
    const incoming = desk.incoming;
    desk.incoming = null;
    if (incoming) this.seat(windowId, incoming.staffId);
    return true;
  }

  private callNext(windowId: string): void {
    const actor = this.floor.operatorActor(windowId);
    if (this.policy === 'pipeline') {
      const called = this.floor.exec({ type: 'ticket.callNext', windowId }, actor);
      if (called === 'queue_empty') this.nothingToCall.add(windowId);
      return;
    }
    const { state, now } = this.floor;
    const live = state.windows[windowId]!;
    const next = PEER_ORDERINGS[this.policy](
      state,
      { id: windowId, services: live.services },
      now,
      this.history,
    );
    if (!next) {
      this.nothingToCall.add(windowId);
      return;
    }
    this.floor.exec(
      { type: 'ticket.call', windowId, ticketId: next.id, reason: `policy:${this.policy}` },
      actor,
    );
  }

  /** Waiting visitors this window could call now. */
  waitingFor(windowId: string): number {
    const live = this.floor.state.windows[windowId];
    if (!live) return 0;
    const window = { id: windowId, services: live.services };
    return Object.values(this.floor.state.tickets).filter((t) => isEligible(t, window, this.floor.now))
      .length;
  }
}
