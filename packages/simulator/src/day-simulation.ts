import {
  type Actor,
  type Command,
  MINUTE,
  type OfficeConfig,
  type OfficeEvent,
  type OfficeState,
  type PresetId,
  execute,
  forecast,
  initialState,
  isEligible,
  isRefusal,
  serviceNormMs,
  waitNormMs,
  zonedTimeToEpoch,
} from '@queue/engine';
import type { DayProfile, Shift } from './day-profile.js';
import { EventQueue } from './event-queue.js';
import { PEER_ORDERINGS, type PolicyId, type TicketHistory } from './ordering-policies.js';
import { simulationOffice } from './simulation-office.js';
import { type Visitor, drawVisitors, meanServiceMin } from './visitors.js';

/**
 * One office day on a simulated clock, driven through the real engine (`execute`): every ticket, call,
 * pause, transfer and overload episode is an engine command, checked and recorded by the engine exactly
 * as the server would. The simulator plays the people — visitors, operators, the reserve — and reads
 * the engine's events to see what happened.
 */

/** One waiting-and-service stretch of a visit: a transfer starts a second one. */
export interface Segment {
  serviceId: string;
  waitFrom: number;
  calledAt: number | null;
  startedAt: number | null;
  finishedAt: number | null;
  waitNormMs: number;
  serviceNormMs: number;
}

export interface VisitRecord {
  visitor: Visitor;
  ticketId: string;
  issuedAt: number;
  /** The expected wait the kiosk printed (engine forecast at issue time); null when no open window served the topic. */
  promisedWaitMs: number | null;
  segments: Segment[];
  /** Left before the call: marked no-show by the operator. */
  left: boolean;
  /** Still in the office when the simulation stopped (should not happen: everyone issued is served). */
  unserved: boolean;
}

export interface EpisodeRecord {
  id: string;
  windowId: string | null;
  startedAt: number;
  endedAt: number | null;
  /** Windows opened by reserve members in answer to it. */
  answers: number;
}

export interface ReserveSession {
  staffId: string;
  windowId: string;
  openedAt: number;
  closedAt: number;
}

export interface CommandRecord {
  at: number;
  actor: Actor;
  command: Command;
}

export interface DayOutcome {
  preset: PresetId;
  policy: PolicyId;
  extraStaff: boolean;
  profileId: string;
  visits: VisitRecord[];
  episodes: EpisodeRecord[];
  reserve: ReserveSession[];
  /** Engine refusals the people in the simulation did not expect (a bug in the simulation or the engine). */
  unexpectedRefusals: Record<string, number>;
  commands: number;
  events: number;
  endedAt: number;
  finalState: OfficeState;
  /** Every accepted command with its time and actor, when asked for (the server benchmark replays them). */
  log: CommandRecord[];
  /** Every event, in order, when asked for. */
  eventLog: OfficeEvent[];
}

export interface DayOptions {
  preset: PresetId;
  profile: DayProfile;
  seed: number;
  policy: PolicyId;
  /** Reserve members answer overload calls (accept, then open a spare window) — the extra-staff rule. */
  extraStaff: boolean;
  /** Defaults to `simulationOffice(preset, profile)`. */
  config?: OfficeConfig;
  /** Defaults to the profile's visitors drawn with the seed (tests pass a hand-made day). */
  visitors?: Visitor[];
  /** Scale of the profile's arrivals; defaults to the same offered load as the default preset. */
  loadScale?: number;
  recordCommands?: boolean;
  /** Keep every event the engine produced (the server benchmark writes them as an office's history). */
  recordEvents?: boolean;
  /** Start from this state instead of a new office: days chain into a history. */
  initialState?: OfficeState;
}

