import { currentTicket } from './calling.js';
import { type Decider, isBlank } from './decision.js';
import { isRefusal, type Refusal, refuse } from './refusal.js';
import { currentServiceId, weightFor } from './routing.js';
import { MINUTE } from './norms.js';
import { priorityAlarm } from './issue.js';
import type { OfficeState, Ticket } from './model.js';
import { ownValue } from './own-record.js';

export const decideStart: Decider<'ticket.start'> = (state, command, { actor }) => {
  const found = currentTicket(state, command.windowId, actor, ['called']);
  if (isRefusal(found)) return found;
  return [{ type: 'ticket.started', ticketId: found.ticket.id, windowId: found.window.id }];
};

/** Finishing one topic of a multi-topic visit (001 §4.2) sends the visitor on to the next one. */
export const decideFinish: Decider<'ticket.finish'> = (state, command, { now, actor }) => {
  const found = currentTicket(state, command.windowId, actor, ['serving']);
  if (isRefusal(found)) return found;
  const { ticket, window } = found;
  const next = ticket.serviceIndex + 1;
  const nextServiceId = ticket.serviceIds[next];
  return [
    {
      type: 'ticket.finished',
      ticketId: ticket.id,
      windowId: window.id,
      result: command.result,
      serviceId: currentServiceId(ticket),
      durationMs: Math.max(0, now - (ticket.startedAt ?? now)),
      nextServiceIndex: nextServiceId ? next : null,
    },
    ...waitingAgain(ticket, nextServiceId, now),
  ];
};

/**
 * A visitor with a priority who queues again is met again (004 §6.7.2, `priorityAlarm`). Their first
 * alarm ended when they were called, so a new one is raised, never a duplicate.
 */
const waitingAgain = (ticket: Ticket, serviceId: string | undefined, now: number) =>
  ticket.priority !== null && serviceId ? [priorityAlarm(ticket.id, serviceId, now)] : [];

/**
 * A transferred visitor must have someone to go to (003 §8.3): a named window that is closed, or a
 * topic no window still working today serves (open, or paused and coming back), would leave them
 * waiting for nobody. The operator is told and chooses another target.
 */
const nobodyToServe = (state: OfficeState, toWindowId: string | null, serviceId: string): Refusal | null => {
  if (toWindowId !== null) {
    return ownValue(state.windows, toWindowId)?.status === 'closed'
      ? refuse('transfer_window_closed', { windowId: toWindowId })
      : null;
  }
  const served = Object.values(state.windows).some(
    (w) => w.status !== 'closed' && weightFor(w, serviceId) > 0,
  );
  return served ? null : refuse('transfer_topic_unserved', { serviceId });
};

/** Out of competence → the right specialist, saying why (000, 002, 001 §5.5.1.11–12). */
export const decideTransfer: Decider<'ticket.transfer'> = (state, command, { now, actor }) => {
  if (isBlank(command.reason)) return refuse('reason_required');
  if (!command.toServiceId && !command.toWindowId) return refuse('transfer_target_required');
  if (command.toServiceId && !state.config.services.some((s) => s.id === command.toServiceId)) {
    return refuse('unknown_service', { serviceId: command.toServiceId });
  }
  if (command.toWindowId && !state.config.windows.some((w) => w.id === command.toWindowId)) {
    return refuse('unknown_window', { windowId: command.toWindowId });
  }
  const found = currentTicket(state, command.windowId, actor, ['called', 'serving']);
  if (isRefusal(found)) return found;
  const { ticket, window } = found;
  const nobody = nobodyToServe(state, command.toWindowId, command.toServiceId ?? currentServiceId(ticket));
  if (nobody) return nobody;
  return [
    {
      type: 'ticket.transferred',
      ticketId: ticket.id,
      fromWindowId: window.id,
      toServiceId: command.toServiceId,
      toWindowId: command.toWindowId,
      reason: command.reason.trim(),
      orderAt: state.config.profile.keepOrderOnTransfer ? ticket.orderAt : now,
    },
    ...waitingAgain(ticket, command.toServiceId ?? currentServiceId(ticket), now),
  ];
};

/** The visitor steps away (to fetch a document); they come back ahead of newer tickets. */
export const decidePostpone: Decider<'ticket.postpone'> = (state, command, { now, actor }) => {
  if (!(command.minutes > 0)) return refuse('reason_required', { field: 'minutes' });
  const found = currentTicket(state, command.windowId, actor, ['called', 'serving']);
  if (isRefusal(found)) return found;
  return [
    {
      type: 'ticket.postponed',
      ticketId: found.ticket.id,
      windowId: found.window.id,
      until: now + command.minutes * MINUTE,
    },
  ];
};

export const decideReturn: Decider<'ticket.return'> = (state, command) => {
  const ticket = ownValue(state.tickets, command.ticketId);
  if (!ticket) return refuse('unknown_ticket', { ticketId: command.ticketId });
  if (ticket.state !== 'postponed') return refuse('ticket_not_postponed', { ticket: ticket.number });
  return [{ type: 'ticket.returned', ticketId: ticket.id }];
};

export const decideCancel: Decider<'ticket.cancel'> = (state, command) => {
  if (isBlank(command.reason)) return refuse('reason_required');
  const ticket = ownValue(state.tickets, command.ticketId);
  if (!ticket) return refuse('unknown_ticket', { ticketId: command.ticketId });
  if (ticket.state !== 'waiting' && ticket.state !== 'postponed') {
    return refuse('ticket_not_waiting', { ticket: ticket.number, state: ticket.state });
  }
  return [{ type: 'ticket.cancelled', ticketId: ticket.id, reason: command.reason.trim() }];
};

/** A failed print never loses the ticket: it stays in the queue, and the printer state raises an alarm. */
export const decidePrintResult: Decider<'ticket.printResult'> = (state, command) => {
  const ticket = ownValue(state.tickets, command.ticketId);
  if (!ticket) return refuse('unknown_ticket', { ticketId: command.ticketId });
  const events = [
    {
      type: 'ticket.printed' as const,
      ticketId: ticket.id,
      deviceId: command.deviceId,
      status: command.status,
      ...(command.reprint ? { reprint: true as const } : {}),
    },
  ];
  const printer = command.status === 'printed' && command.paperNearEnd ? 'paper_near_end' : command.status;
  if (ownValue(state.printers, command.deviceId) === printer) return events;
  return [...events, { type: 'printer.status' as const, deviceId: command.deviceId, status: printer }];
};

export const decidePrinterStatus: Decider<'device.printerStatus'> = (state, command) =>
  ownValue(state.printers, command.deviceId) === command.status
    ? []
    : [{ type: 'printer.status', deviceId: command.deviceId, status: command.status }];
