import { isAdministrator, windowForActor } from './access.js';
import { type Decider, isBlank, staffIdOf } from './decision.js';
import type { EventBody } from './events.js';
import type { OfficeState, OverloadEpisode, ServiceWeight, WindowState } from './model.js';
import { isRefusal, refuse, type Refusal } from './refusal.js';
import { ownValue } from './own-record.js';
import { selfOpenRefusal } from './window-assignment.js';
import { currentServiceId, weightFor } from './routing.js';

const checkServices = (state: OfficeState, services: ServiceWeight[]): Refusal | null => {
  if (services.length === 0 || services.every((s) => s.weight <= 0)) return refuse('window_has_no_services');
  for (const s of services) {
    if (!state.config.services.some((known) => known.id === s.serviceId)) {
      return refuse('unknown_service', { serviceId: s.serviceId });
    }
  }
  return null;
};

/**
 * 003 §8.3: the hall is never left without someone serving the waiting visitors. A window may step
 * away (pause, close, its operator signing out) only if, for every topic someone waits for, another
 * window is open that serves it: an open cash desk does not let the last specialist leave. Visitors
 * transferred to this very window count by their topic (on closing, their reservation is released).
 * Returns the refusal, or null when the others cover everyone.
 */
export const leavesWaitingUnserved = (state: OfficeState, windowId: string): Refusal | null => {
  const others = Object.values(state.windows).filter((w) => w.id !== windowId && w.status === 'open');
  const uncovered = new Set<string>();
  let waiting = 0;
  for (const ticket of Object.values(state.tickets)) {
    if (ticket.state !== 'waiting') continue;
    const topic = currentServiceId(ticket);
    const reservedElsewhere = ticket.reservedWindowId !== null && ticket.reservedWindowId !== windowId;
    const covered = reservedElsewhere
      ? others.some((w) => w.id === ticket.reservedWindowId)
      : others.some((w) => weightFor(w, topic) > 0);
    if (!covered) {
      uncovered.add(topic);
      waiting++;
    }
  }
  return waiting === 0
    ? null
    : refuse('last_window_while_waiting', { windowId, waiting, serviceIds: [...uncovered].sort().join(',') });
};

/** A window with a visitor at it cannot pause or close until the visit is finished or handed on. */
const visitorAt = (state: OfficeState, window: WindowState): Refusal | null => {
  const ticket = window.ticketId ? ownValue(state.tickets, window.ticketId) : undefined;
  return ticket && (ticket.state === 'called' || ticket.state === 'serving')
    ? refuse('window_busy', { windowId: window.id, ticket: ticket.number })
    : null;
};

/**
 * Whether an opening answers a call for extra staff (REGULATIONS §2): someone who was told of the call,
 * accepted it, is in reserve, or opens a window that is not their own. The window's own operator
 * starting their day during an episode is ordinary work, not the extra staff the episode records — the
 * board's journal once said «открыто по вызову резерва» of exactly that (issue 19).
 */
const answersCall = (
  state: OfficeState,
  episode: OverloadEpisode,
  windowId: string,
  staffId: string | null,
  accepting: string | null,
): boolean => {
  if (episode.id === accepting) return true;
  if (staffId === null) return true;
  if (episode.acceptedBy === staffId || episode.notified.includes(staffId)) return true;
  if (ownValue(state.staff, staffId)?.mode === 'reserve') return true;
  return state.config.staff.find((s) => s.id === staffId)?.windowId !== windowId;
};

/** Opening a window in answer to an overload episode is the response the episode records. */
export const windowOpenedEvents = (
  state: OfficeState,
  windowId: string,
  staffId: string | null,
  services: ServiceWeight[],
  reason?: string,
  accepting: string | null = null,
): EventBody[] => {
  const events: EventBody[] = [
    { type: 'window.opened', windowId, staffId, services, ...(reason === undefined ? {} : { reason }) },
  ];
  for (const episode of Object.values(state.episodes)) {
    if (
      episode.endedAt === null &&
      episode.openedWindowId === null &&
      answersCall(state, episode, windowId, staffId, accepting)
    ) {
      events.push({ type: 'overload.windowOpened', episodeId: episode.id, windowId });
    }
  }
  return events;
};