type Happening =
  | { kind: 'arrive'; visitor: Visitor }
  | { kind: 'shiftStart'; shift: Shift }
  | { kind: 'shiftEnd'; shift: Shift }
  | { kind: 'breakDue'; shift: Shift; minutes: number }
  | { kind: 'resume'; windowId: string }
  | { kind: 'start'; windowId: string; ticketId: string }
  | { kind: 'recall'; windowId: string; ticketId: string }
  | { kind: 'noShow'; windowId: string; ticketId: string }
  | { kind: 'finish'; windowId: string; ticketId: string }
  | { kind: 'tick' }
  | { kind: 'reserveArrive' }
  | { kind: 'reserveLeave' }
  | { kind: 'respond'; episodeId: string }
  | { kind: 'reserveOpens'; staffId: string }
  | { kind: 'reserveCheck'; staffId: string }
  | { kind: 'administratorHelp'; ticketId: string };

interface Desk {
  operatorId: string | null;
  /** The operator leaves after the current visitor ('now') or once nobody waits for this window ('whenEmpty'). */
  leaving: 'no' | 'now' | 'whenEmpty';
  breakMinutes: number | null;
  /** The next shift's operator, waiting for this one to leave. */
  incoming: Shift | null;
  reserveOpenedAt: number | null;
}

const KIOSK: Actor = { kind: 'device', deviceId: 'kiosk-1', role: 'kiosk' };
const TICK_MS = MINUTE;
/** The run stops before the office day turns over at local midnight. */
const LAST_MINUTE = '23:55';

/** Refusals that are part of ordinary office life, not faults. */
const EXPECTED_REFUSALS = new Set(['queue_empty', 'last_window_while_waiting', 'window_taken']);

export const loadScaleFor = (preset: PresetId, profile: DayProfile): number =>
  meanServiceMin(simulationOffice('default', profile), profile) /
  meanServiceMin(simulationOffice(preset, profile), profile);

export class DaySimulation implements TicketHistory {
  private state: OfficeState;
  private now: number;
  private readonly agenda = new EventQueue<Happening>();
  private readonly desks = new Map<string, Desk>();
  private readonly visits = new Map<string, VisitRecord>();
  private readonly transfers = new Map<string, number>();
  private readonly episodes = new Map<string, EpisodeRecord>();
  /** Where each reserve member is: in the back office, walking to the hall, or at a window. */
  private readonly reserveAt = new Map<
    string,
    { place: 'backOffice' | 'coming' | 'window'; windowId: string | null }
  >();
  private readonly reserveSessions: ReserveSession[] = [];
  private readonly unexpected: Record<string, number> = {};
  private readonly log: CommandRecord[] = [];
  private readonly eventLog: OfficeEvent[] = [];
  /**
   * Open windows whose last call found nobody: they stay idle until the queue grows (an issue, a
   * transfer, a return) instead of asking the engine again after every happening of the day.
   */
  private readonly nothingToCall = new Set<string>();
  private readonly visitors: Visitor[];
  private readonly config: OfficeConfig;
  private readonly closeAt: number;
  private readonly stopAt: number;
  private reserveOnDuty = false;
  private commands = 0;
  private events = 0;
  private pendingArrivals: number;

  constructor(private readonly options: DayOptions) {
    const { profile, preset } = options;
    this.config = options.config ?? simulationOffice(preset, profile);
    this.visitors =
      options.visitors ??
      drawVisitors(this.config, profile, {
        seed: options.seed,
        loadScale: options.loadScale ?? loadScaleFor(preset, profile),
      });
    this.pendingArrivals = this.visitors.length;
    this.state = options.initialState ?? initialState(this.config);
    const at = (time: string) => zonedTimeToEpoch(profile.date, time, this.config.timeZone);
    this.closeAt = at(profile.reception.close);
    this.stopAt = at(LAST_MINUTE);
    const firstShift = Math.min(...profile.roster.map((s) => at(s.from)), at(profile.reception.open));
    this.now = firstShift - 5 * MINUTE;
    for (const w of this.config.windows) {
      this.desks.set(w.id, {
        operatorId: null,
        leaving: 'no',
        breakMinutes: null,
        incoming: null,
        reserveOpenedAt: null,
      });
    }
    for (const id of profile.reserve.staff) this.reserveAt.set(id, { place: 'backOffice', windowId: null });

    this.agenda.push(this.now, { kind: 'tick' });
    for (const shift of profile.roster) {
      this.agenda.push(at(shift.from), { kind: 'shiftStart', shift });
      this.agenda.push(at(shift.to), { kind: 'shiftEnd', shift });
      for (const pause of shift.breaks) {
        this.agenda.push(at(pause.at), { kind: 'breakDue', shift, minutes: pause.minutes });
      }
    }
    this.agenda.push(at(profile.reserve.from), { kind: 'reserveArrive' });
    this.agenda.push(at(profile.reserve.to), { kind: 'reserveLeave' });
    for (const visitor of this.visitors) this.agenda.push(visitor.arriveAt, { kind: 'arrive', visitor });
  }

