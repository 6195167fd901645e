import {
  type Actor,
  type Command,
  type OfficeConfig,
  type OfficeEvent,
  type OfficeState,
  execute,
  initialState,
  isRefusal,
  zonedTimeToEpoch,
} from '@queue/engine';

/** Drives the real engine through a day with an injected clock and keeps every event, as the server would. */
export const MIN = 60_000;

export const staff = (
  staffId: string,
  roles: Extract<Actor, { kind: 'staff' }>['roles'] = ['operator'],
): Actor => ({
  kind: 'staff',
  staffId,
  roles,
});
export const ADMIN = staff('admin', ['administrator', 'reserve']);
export const KIOSK: Actor = { kind: 'device', deviceId: 'kiosk-1', role: 'kiosk' };

export class OfficeDay {
  state: OfficeState;
  readonly events: OfficeEvent[] = [];
  now = 0;

  constructor(
    readonly config: OfficeConfig,
    public date: string,
  ) {
    this.state = initialState(config);
  }

  /** Moves to another office-local date (the next day of a period). */
  on(date: string): this {
    this.date = date;
    return this;
  }

  /** Sets the clock to a local time of the day, `09:05`. */
  at(time: string): this {
    this.now = zonedTimeToEpoch(this.date, time, this.config.timeZone);
    return this;
  }

  try(command: Command, actor: Actor = ADMIN): OfficeEvent[] | null {
    const result = execute(this.state, command, { now: this.now, actor, nonce: 'test' });
    if (isRefusal(result)) return null;
    this.state = result.state;
    this.events.push(...result.events);
    return result.events;
  }

  run(command: Command, actor: Actor = ADMIN): OfficeEvent[] {
    const result = execute(this.state, command, { now: this.now, actor, nonce: 'test' });
    if (isRefusal(result)) throw new Error(`refused ${command.type}: ${JSON.stringify(result)}`);
    this.state = result.state;
    this.events.push(...result.events);
    return result.events;
  }

  issue(serviceId: string, priority = false): string {
    const events = this.run(
      {
        type: 'ticket.issue',
        serviceIds: [serviceId],
        clientType: 'individual',
        priority: priority ? 'disability' : null,
        source: 'kiosk',
      },
      KIOSK,
    );
    const issued = events.find((e) => e.type === 'ticket.issued');
    if (issued?.type !== 'ticket.issued') throw new Error('no ticket');
    return issued.ticket.number;
  }

  /** Calls the next visitor to a window and returns the number called. */
  callNext(windowId: string, actor: Actor): string {
    const events = this.run({ type: 'ticket.callNext', windowId }, actor);
    const called = events.find((e) => e.type === 'ticket.called');
    if (called?.type !== 'ticket.called') throw new Error('nobody called');
    return this.numberOf(called.ticketId);
  }

  numberOf(ticketId: string): string {
    const issued = this.events.find((e) => e.type === 'ticket.issued' && e.ticket.id === ticketId);
    return issued?.type === 'ticket.issued' ? issued.ticket.number : '?';
  }

  ticketId(number: string): string {
    const issued = this.events.find((e) => e.type === 'ticket.issued' && e.ticket.number === number);
    if (issued?.type !== 'ticket.issued') throw new Error(`no ticket ${number}`);
    return issued.ticket.id;
  }
}
