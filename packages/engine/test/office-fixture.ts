import {
  ALWAYS_OPEN,
  type Actor,
  type Command,
  type OfficeConfig,
  type OfficeEvent,
  type OfficeState,
  type Refusal,
  demoOffice,
  execute,
  initialState,
  isRefusal,
} from '../src/index.js';

/** A tiny office driver for tests: an injected clock, named actors, and a record of every event. */
export const T0 = Date.parse('2026-11-23T09:00:00+03:00');
export const MIN = 60_000;

export const admin: Actor = { kind: 'staff', staffId: 'admin', roles: ['administrator', 'reserve'] };
export const op = (staffId: string): Actor => ({ kind: 'staff', staffId, roles: ['operator'] });
export const kiosk: Actor = { kind: 'device', deviceId: 'kiosk-1', role: 'kiosk' };

export class TestOffice {
  state: OfficeState;
  now: number;
  log: OfficeEvent[] = [];

  constructor(config: OfficeConfig = demoOffice({ hours: ALWAYS_OPEN }), now = T0) {
    this.state = initialState(config);
    this.now = now;
  }

  advance(minutes: number): this {
    this.now += minutes * MIN;
    return this;
  }

  try(command: Command, actor: Actor = admin): OfficeEvent[] | Refusal {
    const result = execute(this.state, command, { now: this.now, actor, nonce: 'test' });
    if (isRefusal(result)) return result;
    this.state = result.state;
    this.log.push(...result.events);
    return result.events;
  }

  run(command: Command, actor: Actor = admin): OfficeEvent[] {
    const result = this.try(command, actor);
    if (isRefusal(result)) throw new Error(`refused ${command.type}: ${JSON.stringify(result)}`);
    return result;
  }

  issue(serviceId: string, extra: Partial<Extract<Command, { type: 'ticket.issue' }>> = {}) {
    const events = this.run(
      {
        type: 'ticket.issue',
        serviceIds: [serviceId],
        clientType: 'individual',
        priority: null,
        source: 'kiosk',
        ...extra,
      },
      kiosk,
    );
    const issued = events.find((e) => e.type === 'ticket.issued');
    if (issued?.type !== 'ticket.issued') throw new Error('no ticket issued');
    return issued.ticket;
  }

  open(windowId: string, actor: Actor = admin, services?: { serviceId: string; weight: number }[]) {
    return this.run({ type: 'window.open', windowId, services: services ?? null }, actor);
  }

  callNext(windowId: string, actor: Actor = admin) {
    const events = this.run({ type: 'ticket.callNext', windowId }, actor);
    const called = events.find((e) => e.type === 'ticket.called');
    if (called?.type !== 'ticket.called') throw new Error('nothing called');
    return this.state.tickets[called.ticketId]!;
  }

  serve(windowId: string, minutes: number, actor: Actor = admin) {
    const ticket = this.callNext(windowId, actor);
    this.run({ type: 'ticket.start', windowId }, actor);
    this.advance(minutes);
    this.run({ type: 'ticket.finish', windowId, result: 'resolved' }, actor);
    return ticket;
  }

  tick() {
    return this.run({ type: 'clock.tick' });
  }

  /** Where a ticket is now: its live state, or how its visit ended according to the log. */
  fate(ticketId: string): string | undefined {
    const live = this.state.tickets[ticketId];
    if (live) return live.state;
    const end = [...this.log]
      .reverse()
      .find(
        (e) =>
          (e.type === 'ticket.finished' || e.type === 'ticket.noShow' || e.type === 'ticket.cancelled') &&
          e.ticketId === ticketId,
      );
    return end?.type === 'ticket.finished'
      ? 'done'
      : end?.type === 'ticket.noShow'
        ? 'noShow'
        : end
          ? 'cancelled'
          : undefined;
  }

  alarmKeys(): string[] {
    return Object.keys(this.state.alarms).sort();
  }
}
