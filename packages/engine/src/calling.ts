import { windowForActor } from './access.js';
import { type Decider, type Decision, isBlank, staffIdOf } from './decision.js';
import { routingContext } from './forecast.js';
import type { Actor, OfficeState, Ticket, WindowState } from './model.js';
import { tooEarlyForNoShow } from './no-show.js';
import { isRefusal, refuse, type Refusal } from './refusal.js';
import { chooseNext } from './routing.js';
import { ownValue } from './own-record.js';

/** The window must be open and free before it calls anyone: one visitor at a window at a time. */
const readyWindow = (state: OfficeState, windowId: string, actor: Actor): WindowState | Refusal => {
  const access = windowForActor(state, windowId, actor);
  if (isRefusal(access)) return access;
  const { window } = access;
  if (window.status !== 'open') return refuse('window_not_open', { windowId, status: window.status });
  const current = window.ticketId ? ownValue(state.tickets, window.ticketId) : undefined;
  if (current && (current.state === 'called' || current.state === 'serving')) {
    return refuse('window_busy', { windowId, ticket: current.number });
  }
  return window;
};

/** The window's current visitor in one of the expected states. */
export const currentTicket = (
  state: OfficeState,
  windowId: string,
  actor: Actor,
  states: Ticket['state'][],
): { window: WindowState; ticket: Ticket } | Refusal => {
  const access = windowForActor(state, windowId, actor);
  if (isRefusal(access)) return access;
  const ticket = access.window.ticketId ? ownValue(state.tickets, access.window.ticketId) : undefined;
  if (!ticket) return refuse('window_idle', { windowId });
  if (!states.includes(ticket.state)) {
    const code =
      states.includes('serving') && !states.includes('called') ? 'ticket_not_serving' : 'ticket_not_called';
    return refuse(code, { ticket: ticket.number, state: ticket.state });
  }
  return { window: access.window, ticket };
};

export const decideCallNext: Decider<'ticket.callNext'> = (state, command, { now, actor }) => {
  const window = readyWindow(state, command.windowId, actor);
  if (isRefusal(window)) return window;
  const next = chooseNext(Object.values(state.tickets), window, routingContext(state, now));
  if (!next) return refuse('queue_empty', { windowId: command.windowId });
  return [
    {
      type: 'ticket.called',
      ticketId: next.id,
      windowId: window.id,
      staffId: staffIdOf(actor),
      manualReason: null,
    },
  ];
};

/** 001 §7.2.4: decisions serve no personal interest, so an out-of-order call needs a reason on record. */
export const decideCallSpecific: Decider<'ticket.call'> = (state, command, { actor }): Decision => {
  if (isBlank(command.reason)) return refuse('reason_required');
  const window = readyWindow(state, command.windowId, actor);
  if (isRefusal(window)) return window;
  const ticket = ownValue(state.tickets, command.ticketId);
  if (!ticket) return refuse('unknown_ticket', { ticketId: command.ticketId });
  if (ticket.state !== 'waiting')
    return refuse('ticket_not_waiting', { ticket: ticket.number, state: ticket.state });
  return [
    {
      type: 'ticket.called',
      ticketId: ticket.id,
      windowId: window.id,
      staffId: staffIdOf(actor),
      manualReason: command.reason.trim(),
    },
  ];
};

/**
 * A recall announces the number again; past the profile's limit the visitor is marked as not come, but
 * no sooner than a no-show by hand would be (no-show.ts).
 */
export const decideRecall: Decider<'ticket.recall'> = (state, command, { now, actor }) => {
  const found = currentTicket(state, command.windowId, actor, ['called']);
  if (isRefusal(found)) return found;
  const { ticket, window } = found;
  if (ticket.recalls >= state.config.profile.recallLimit) {
    const early = tooEarlyForNoShow(state.config, ticket, now);
    if (early) return early;
    return [{ type: 'ticket.noShow', ticketId: ticket.id, windowId: window.id, reason: 'recallLimit' }];
  }
  return [{ type: 'ticket.recalled', ticketId: ticket.id, windowId: window.id, recalls: ticket.recalls + 1 }];
};

export const decideNoShow: Decider<'ticket.noShow'> = (state, command, { now, actor }) => {
  const found = currentTicket(state, command.windowId, actor, ['called']);
  if (isRefusal(found)) return found;
  const early = tooEarlyForNoShow(state.config, found.ticket, now);
  if (early) return early;
  return [
    { type: 'ticket.noShow', ticketId: found.ticket.id, windowId: found.window.id, reason: 'operator' },
  ];
};
