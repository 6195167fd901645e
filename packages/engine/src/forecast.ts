import type { OfficeState, Ticket } from './model.js';
import { serviceNormMs, waitNormMs } from './norms.js';
import {
  chooseNext,
  currentServiceId,
  isEligible,
  type RoutingContext,
  type RoutingWindow,
} from './routing.js';

/**
 * A deterministic projection of the present (DESIGN §3): open windows keep serving at the expected pace,
 * picking tickets with the same routing pipeline the server uses. The kiosk's "people ahead" and expected
 * wait, the board's early warnings and the per-window overload rule all read it.
 */

/** How many recent services of a topic the expectation averages over. */
export const SERVICE_SAMPLE = 20;

export interface TicketForecast {
  /** Expected call time, or null when no open window serves this ticket. */
  at: number | null;
  windowId: string | null;
  ahead: number;
}

export interface Forecast {
  tickets: Record<string, TicketForecast>;
  /** People expected to be served by each open window from the present queue. */
  windows: Record<string, number>;
}

/** Rolling average of this office's recent services of the topic; the norm until there is data. */
export const expectedServiceMs = (state: OfficeState, serviceId: string): number => {
  const recent = state.serviceTimes[serviceId];
  if (!recent || recent.length === 0) return serviceNormMs(state.config, serviceId);
  return recent.reduce((sum, ms) => sum + ms, 0) / recent.length;
};

export const routingContext = (state: OfficeState, now: number): RoutingContext => ({
  now,
  waitNormMs: (serviceId) => waitNormMs(state.config, serviceId),
  urgentMarginMs: state.config.profile.earlyWarningMin * 60_000,
});

interface Server {
  window: RoutingWindow;
  freeAt: number;
  order: number;
}

const busyUntil = (state: OfficeState, ticketId: string | null, now: number): number => {
  const ticket = ticketId ? state.tickets[ticketId] : undefined;
  if (!ticket) return now;
  const expected = expectedServiceMs(state, currentServiceId(ticket));
  if (ticket.state === 'serving' && ticket.startedAt !== null)
    return Math.max(now, ticket.startedAt + expected);
  return now + expected;
};

export const forecast = (state: OfficeState, now: number): Forecast => {
  const pool = new Map<string, Ticket>();
  for (const ticket of Object.values(state.tickets))
    if (ticket.state === 'waiting') pool.set(ticket.id, ticket);

  const servers: Server[] = state.config.windows
    .map((w, order) => ({ w, order, live: state.windows[w.id] }))
    .filter(({ live }) => live?.status === 'open')
    .map(({ w, order, live }) => ({
      window: { id: w.id, services: live!.services },
      freeAt: busyUntil(state, live!.ticketId, now),
      order,
    }));

  const result: Forecast = { tickets: {}, windows: {} };
  for (const server of servers) result.windows[server.window.id] = 0;

  while (pool.size > 0 && servers.length > 0) {
    servers.sort((a, b) => a.freeAt - b.freeAt || a.order - b.order);
    const server = servers[0]!;
    const ctx = routingContext(state, server.freeAt);
    const next = chooseNext(pool.values(), server.window, ctx);
    if (!next) {
      // Nothing callable now; an appointment may become callable at its slot.
      const laterSlot = Math.min(
        ...[...pool.values()]
          .filter((t) => t.appointment?.onTime && t.appointment.slotAt > server.freeAt)
          .filter((t) => isEligible(t, server.window, t.appointment!.slotAt))
          .map((t) => t.appointment!.slotAt),
      );
      if (Number.isFinite(laterSlot)) server.freeAt = laterSlot;
      else servers.shift();
      continue;
    }
    pool.delete(next.id);
    result.tickets[next.id] = { at: server.freeAt, windowId: server.window.id, ahead: 0 };
    result.windows[server.window.id] = (result.windows[server.window.id] ?? 0) + 1;
    server.freeAt += expectedServiceMs(state, currentServiceId(next));
  }

  const waiting = Object.values(state.tickets).filter((t) => t.state === 'waiting');
  const sharesWindow = (a: Ticket, b: Ticket) =>
    state.config.windows.some((w) => {
      const live = state.windows[w.id];
      const rw: RoutingWindow = { id: w.id, services: live?.services ?? w.services };
      return isEligible(a, rw, Number.POSITIVE_INFINITY) && isEligible(b, rw, Number.POSITIVE_INFINITY);
    });
  for (const ticket of waiting) {
    const mine = result.tickets[ticket.id];
    if (mine) {
      mine.ahead = waiting.filter((other) => {
        const theirs = result.tickets[other.id];
        return (
          other.id !== ticket.id && theirs?.at != null && theirs.at < mine.at! && sharesWindow(ticket, other)
        );
      }).length;
    } else {
      // No open window serves it: people ahead is the earlier-issued queue of the same topic.
      result.tickets[ticket.id] = {
        at: null,
        windowId: null,
        ahead: waiting.filter(
          (other) =>
            currentServiceId(other) === currentServiceId(ticket) &&
            (other.orderAt < ticket.orderAt ||
              (other.orderAt === ticket.orderAt && other.issueSeq < ticket.issueSeq)),
        ).length,
      };
    }
  }
  return result;
};
