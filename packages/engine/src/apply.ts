import type { OfficeEvent } from './events.js';
import { SERVICE_SAMPLE } from './forecast.js';
import type { OfficeConfig, OfficeState, Ticket, WindowState } from './model.js';
import { openFeedback } from './feedback.js';
import { ownValue } from './own-record.js';

/**
 * Folds one event into the state. Total and pure: it never refuses (refusals happen in `decide`), and
 * returns a new state object so that old states stay valid for diffing. Only the touched records are
 * copied, which keeps a busy day's apply cheap.
 */

const closedWindow = (id: string, at: number): WindowState => ({
  id,
  status: 'closed',
  operatorId: null,
  services: [],
  ticketId: null,
  pauseReason: null,
  since: at,
});

export const initialState = (config: OfficeConfig): OfficeState => ({
  config,
  seq: 0,
  day: null,
  dayEndedAt: null,
  counters: {},
  tickets: {},
  windows: Object.fromEntries(config.windows.map((w) => [w.id, closedWindow(w.id, 0)])),
  staff: {},
  alarms: {},
  episodes: {},
  appointments: {},
  serviceTimes: {},
  walkTimes: [],
  printers: {},
});

const withTicket = (state: OfficeState, id: string, change: (t: Ticket) => Partial<Ticket>): OfficeState => {
  const ticket = ownValue(state.tickets, id);
  if (!ticket) return state;
  return { ...state, tickets: { ...state.tickets, [id]: { ...ticket, ...change(ticket) } } };
};

const withWindow = (
  state: OfficeState,
  id: string,
  change: (w: WindowState) => Partial<WindowState>,
): OfficeState => {
  const window = ownValue(state.windows, id) ?? closedWindow(id, 0);
  return { ...state, windows: { ...state.windows, [id]: { ...window, ...change(window) } } };
};

const without = <T>(record: Record<string, T>, key: string): Record<string, T> => {
  const { [key]: _removed, ...rest } = record;
  return rest;
};

/**
 * A finished visit leaves the live state at once: its record is the event that finished it, and the
 * reports read the log. The live state then stays as small as the hall, so a command costs the same
 * at 9 a.m. and at 7 p.m. of a busy day.
 */
const withoutTicket = (state: OfficeState, id: string): OfficeState => ({
  ...state,
  tickets: without(state.tickets, id),
});

