import { type Actor, type Command, type OfficeEvent, forecast, formatLocal, isRefusal } from '@queue/engine';
import {
  type CommandResponse,
  type CommandResult,
  type ErrorCode,
  type Principal,
  type WireDetails,
  commandSchema,
  validationIssues,
  mayCommand,
  rolesOf,
  wireError,
} from '@queue/protocol';
import { actorOf } from './auth/principal.js';
import { RateLimiter } from './auth/rate-limit.js';
import type { AuditLog } from './transport/audit-log.js';
import type { OfficeRuntime } from './office-runtime.js';
import { StorageError } from './storage/storage-error.js';
import { managerSignInProblems } from './configuration/manager-sign-in.js';

/** Kiosk commands that create tickets: 5 at once, then one every 6 seconds. */
const KIOSK_LIMITED = new Set(['ticket.issue', 'appointment.checkIn']);

/**
 * Every command, from a socket or from HTTP, passes here: parse, authorise, bind to the principal,
 * rate-limit, run. No business rule lives here (STYLE: handlers parse, authorise, call, store, broadcast).
 */
export class CommandGateway {
  private readonly limiter = new RateLimiter(5, 1 / 6000);

  constructor(
    private readonly runtime: OfficeRuntime,
    private readonly audit: AuditLog,
    /** The staff who have a PIN (the server's file): a configuration must keep a manager among them. */
    private readonly pins: () => Readonly<Record<string, unknown>>,
    /** Told of every answer: the command's type (`invalid` when it did not parse), its code, its time. */
    private readonly observe?: (type: string, code: string | null, seconds: number) => void,
  ) {}

  private fail(code: ErrorCode, details?: WireDetails): CommandResponse {
    const tz = this.runtime.state.config.timeZone;
    return { ok: false, error: wireError(code, details, (at) => formatLocal(at, tz)) };
  }

  /** Fields that follow from who is asking, never from what they send. */
  private bind(command: Command, principal: Principal): Command | ErrorCode {
    const staffId = principal.kind === 'staff' ? principal.staffId : null;
    const isAdmin = principal.kind === 'staff' && principal.roles.includes('administrator');
    switch (command.type) {
      case 'ticket.issue':
        return principal.kind === 'device'
          ? { ...command, source: 'kiosk', deviceId: principal.deviceId }
          : { ...command, source: 'administrator', deviceId: null };
      case 'ticket.printResult':
      case 'device.printerStatus':
        return principal.kind === 'device' ? { ...command, deviceId: principal.deviceId } : command;
      // A screen by the window rates only its window's visit that has just ended, never a ticket it names.
      case 'visit.feedback':
        return { ...command, ticketId: null };
      case 'staff.login':
      case 'staff.logout':
        return command.staffId === staffId || isAdmin ? command : 'forbidden';
      default:
        return command;
    }
  }

  /**
   * A command the server sends for a visitor from their phone page (issue 18): the route has already
   * bound it to the ticket of the page's token, and the visitor is the actor.
   */
  forVisitor(
    command: Extract<Command, { type: 'ticket.stepOut' | 'ticket.stepIn' | 'visit.feedback' }>,
  ): CommandResponse {
    return this.run(command, { kind: 'visitor' });
  }

  /**
   * A press of the entrance's call button (004 §6.7.5): the networked button's route names the door by
   * its device token, a button on the call-button line by its address; the button is the actor.
   */
  forDoor(doorId: string, actor: Actor): CommandResponse {
    return this.run({ type: 'door.call', doorId }, actor);
  }

  /**
   * Always answers, truthfully (issue 13): an exception before the command's events are stored refuses
   * it (`internal`: nothing changed, it may be sent again); after they are stored, it is acknowledged.
   */
  handle(principal: Principal, input: unknown): CommandResponse {
    const started = performance.now();
    let response: CommandResponse;
    try {
      response = this.answer(principal, input);
    } catch (error) {
      this.unexpected(error, input);
      response = this.fail('internal');
    }
    if (!this.observe) return response;
    try {
      // Anything but invalid_payload parsed, so its type is one of the commands' (a bounded label).
      const code = response.ok ? null : response.error.code;
      const type = code === 'invalid_payload' ? 'invalid' : (input as { type: string }).type;
      this.observe(type, code, (performance.now() - started) / 1000);
    } catch (error) {
      this.unexpected(error, input);
    }
    return response;
  }