  transferredAt(ticketId: string): number | null {
    return this.transfers.get(ticketId) ?? null;
  }

  run(): DayOutcome {
    for (let next = this.agenda.pop(); next; next = this.agenda.pop()) {
      if (next.at > this.stopAt) break;
      this.now = Math.max(this.now, next.at);
      this.happen(next.item);
      this.settle();
    }
    for (const visit of this.visits.values()) {
      if (!visit.left && visit.segments.some((s) => s.finishedAt === null)) visit.unserved = true;
    }
    return {
      preset: this.options.preset,
      policy: this.options.policy,
      extraStaff: this.options.extraStaff,
      profileId: this.options.profile.id,
      visits: [...this.visits.values()].sort((a, b) => a.visitor.index - b.visitor.index),
      episodes: [...this.episodes.values()],
      reserve: this.reserveSessions,
      unexpectedRefusals: this.unexpected,
      commands: this.commands,
      events: this.events,
      endedAt: this.now,
      finalState: this.state,
      log: this.log,
      eventLog: this.eventLog,
    };
  }

  // ——— the engine ———

  private actorOf(staffId: string): Actor {
    const member = this.config.staff.find((s) => s.id === staffId);
    return { kind: 'staff', staffId, roles: member?.roles ?? ['operator'] };
  }

  /** Runs one command through the engine; returns its events, or the refusal code. */
  private exec(command: Command, actor: Actor): OfficeEvent[] | string {
    const result = execute(this.state, command, { now: this.now, actor, nonce: `sim-${this.commands}` });
    if (isRefusal(result)) {
      if (!EXPECTED_REFUSALS.has(result.code)) {
        const key = `${command.type}:${result.code}`;
        this.unexpected[key] = (this.unexpected[key] ?? 0) + 1;
      }
      return result.code;
    }
    this.commands++;
    this.events += result.events.length;
    this.state = result.state;
    if (this.options.recordCommands) this.log.push({ at: this.now, actor, command });
    if (this.options.recordEvents) this.eventLog.push(...result.events);
    for (const event of result.events) this.observe(event);
    return result.events;
  }