export const apply = (previous: OfficeState, event: OfficeEvent): OfficeState => {
  const state: OfficeState = { ...previous, seq: event.seq };
  const at = event.at;
  switch (event.type) {
    case 'day.opened':
      return { ...state, day: event.day, dayEndedAt: null, counters: {} };
    case 'day.ended':
      return { ...state, dayEndedAt: at };
    case 'day.closed':
      // Whoever was left was closed just before (`ticket.unserved`); bookings and episodes of the day go.
      return {
        ...state,
        episodes: Object.fromEntries(Object.entries(state.episodes).filter(([, e]) => e.endedAt === null)),
        appointments: Object.fromEntries(
          Object.entries(state.appointments).filter(([, a]) => a.state === 'booked' && a.slotAt > at),
        ),
      };
    case 'config.replaced': {
      let windows = state.windows;
      // A computed key defines an own entry even for an id like `__proto__`; an assignment would not.
      for (const w of event.config.windows) {
        if (!Object.hasOwn(windows, w.id)) windows = { ...windows, [w.id]: closedWindow(w.id, at) };
      }
      return { ...state, config: event.config, windows };
    }
    case 'staff.pinReset':
    case 'device.registered':
    case 'device.revoked':
    case 'device.printerSet':
      // The record only: credentials live in the server's file, not in the office state.
      return state;
    case 'ticket.issued': {
      const letterKey = event.ticket.number.replace(/\d+$/, '');
      return {
        ...state,
        counters: { ...state.counters, [letterKey]: (ownValue(state.counters, letterKey) ?? 0) + 1 },
        tickets: { ...state.tickets, [event.ticket.id]: event.ticket },
      };
    }
    case 'ticket.called': {
      const next = withTicket(state, event.ticketId, () => ({
        state: 'called',
        windowId: event.windowId,
        staffId: event.staffId,
        calledAt: at,
        recalls: 0,
        reservedWindowId: null,
      }));
      return withWindow(next, event.windowId, () => ({ ticketId: event.ticketId }));
    }
    case 'ticket.recalled':
      return withTicket(state, event.ticketId, () => ({ recalls: event.recalls }));
    case 'ticket.started': {
      const calledAt = ownValue(state.tickets, event.ticketId)?.calledAt ?? null;
      const next = withTicket(state, event.ticketId, () => ({ state: 'serving', startedAt: at }));
      if (calledAt === null) return next;
      return { ...next, walkTimes: [...(state.walkTimes ?? []), at - calledAt].slice(-SERVICE_SAMPLE) };
    }
    case 'ticket.finished': {
      const recent = [...(ownValue(state.serviceTimes, event.serviceId) ?? []), event.durationMs].slice(
        -SERVICE_SAMPLE,
      );
      const nextServiceIndex = event.nextServiceIndex;
      const afterTicket =
        nextServiceIndex === null
          ? withoutTicket(state, event.ticketId)
          : withTicket(state, event.ticketId, () => ({
              state: 'waiting',
              serviceIndex: nextServiceIndex,
              waitingSince: at,
              windowId: null,
              calledAt: null,
              startedAt: null,
              result: event.result,
            }));
      const afterWindow = withWindow(afterTicket, event.windowId, () => ({ ticketId: null, since: at }));
      const feedbackOpen =
        nextServiceIndex === null
          ? openFeedback(state, event.ticketId, {
              windowId: event.windowId,
              serviceId: event.serviceId,
              finishedAt: at,
              given: false,
            })
          : state.feedbackOpen;
      return {
        ...afterWindow,
        serviceTimes: { ...afterWindow.serviceTimes, [event.serviceId]: recent },
        ...(feedbackOpen ? { feedbackOpen } : {}),
      };
    }
    case 'ticket.noShow': {
      const next = withoutTicket(state, event.ticketId);
      return event.windowId ? withWindow(next, event.windowId, () => ({ ticketId: null, since: at })) : next;
    }
    case 'ticket.transferred': {
      const next = withTicket(state, event.ticketId, (t) => {
        const serviceIds = [...t.serviceIds];
        if (event.toServiceId) serviceIds[t.serviceIndex] = event.toServiceId;
        return {
          state: 'waiting',
          serviceIds,
          reservedWindowId: event.toWindowId,
          orderAt: event.orderAt,
          waitingSince: at,
          windowId: null,
          calledAt: null,
          startedAt: null,
          recalls: 0,
          appointment: null,
        };
      });
      return withWindow(next, event.fromWindowId, () => ({ ticketId: null, since: at }));
    }
    case 'ticket.postponed': {
      const next = withTicket(state, event.ticketId, () => ({
        state: 'postponed',
        postponedUntil: event.until,
        windowId: null,
        calledAt: null,
        startedAt: null,
      }));
      return withWindow(next, event.windowId, () => ({ ticketId: null, since: at }));
    }
    case 'visit.feedbackGiven': {
      const opening = ownValue(state.feedbackOpen ?? {}, event.ticketId);
      if (!opening) return state;
      return {
        ...state,
        feedbackOpen: { ...state.feedbackOpen, [event.ticketId]: { ...opening, given: true } },
      };
    }
    case 'ticket.steppedOut':
      return withTicket(state, event.ticketId, (t) => ({
        state: 'postponed',
        postponedUntil: event.until,
        stepOuts: (t.stepOuts ?? 0) + 1,
      }));
    case 'ticket.returned':
      return withTicket(state, event.ticketId, () => ({
        state: 'waiting',
        postponedUntil: null,
        waitingSince: at,
      }));
    case 'ticket.cancelled':
      return withoutTicket(state, event.ticketId);
    case 'ticket.unserved': {
      const next = withoutTicket(state, event.ticketId);
      const window = event.windowId ? next.windows[event.windowId] : undefined;
      return window?.ticketId === event.ticketId
        ? withWindow(next, window.id, () => ({ ticketId: null, since: at }))
        : next;
    }
    case 'ticket.printed':
      return state;
    case 'window.opened':
      return withWindow(state, event.windowId, () => ({
        status: 'open',
        operatorId: event.staffId,
        services: event.services,
        servicesSince: at,
        pauseReason: null,
        since: at,
      }));
    case 'window.paused':
      return withWindow(state, event.windowId, () => ({
        status: 'paused',
        pauseReason: event.reason,
        since: at,
      }));
    case 'window.resumed':
      return withWindow(state, event.windowId, () => ({ status: 'open', pauseReason: null, since: at }));
    case 'window.closed': {
      // Visitors transferred to this window go back to its topic's queue: nobody would call them.
      let released = state;
      for (const ticket of Object.values(state.tickets)) {
        if (ticket.reservedWindowId === event.windowId && ticket.state === 'waiting') {
          released = withTicket(released, ticket.id, () => ({ reservedWindowId: null }));
        }
      }
      return withWindow(released, event.windowId, () => ({
        status: 'closed',
        operatorId: null,
        pauseReason: null,
        ticketId: null,
        since: at,
      }));
    }
    case 'window.servicesChanged':
      return withWindow(state, event.windowId, () => ({ services: event.services, servicesSince: at }));
    case 'staff.loggedIn':
      return {
        ...state,
        staff: {
          ...state.staff,
          [event.staffId]: { staffId: event.staffId, mode: event.mode, windowId: event.windowId, since: at },
        },
      };
    case 'staff.loggedOut':
      return { ...state, staff: without(state.staff, event.staffId) };
    case 'alarm.raised':
      return { ...state, alarms: { ...state.alarms, [event.alarm.key]: event.alarm } };
    case 'alarm.acknowledged': {
      const alarm = ownValue(state.alarms, event.key);
      if (!alarm) return state;
      return {
        ...state,
        alarms: { ...state.alarms, [event.key]: { ...alarm, acknowledgedBy: event.by, acknowledgedAt: at } },
      };
    }
    case 'alarm.cleared':
      return { ...state, alarms: without(state.alarms, event.key) };
    case 'overload.started':
      return { ...state, episodes: { ...state.episodes, [event.episode.id]: event.episode } };
    case 'overload.accepted':
    case 'overload.windowOpened':
    case 'overload.ended': {
      const episode = ownValue(state.episodes, event.episodeId);
      if (!episode) return state;
      const change =
        event.type === 'overload.accepted'
          ? { acceptedBy: event.staffId, acceptedAt: at }
          : event.type === 'overload.windowOpened'
            ? { openedWindowId: event.windowId, openedAt: at }
            : { endedAt: at };
      const updated = { ...episode, ...change };
      // Ended episodes leave the live state; the log keeps them for reports.
      return {
        ...state,
        episodes:
          updated.endedAt === null
            ? { ...state.episodes, [episode.id]: updated }
            : without(state.episodes, episode.id),
      };
    }
    case 'appointment.booked':
      return {
        ...state,
        appointments: { ...state.appointments, [event.appointment.id]: event.appointment },
      };
    case 'appointment.cancelled': {
      const appointment = ownValue(state.appointments, event.appointmentId);
      if (!appointment) return state;
      return {
        ...state,
        appointments: { ...state.appointments, [appointment.id]: { ...appointment, state: 'cancelled' } },
      };
    }
    case 'appointment.checkedIn': {
      const appointment = ownValue(state.appointments, event.appointmentId);
      if (!appointment) return state;
      return {
        ...state,
        appointments: {
          ...state.appointments,
          [appointment.id]: { ...appointment, state: 'checkedIn', ticketId: event.ticketId },
        },
      };
    }
    case 'appointment.rescheduled': {
      const appointment = ownValue(state.appointments, event.appointmentId);
      if (!appointment) return state;
      return {
        ...state,
        appointments: { ...state.appointments, [appointment.id]: { ...appointment, slotAt: event.slotAt } },
      };
    }
    case 'printer.status':
      return { ...state, printers: { ...state.printers, [event.deviceId]: event.status } };
  }
};

export const applyAll = (state: OfficeState, events: readonly OfficeEvent[]): OfficeState =>
  events.reduce(apply, state);