export const openWindow = (
  state: OfficeState,
  windowId: string,
  staffId: string | null,
  requested: ServiceWeight[] | null | undefined,
  reason?: string,
  accepting: string | null = null,
): EventBody[] | Refusal => {
  const config = state.config.windows.find((w) => w.id === windowId);
  const live = ownValue(state.windows, windowId);
  if (!config || !live) return refuse('unknown_window', { windowId });
  if (live.status !== 'closed') {
    return live.operatorId !== null && live.operatorId !== staffId
      ? refuse('window_taken', { windowId })
      : refuse('window_not_closed', { windowId, status: live.status });
  }
  const services = requested && requested.length > 0 ? requested : config.services;
  const invalid = checkServices(state, services);
  if (invalid) return invalid;
  return windowOpenedEvents(state, windowId, staffId, services, reason, accepting);
};

export const decideOpen: Decider<'window.open'> = (state, command, { actor }) => {
  const access = windowForActor(state, command.windowId, actor);
  if (isRefusal(access)) return access;
  const onBehalfOf = command.staffId ?? null;
  const forSomeoneElse = onBehalfOf !== null && onBehalfOf !== staffIdOf(actor);
  if (forSomeoneElse) {
    if (!isAdministrator(actor)) return refuse('not_permitted');
    if (!state.config.staff.some((s) => s.id === onBehalfOf))
      return refuse('unknown_staff', { staffId: onBehalfOf });
    if (isBlank(command.reason)) return refuse('reason_required');
  } else if (actor.kind === 'staff' && !isAdministrator(actor)) {
    const refused = selfOpenRefusal(state, actor.staffId, command.windowId);
    if (refused) return refused;
  }
  return openWindow(
    state,
    command.windowId,
    onBehalfOf ?? staffIdOf(actor),
    command.services,
    forSomeoneElse ? command.reason?.trim() : undefined,
  );
};

export const decidePause: Decider<'window.pause'> = (state, command, { actor }) => {
  if (isBlank(command.reason)) return refuse('reason_required');
  const access = windowForActor(state, command.windowId, actor);
  if (isRefusal(access)) return access;
  const { window } = access;
  if (window.status !== 'open')
    return refuse('window_not_open', { windowId: window.id, status: window.status });
  const busy = visitorAt(state, window);
  if (busy) return busy;
  const unserved = leavesWaitingUnserved(state, window.id);
  if (unserved) return unserved;
  return [{ type: 'window.paused', windowId: window.id, reason: command.reason.trim() }];
};

export const decideResume: Decider<'window.resume'> = (state, command, { actor }) => {
  const access = windowForActor(state, command.windowId, actor);
  if (isRefusal(access)) return access;
  if (access.window.status !== 'paused') {
    return refuse('window_not_open', { windowId: command.windowId, status: access.window.status });
  }
  return [{ type: 'window.resumed', windowId: command.windowId }];
};

export const decideClose: Decider<'window.close'> = (state, command, { actor }) => {
  const access = windowForActor(state, command.windowId, actor);
  if (isRefusal(access)) return access;
  const { window } = access;
  if (window.status === 'closed')
    return refuse('window_not_open', { windowId: window.id, status: window.status });
  return closeWindow(state, window);
};

/**
 * Closing a window, whoever asks (its operator, the administrator, the operator's sign-out): never
 * with a visitor at it, and never leaving the waiting visitors without an open window for their topic.
 * A paused window already left them, so it may close.
 */
export const closeWindow = (state: OfficeState, window: WindowState): EventBody[] | Refusal => {
  const busy = visitorAt(state, window);
  if (busy) return busy;
  if (window.status === 'open') {
    const unserved = leavesWaitingUnserved(state, window.id);
    if (unserved) return unserved;
  }
  return [{ type: 'window.closed', windowId: window.id }];
};

/** Changing what a window serves mid-day reorders who it calls, so the reason is kept (001 §7.2.4). */
export const decideSetServices: Decider<'window.setServices'> = (state, command, { actor }) => {
  if (isBlank(command.reason)) return refuse('reason_required');
  const access = windowForActor(state, command.windowId, actor);
  if (isRefusal(access)) return access;
  const invalid = checkServices(state, command.services);
  if (invalid) return invalid;
  return [
    {
      type: 'window.servicesChanged',
      windowId: command.windowId,
      services: command.services,
      reason: command.reason.trim(),
    },
  ];
};
