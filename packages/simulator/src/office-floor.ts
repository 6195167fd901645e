import {
  type Actor,
  type Command,
  type OfficeConfig,
  type OfficeEvent,
  type OfficeState,
  execute,
  isRefusal,
} from '@queue/engine';
import type { CommandRecord } from './day-outcome.js';
import { EventQueue } from './event-queue.js';

/**
 * The office as the simulated people meet it: the engine's state, the simulated clock and its agenda.
 * Every change goes through `exec`, one engine command at a time, exactly as the server would run it;
 * the parts of the simulation learn what happened from the engine's events (`onEvent`).
 */

/** Refusals that are part of ordinary office life, not faults. */
const EXPECTED_REFUSALS = new Set(['queue_empty', 'last_window_while_waiting', 'window_taken']);

export interface FloorOptions {
  config: OfficeConfig;
  state: OfficeState;
  startAt: number;
  recordCommands: boolean;
  recordEvents: boolean;
}

export class OfficeFloor {
  state: OfficeState;
  now: number;
  readonly config: OfficeConfig;
  commands = 0;
  events = 0;
  /** Engine refusals the people in the simulation did not expect (a bug in the simulation or the engine). */
  readonly unexpected: Record<string, number> = {};
  readonly log: CommandRecord[] = [];
  readonly eventLog: OfficeEvent[] = [];
  private readonly agenda = new EventQueue<() => void>();
  private readonly listeners: ((event: OfficeEvent) => void)[] = [];

  constructor(private readonly options: FloorOptions) {
    this.config = options.config;
    this.state = options.state;
    this.now = options.startAt;
  }

  /** Something that will happen at `at`; same-instant happenings keep the order they were scheduled in. */
  schedule(at: number, happening: () => void): void {
    this.agenda.push(at, happening);
  }

  /** Runs the agenda until it is empty or past `stopAt`, calling `settle` after every happening. */
  runUntil(stopAt: number, settle: () => void): void {
    for (let next = this.agenda.pop(); next; next = this.agenda.pop()) {
      if (next.at > stopAt) break;
      this.now = Math.max(this.now, next.at);
      next.item();
      settle();
    }
  }

  onEvent(listener: (event: OfficeEvent) => void): void {
    this.listeners.push(listener);
  }

  actorOf(staffId: string): Actor {
    const member = this.config.staff.find((s) => s.id === staffId);
    return { kind: 'staff', staffId, roles: member?.roles ?? ['operator'] };
  }

  /** Whoever sits at the window (the system when nobody does). */
  operatorActor(windowId: string): Actor {
    const operatorId = this.state.windows[windowId]?.operatorId;
    return operatorId ? this.actorOf(operatorId) : { kind: 'system' };
  }

  /** Runs one command through the engine; returns its events, or the refusal code. */
  exec(command: Command, actor: Actor): OfficeEvent[] | string {
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
    for (const event of result.events) for (const listener of this.listeners) listener(event);
    return result.events;
  }

  /** Tickets still in the office: waiting, called, served or postponed. */
  activeTickets(): number {
    return Object.keys(this.state.tickets).length;
  }
}

export const succeeded = (result: OfficeEvent[] | string): result is OfficeEvent[] =>
  typeof result !== 'string';