  /** What the simulation learns from the engine's record. */
  private observe(event: OfficeEvent): void {
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
      case 'ticket.called': {
        const segment = this.visits.get(event.ticketId)?.segments.at(-1);
        if (segment && segment.calledAt === null) segment.calledAt = event.at;
        this.afterCall(event.windowId, event.ticketId);
        return;
      }
      case 'overload.started': {
        const { episode } = event;
        this.episodes.set(episode.id, {
          id: episode.id,
          windowId: episode.windowId,
          startedAt: episode.startedAt,
          endedAt: null,
          answers: 0,
        });
        if (this.options.extraStaff) {
          this.agenda.push(this.now + this.options.profile.reserve.acceptMin * MINUTE, {
            kind: 'respond',
            episodeId: episode.id,
          });
        }
        return;
      }
      case 'alarm.raised': {
        const help = this.options.profile.hallAdministrator;
        if (event.alarm.kind === 'priorityArrived' && event.alarm.ticketId && help) {
          this.agenda.push(this.now + help.helpAfterMin * MINUTE, {
            kind: 'administratorHelp',
            ticketId: event.alarm.ticketId,
          });
        }
        return;
      }
      case 'overload.ended': {
        const record = this.episodes.get(event.episodeId);
        if (record) record.endedAt = event.at;
        return;
      }
      default:
        return;
    }
  }

  // ——— what happens ———

  private happen(item: Happening): void {
    switch (item.kind) {
      case 'arrive':
        this.arrive(item.visitor);
        return;
      case 'tick':
        this.exec({ type: 'clock.tick' }, { kind: 'system' });
        if (this.pendingArrivals > 0 || this.activeTickets() > 0 || this.now < this.closeAt) {
          this.agenda.push(this.now + TICK_MS, { kind: 'tick' });
        }
        return;
      case 'shiftStart':
        this.startShift(item.shift);
        return;
      case 'shiftEnd': {
        const desk = this.desks.get(item.shift.windowId);
        if (desk?.operatorId === item.shift.staffId) {
          // 000, 002: everyone who queued before closing is served, so the closing shift stays on.
          desk.leaving = this.now >= this.closeAt ? 'whenEmpty' : 'now';
        } else if (desk?.incoming?.staffId === item.shift.staffId) {
          desk.incoming = null;
        }
        return;
      }
      case 'breakDue': {
        const desk = this.desks.get(item.shift.windowId);
        if (desk?.operatorId === item.shift.staffId) desk.breakMinutes = item.minutes;
        return;
      }
      case 'resume': {
        const desk = this.desks.get(item.windowId);
        if (desk?.operatorId)
          this.exec({ type: 'window.resume', windowId: item.windowId }, this.actorOf(desk.operatorId));
        return;
      }
      case 'start':
        if (this.isCurrent(item.windowId, item.ticketId, 'called'))
          this.startService(item.windowId, item.ticketId);
        return;
      case 'recall':
        if (this.isCurrent(item.windowId, item.ticketId, 'called')) {
          this.exec({ type: 'ticket.recall', windowId: item.windowId }, this.operatorActor(item.windowId));
        }
        return;
      case 'noShow':
        if (this.isCurrent(item.windowId, item.ticketId, 'called')) {
          const events = this.exec(
            { type: 'ticket.noShow', windowId: item.windowId },
            this.operatorActor(item.windowId),
          );
          const visit = this.visits.get(item.ticketId);
          if (visit && typeof events !== 'string') visit.left = true;
        }
        return;
      case 'finish':
        if (this.isCurrent(item.windowId, item.ticketId, 'serving'))
          this.finishService(item.windowId, item.ticketId);
        return;
      case 'reserveArrive':
        this.reserveOnDuty = true;
        for (const staffId of this.reserveAt.keys()) {
          this.exec({ type: 'staff.login', staffId, mode: 'reserve', windowId: null }, this.actorOf(staffId));
        }
        return;
      case 'reserveLeave':
        this.reserveOnDuty = false;
        for (const [staffId, member] of this.reserveAt) {
          if (member.windowId) {
            const desk = this.desks.get(member.windowId);
            if (desk) desk.leaving = 'whenEmpty';
          } else this.exec({ type: 'staff.logout', staffId }, this.actorOf(staffId));
        }
        return;
      case 'respond':
        this.respond(item.episodeId);
        return;
      case 'reserveOpens':
        this.reserveOpens(item.staffId);
        return;
      case 'reserveCheck':
        this.reserveCheck(item.staffId);
        return;
      case 'administratorHelp':
        this.administratorHelp(item.ticketId);
        return;
    }
  }

  private arrive(visitor: Visitor): void {
    this.pendingArrivals--;
    const events = this.exec(
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
    if (typeof events === 'string') return;
    const issued = events.find((e) => e.type === 'ticket.issued');
    if (issued?.type !== 'ticket.issued') return;
    const ticket = issued.ticket;
    // The kiosk prints the engine's expectation at issue time, exactly as the server computes it.
    const promise = forecast(this.state, this.now).tickets[ticket.id];
    this.visits.set(ticket.id, {
      visitor,
      ticketId: ticket.id,
      issuedAt: this.now,
      promisedWaitMs: promise?.at != null ? Math.max(0, promise.at - this.now) : null,
      segments: [this.segment(visitor.serviceId)],
      left: false,
      unserved: false,
    });
  }

  private segment(serviceId: string): Segment {
    return {
      serviceId,
      waitFrom: this.now,
      calledAt: null,
      startedAt: null,
      finishedAt: null,
      waitNormMs: waitNormMs(this.config, serviceId),
      serviceNormMs: serviceNormMs(this.config, serviceId),
    };
  }

  /** The visitor answers the call (walks up) or has left (one recall, then a no-show). */
  private afterCall(windowId: string, ticketId: string): void {
    const visit = this.visits.get(ticketId);
    if (!visit) return;
    if (visit.visitor.leaves && visit.segments.length === 1) {
      const wait = this.options.profile.noShowWaitMin * MINUTE;
      this.agenda.push(this.now + wait / 2, { kind: 'recall', windowId, ticketId });
      this.agenda.push(this.now + wait, { kind: 'noShow', windowId, ticketId });
      return;
    }
    this.agenda.push(this.now + visit.visitor.walkMs, { kind: 'start', windowId, ticketId });
  }

  private startService(windowId: string, ticketId: string): void {
    const events = this.exec({ type: 'ticket.start', windowId }, this.operatorActor(windowId));
    const visit = this.visits.get(ticketId);
    if (typeof events === 'string' || !visit) return;
    const segment = visit.segments.at(-1)!;
    segment.startedAt = this.now;
    const serviceMs =
      visit.segments.length === 1 ? visit.visitor.serviceMs : (visit.visitor.transfer?.serviceMs ?? 0);
    this.agenda.push(this.now + serviceMs, { kind: 'finish', windowId, ticketId });
  }

  private finishService(windowId: string, ticketId: string): void {
    const visit = this.visits.get(ticketId);
    const segment = visit?.segments.at(-1);
    const transfer = visit && visit.segments.length === 1 ? visit.visitor.transfer : null;
    const actor = this.operatorActor(windowId);
    const events = transfer
      ? this.exec(
          {
            type: 'ticket.transfer',
            windowId,
            toServiceId: transfer.toServiceId,
            toWindowId: null,
            reason: 'Вопрос вне компетенции окна',
          },
          actor,
        )
      : this.exec({ type: 'ticket.finish', windowId, result: 'resolved' }, actor);
    if (typeof events === 'string' || !segment || !visit) return;
    segment.finishedAt = this.now;
    if (transfer) {
      this.transfers.set(ticketId, this.now);
      visit.segments.push(this.segment(transfer.toServiceId));
    }
  }

  // ——— the operators ———

  private operatorActor(windowId: string): Actor {
    const operatorId = this.state.windows[windowId]?.operatorId ?? this.desks.get(windowId)?.operatorId;
    return operatorId ? this.actorOf(operatorId) : { kind: 'system' };
  }

  private isCurrent(windowId: string, ticketId: string, state: 'called' | 'serving'): boolean {
    const window = this.state.windows[windowId];
    return window?.ticketId === ticketId && this.state.tickets[ticketId]?.state === state;
  }

  private isFree(windowId: string): boolean {
    const window = this.state.windows[windowId];
    if (window?.status !== 'open') return false;
    const ticket = window.ticketId ? this.state.tickets[window.ticketId] : undefined;
    return !ticket || (ticket.state !== 'called' && ticket.state !== 'serving');
  }

  private activeTickets(): number {
    return Object.keys(this.state.tickets).length;
  }

  private startShift(shift: Shift): void {
    const desk = this.desks.get(shift.windowId);
    if (!desk) return;
    if (desk.operatorId !== null) {
      desk.incoming = shift;
      return;
    }
    this.takeWindow(shift.windowId, shift.staffId);
  }

  private takeWindow(windowId: string, staffId: string): void {
    const desk = this.desks.get(windowId)!;
    const actor = this.actorOf(staffId);
    this.exec({ type: 'staff.login', staffId, mode: 'operator', windowId }, actor);
    const opened = this.exec({ type: 'window.open', windowId }, actor);
    if (typeof opened === 'string') return;
    desk.operatorId = staffId;
    desk.leaving = 'no';
    desk.breakMinutes = null;
  }

  private waitingFor(windowId: string): boolean {
    const live = this.state.windows[windowId];
    if (!live) return false;
    const window = { id: windowId, services: live.services };
    return Object.values(this.state.tickets).some((t) => isEligible(t, window, this.now));
  }

  /** Every free window's operator makes their next move: a break, leaving, or calling the next visitor. */
  private settle(): void {
    const free = this.config.windows
      .map((w, order) => ({ id: w.id, order, since: this.state.windows[w.id]?.since ?? 0 }))
      .filter((w) => this.isFree(w.id) && !this.idleForNow(w.id))
      // Whoever has been idle longest presses «Вызвать» first.
      .sort((a, b) => a.since - b.since || a.order - b.order);
    for (const { id } of free) if (this.isFree(id)) this.nextMove(id);
  }

  private idleForNow(windowId: string): boolean {
    const desk = this.desks.get(windowId);
    return this.nothingToCall.has(windowId) && desk?.breakMinutes === null && desk.leaving === 'no';
  }

  private nextMove(windowId: string): void {
    const desk = this.desks.get(windowId)!;
    const operatorId = desk.operatorId;
    if (!operatorId) return;
    const actor = this.actorOf(operatorId);
    if (desk.leaving === 'now' || (desk.leaving === 'whenEmpty' && !this.waitingFor(windowId))) {
      if (this.leave(windowId, operatorId)) return;
    }
    if (desk.breakMinutes !== null) {
      const paused = this.exec({ type: 'window.pause', windowId, reason: 'Перерыв' }, actor);
      if (typeof paused !== 'string') {
        this.agenda.push(this.now + desk.breakMinutes * MINUTE, { kind: 'resume', windowId });
        desk.breakMinutes = null;
        return;
      }
    }
    this.callNext(windowId, actor);
  }

  private leave(windowId: string, operatorId: string): boolean {
    const desk = this.desks.get(windowId)!;
    const actor = this.actorOf(operatorId);
    const closed = this.exec({ type: 'window.close', windowId }, actor);
    if (typeof closed === 'string') return false;
    desk.operatorId = null;
    desk.leaving = 'no';
    desk.breakMinutes = null;
    if (desk.reserveOpenedAt !== null) {
      this.reserveSessions.push({
        staffId: operatorId,
        windowId,
        openedAt: desk.reserveOpenedAt,
        closedAt: this.now,
      });
      desk.reserveOpenedAt = null;
      this.reserveAt.set(operatorId, { place: 'backOffice', windowId: null });
      // Back to the back office, still on call for the hall while on duty (001 §7.1.9).
      if (this.reserveOnDuty)
        this.exec({ type: 'staff.login', staffId: operatorId, mode: 'reserve', windowId: null }, actor);
      else this.exec({ type: 'staff.logout', staffId: operatorId }, actor);
    } else {
      this.exec({ type: 'staff.logout', staffId: operatorId }, actor);
    }
    const incoming = desk.incoming;
    desk.incoming = null;
    if (incoming) this.takeWindow(windowId, incoming.staffId);
    return true;
  }

  private callNext(windowId: string, actor: Actor): void {
    if (this.options.policy === 'pipeline') {
      const called = this.exec({ type: 'ticket.callNext', windowId }, actor);
      if (called === 'queue_empty') this.nothingToCall.add(windowId);
      return;
    }
    const live = this.state.windows[windowId]!;
    const ordering = PEER_ORDERINGS[this.options.policy];
    const next = ordering(this.state, { id: windowId, services: live.services }, this.now, this);
    if (!next) {
      this.nothingToCall.add(windowId);
      return;
    }
    this.exec(
      { type: 'ticket.call', windowId, ticketId: next.id, reason: `policy:${this.options.policy}` },
      actor,
    );
  }

  // ——— the reserve (002 п.55, 001 §7.1.9) ———

  /**
   * «Help needed in the hall»: a reserve member in the back office accepts (the episode records who),
   * walks to the hall and opens a spare window — even if the alarm dropped meanwhile: whoever said
   * «I'm coming» comes. Still overloaded a while later, the next member is called.
   */
  private respond(episodeId: string): void {
    const episode = this.state.episodes[episodeId];
    const record = this.episodes.get(episodeId);
    if (!episode || episode.endedAt !== null || !record || !this.reserveOnDuty) return;
    const { reserve } = this.options.profile;
    const staffId = [...this.reserveAt].find(([, member]) => member.place === 'backOffice')?.[0];
    if (staffId) {
      const accepted = this.exec(
        { type: 'overload.accept', episodeId, windowId: null },
        this.actorOf(staffId),
      );
      if (typeof accepted !== 'string') {
        record.answers++;
        this.reserveAt.set(staffId, { place: 'coming', windowId: null });
        this.agenda.push(this.now + Math.max(0, reserve.responseMin - reserve.acceptMin) * MINUTE, {
          kind: 'reserveOpens',
          staffId,
        });
      }
    }
    this.agenda.push(this.now + reserve.escalateAfterMin * MINUTE, { kind: 'respond', episodeId });
  }

  private reserveOpens(staffId: string): void {
    const { reserve } = this.options.profile;
    const windowId = reserve.windows.find(
      (id) => this.state.windows[id]?.status === 'closed' && this.desks.get(id)?.operatorId === null,
    );
    if (!windowId || !this.reserveOnDuty) {
      this.reserveAt.set(staffId, { place: 'backOffice', windowId: null });
      return;
    }
    const actor = this.actorOf(staffId);
    this.exec({ type: 'staff.login', staffId, mode: 'operator', windowId }, actor);
    if (typeof this.exec({ type: 'window.open', windowId }, actor) === 'string') {
      this.reserveAt.set(staffId, { place: 'backOffice', windowId: null });
      return;
    }
    const desk = this.desks.get(windowId)!;
    desk.operatorId = staffId;
    desk.leaving = 'no';
    desk.reserveOpenedAt = this.now;
    this.reserveAt.set(staffId, { place: 'window', windowId });
    this.agenda.push(this.now + reserve.minStayMin * MINUTE, { kind: 'reserveCheck', staffId });
  }

  /**
   * 004 §6.7.2, 001 §7.1.4: the hall administrator met the visitor; if no window has called them yet,
   * the administrator serves them at the spare desk, then closes it.
   */
  private administratorHelp(ticketId: string): void {
    const help = this.options.profile.hallAdministrator;
    const ticket = this.state.tickets[ticketId];
    if (!help || !ticket || ticket.state !== 'waiting') return;
    const desk = this.desks.get(help.windowId);
    if (!desk || desk.operatorId !== null || this.state.windows[help.windowId]?.status !== 'closed') return;
    const actor = this.actorOf(help.staffId);
    const services = [{ serviceId: ticket.serviceIds[ticket.serviceIndex] ?? '', weight: 1 }];
    if (typeof this.exec({ type: 'window.open', windowId: help.windowId, services }, actor) === 'string')
      return;
    desk.operatorId = help.staffId;
    desk.leaving = 'now';
    this.exec(
      { type: 'ticket.call', windowId: help.windowId, ticketId, reason: 'Вне очереди (004 §6.7.2)' },
      actor,
    );
  }

  /** After the minimum stay, a reserve member goes back once no overload alarm is up. */
  private reserveCheck(staffId: string): void {
    const windowId = this.reserveAt.get(staffId)?.windowId;
    if (!windowId) return;
    const overloaded = Object.values(this.state.alarms).some((a) => a.kind === 'overload');
    if (overloaded) {
      this.agenda.push(this.now + 5 * MINUTE, { kind: 'reserveCheck', staffId });
      return;
    }
    const desk = this.desks.get(windowId);
    if (desk && desk.leaving === 'no') desk.leaving = 'now';
  }
}

export const simulateDay = (options: DayOptions): DayOutcome => new DaySimulation(options).run();