  private unexpected(error: unknown, input: unknown): void {
    const type = (input as { type?: unknown } | null)?.type;
    this.audit.write({
      kind: 'internal',
      command: typeof type === 'string' ? type.slice(0, 64) : null,
      error: String(error),
    });
  }

  private answer(principal: Principal, input: unknown): CommandResponse {
    const parsed = commandSchema.safeParse(input);
    if (!parsed.success) {
      return this.fail('invalid_payload', { issues: validationIssues(parsed.error.issues) });
    }
    const requested: Command = parsed.data;
    if (!mayCommand(rolesOf(principal), requested.type)) {
      this.audit.write({ kind: 'forbidden', principal, command: requested.type });
      return this.fail('forbidden', { command: requested.type });
    }
    const command = this.bind(requested, principal);
    if (typeof command === 'string') {
      this.audit.write({ kind: 'forbidden', principal, command: requested.type });
      return this.fail(command);
    }
    if (principal.kind === 'device' && KIOSK_LIMITED.has(command.type)) {
      if (!this.limiter.take(principal.deviceId, this.runtime.clock())) return this.fail('rate_limited');
    }
    if (command.type === 'config.replace') {
      const problems = managerSignInProblems(command.config, this.pins());
      if (problems.length > 0) return this.fail('invalid_config', { problems });
    }
    return this.run(command, actorOf(principal));
  }

  private run(command: Command, actor: Actor): CommandResponse {
    let outcome: ReturnType<OfficeRuntime['run']>;
    try {
      outcome = this.runtime.run(command, actor);
    } catch (error) {
      // Nothing changed (OfficeRuntime.run): the command is refused and can simply be sent again.
      const storage = error instanceof StorageError;
      this.audit.write({
        kind: storage ? 'storage_failed' : 'internal',
        command: command.type,
        error: String(error),
      });
      return this.fail(storage ? 'storage_failed' : 'internal');
    }
    if (isRefusal(outcome)) return this.fail(outcome.code, outcome.details);
    try {
      return { ok: true, result: this.result(outcome.events) };
    } catch (error) {
      // Stored: acknowledged with what is certain, without the ticket's forecast that failed.
      this.audit.write({ kind: 'internal_after_store', command: command.type, error: String(error) });
      const seq = outcome.events.at(-1)?.seq ?? this.runtime.state.seq;
      return { ok: true, result: { seq, events: outcome.events.map((e) => ({ seq: e.seq, type: e.type })) } };
    }
  }

  private result(events: readonly OfficeEvent[]): CommandResult {
    const result: CommandResult = {
      seq: events.at(-1)?.seq ?? this.runtime.state.seq,
      events: events.map((e) => ({ seq: e.seq, type: e.type })),
    };
    const issued = events.find((e) => e.type === 'ticket.issued');
    if (issued?.type === 'ticket.issued') {
      // The moment of issue, so the expectation is the projection the engine just made for this state.
      const now = this.runtime.lastRunAt;
      const expected = forecast(this.runtime.state, now).tickets[issued.ticket.id];
      const expectedAt = expected?.at ?? null;
      result.ticket = {
        id: issued.ticket.id,
        number: issued.ticket.number,
        serviceIds: issued.ticket.serviceIds,
        issuedAt: issued.ticket.issuedAt,
        ahead: expected?.ahead ?? 0,
        expectedAt,
        expectedWaitMin: expectedAt === null ? null : Math.max(0, Math.round((expectedAt - now) / 60_000)),
        ...(issued.ticket.phoneToken ? { phoneToken: issued.ticket.phoneToken } : {}),
      };
    }
    const booked = events.find((e) => e.type === 'appointment.booked');
    if (booked?.type === 'appointment.booked') {
      const { id, code, slotAt } = booked.appointment;
      result.appointment = { id, code, slotAt };
    }
    return result;
  }
}
