import { phonePageOf } from './step-out.js';
import type { Decider } from './decision.js';
import type { EventBody } from './events.js';
import type {
  ClientType,
  OfficeState,
  PriorityCategory,
  Ticket,
  TicketAppointment,
  TicketLanguage,
  TicketSource,
} from './model.js';
import { nextTicketNumber } from './numbering.js';
import { isWithinReceptionHours, localDate, nextOpening } from './office-time.js';
import { refuse, type Refusal } from './refusal.js';

export interface NewTicket {
  serviceIds: string[];
  clientType: ClientType;
  priority: PriorityCategory | null;
  source: TicketSource;
  appointment: TicketAppointment | null;
  orderAt: number;
  language?: TicketLanguage | null | undefined;
  /** The key of the visitor's phone page: the server's random nonce of this command. */
  phoneToken: string;
}

export const outsideHours = (state: OfficeState, now: number): Refusal | null => {
  const { hours, timeZone } = state.config;
  if (isWithinReceptionHours(now, hours, timeZone)) return null;
  return refuse('outside_hours', { nextOpening: nextOpening(now, hours, timeZone) });
};

const checkServices = (state: OfficeState, serviceIds: string[], clientType: ClientType): Refusal | null => {
  if (serviceIds.length === 0) return refuse('unknown_service');
  for (const id of serviceIds) {
    const service = state.config.services.find((s) => s.id === id);
    if (!service) return refuse('unknown_service', { serviceId: id });
    if (!service.enabled) return refuse('service_disabled', { serviceId: id });
    if (!service.clientTypes.includes(clientType)) {
      return refuse('service_not_for_client_type', { serviceId: id, clientType });
    }
  }
  return null;
};

/**
 * 004 §6.7.2: a named employee comes to a visitor with a priority first; the board tells the
 * administrator. Raised when the visitor arrives and again whenever they wait anew (a transfer, the
 * next service of their ticket): the employee who helped at the first window has moved on.
 */
export const priorityAlarm = (ticketId: string, serviceId: string, now: number): EventBody => ({
  type: 'alarm.raised',
  alarm: {
    key: `priority:${ticketId}`,
    kind: 'priorityArrived',
    raisedAt: now,
    windowId: null,
    serviceId,
    ticketId,
    deviceId: null,
    count: null,
    acknowledgedBy: null,
    acknowledgedAt: null,
  },
});

/** Builds the issue events; shared by the kiosk, the administrator and appointment check-in. */
export const issueEvents = (state: OfficeState, spec: NewTicket, now: number): EventBody[] | Refusal => {
  const invalid = checkServices(state, spec.serviceIds, spec.clientType);
  if (invalid) return invalid;
  const first = state.config.services.find((s) => s.id === spec.serviceIds[0])!;
  const seq = state.seq + 1;
  const ticket: Ticket = {
    id: `T${seq}`,
    number: nextTicketNumber(state, first.letter),
    day: state.day ?? localDate(now, state.config.timeZone),
    serviceIds: spec.serviceIds,
    serviceIndex: 0,
    clientType: spec.clientType,
    priority: spec.priority,
    source: spec.source,
    issuedAt: now,
    orderAt: spec.orderAt,
    waitingSince: now,
    issueSeq: seq,
    state: 'waiting',
    windowId: null,
    staffId: null,
    reservedWindowId: null,
    calledAt: null,
    recalls: 0,
    startedAt: null,
    finishedAt: null,
    postponedUntil: null,
    appointment: spec.appointment,
    result: null,
    // Only English is written down: a Russian ticket's event is as it always was.
    ...(spec.language === 'en' ? { language: 'en' as const } : {}),
    // The office may switch the phone page off: its tickets then carry no token, so no QR link either.
    ...(phonePageOf(state.config).enabled === false ? {} : { phoneToken: spec.phoneToken }),
  };
  const events: EventBody[] = [{ type: 'ticket.issued', ticket }];
  if (spec.priority !== null) events.push(priorityAlarm(ticket.id, first.id, now));
  return events;
};

export const decideIssue: Decider<'ticket.issue'> = (state, command, { now, nonce }) => {
  // The kiosk stops at closing; the administrator may still register a visitor who is in the hall.
  if (command.source !== 'administrator') {
    const closed = outsideHours(state, now);
    if (closed) return closed;
  }
  return issueEvents(
    state,
    {
      serviceIds: command.serviceIds,
      clientType: command.clientType,
      priority: command.priority,
      source: command.source === 'appointment' ? 'kiosk' : command.source,
      appointment: null,
      orderAt: now,
      language: command.language,
      phoneToken: nonce,
    },
    now,
  );
};
