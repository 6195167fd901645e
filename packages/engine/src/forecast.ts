import type { OfficeState, Ticket } from './model.js';
import { serviceNormMs, waitNormMs } from './norms.js';
import { ownValue } from './own-record.js';
import {
  chooseNext,
  currentServiceId,
  isEligible,
  type RoutingContext,
  type RoutingWindow,
} from './routing.js';

/**
 * A deterministic projection of the present (DESIGN §3): open windows keep serving at the expected pace,
 * picking tickets with the same routing pipeline the server uses. Each call takes its window for the
 * walk from the call to the window and the service, both as this office has recently measured them. The kiosk's "people ahead" and expected
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
  const recent = ownValue(state.serviceTimes, serviceId);
  if (!recent || recent.length === 0) return serviceNormMs(state.config, serviceId);
  return recent.reduce((sum, ms) => sum + ms, 0) / recent.length;
};

/**
 * Rolling average of this office's recent walks from the call to the window (call → start); none
 * before the first. A visitor called is at the window this much later, so each one ahead adds it.
 */
export const expectedWalkMs = (state: OfficeState): number => {
  const recent = state.walkTimes;
  if (!recent || recent.length === 0) return 0;
  return recent.reduce((sum, ms) => sum + ms, 0) / recent.length;
};

/**
 * The routing context at `now`. Norms are looked up once per topic and kept for the life of the
 * context: the forecast asks for them thousands of times per projection.
 */
export const routingContext = (state: OfficeState, now: number): RoutingContext => {
  const norms = new Map<string, number>();
  return {
    now,
    waitNormMs: (serviceId) => {
      let norm = norms.get(serviceId);
      if (norm === undefined) {
        norm = waitNormMs(state.config, serviceId);
        norms.set(serviceId, norm);
      }
      return norm;
    },
    urgentMarginMs: state.config.profile.earlyWarningMin * 60_000,
  };
};

interface Server {
  window: RoutingWindow;
  freeAt: number;
  order: number;
}

const busyUntil = (
  state: OfficeState,
  ticketId: string | null,
  now: number,
  expected: (serviceId: string) => number,
  walkMs: number,
): number => {
  const ticket = ticketId ? ownValue(state.tickets, ticketId) : undefined;
  if (!ticket) return now;
  const ms = expected(currentServiceId(ticket));
  if (ticket.state === 'serving' && ticket.startedAt !== null) return Math.max(now, ticket.startedAt + ms);
  // Called and on the way: at the window a walk after the call, then served.
  if (ticket.state === 'called' && ticket.calledAt !== null)
    return Math.max(now, ticket.calledAt + walkMs) + ms;
  return now + ms;
};

/**
 * Which windows could ever serve a waiting ticket (eligibility with every slot already come): two
 * tickets share a queue when their sets meet. Tickets of one topic (or reserved for one window) share
 * a set, so the sets are computed per topic, not per ticket.
 */
const eligibilityClasses = (state: OfficeState) => {
  const windows: RoutingWindow[] = state.config.windows.map((w) => ({
    id: w.id,
    services: ownValue(state.windows, w.id)?.services ?? w.services,
  }));
  const classOf = new Map<string, number>();
  const sets: boolean[][] = [];
  const keyOf = (ticket: Ticket) =>
    ticket.reservedWindowId !== null
      ? `window:${ticket.reservedWindowId}`
      : `service:${currentServiceId(ticket)}`;
  const classFor = (ticket: Ticket): number => {
    const key = keyOf(ticket);
    let id = classOf.get(key);
    if (id === undefined) {
      id = sets.length;
      sets.push(windows.map((w) => isEligible(ticket, w, Number.POSITIVE_INFINITY)));
      classOf.set(key, id);
    }
    return id;
  };
  const meets = new Map<number, boolean>();
  const share = (a: number, b: number): boolean => {
    const key = a * 65_536 + b;
    let answer = meets.get(key);
    if (answer === undefined) {
      const x = sets[a]!;
      const y = sets[b]!;
      answer = x.some((eligible, i) => eligible && y[i]);
      meets.set(key, answer);
    }
    return answer;
  };
  return { classFor, share, count: () => sets.length };
};

/**
 * The last projection, by the parts of the state it reads and the time. Several readers ask for the same
 * one within a command — the alarm rules, the staff view, the ticket the kiosk prints — and a state never
 * changes in place, so the answer can be shared; keyed by the parts, not the state, it also survives
 * events that touch nothing it reads (an alarm raised, a login). Readers must not mutate it (none does).
 */
const projections = new WeakMap<
  OfficeState['tickets'],
  {
    now: number;
    config: OfficeState['config'];
    windows: OfficeState['windows'];
    serviceTimes: OfficeState['serviceTimes'];
    walkTimes: OfficeState['walkTimes'];
    forecast: Forecast;
  }
>();

export const forecast = (state: OfficeState, now: number): Forecast => {
  const known = projections.get(state.tickets);
  if (
    known?.now === now &&
    known.config === state.config &&
    known.windows === state.windows &&
    known.serviceTimes === state.serviceTimes &&
    known.walkTimes === state.walkTimes
  )
    return known.forecast;
  const projected = projectForecast(state, now);
  projections.set(state.tickets, {
    now,
    config: state.config,
    windows: state.windows,
    serviceTimes: state.serviceTimes,
    walkTimes: state.walkTimes,
    forecast: projected,
  });
  return projected;
};

/** The projection itself, uncached: for what-if states (pooling.ts) that must not evict the live one. */
export const projectForecast = (state: OfficeState, now: number): Forecast => {
  const expectedCache = new Map<string, number>();
  const expected = (serviceId: string): number => {
    let ms = expectedCache.get(serviceId);
    if (ms === undefined) {
      ms = expectedServiceMs(state, serviceId);
      expectedCache.set(serviceId, ms);
    }
    return ms;
  };
  const walkMs = expectedWalkMs(state);
  const waiting: Ticket[] = [];
  for (const ticket of Object.values(state.tickets)) if (ticket.state === 'waiting') waiting.push(ticket);
  const pool = new Map<string, Ticket>();
  for (const ticket of waiting) pool.set(ticket.id, ticket);

  const servers: Server[] = state.config.windows
    .map((w, order) => ({ w, order, live: ownValue(state.windows, w.id) }))
    .filter(({ live }) => live?.status === 'open')
    .map(({ w, order, live }) => ({
      window: { id: w.id, services: live!.services },
      freeAt: busyUntil(state, live!.ticketId, now, expected, walkMs),
      order,
    }));

  const result: Forecast = { tickets: {}, windows: {} };
  for (const server of servers) result.windows[server.window.id] = 0;

  // One context for the whole projection, its clock moved to each server's free time in turn.
  const ctx = routingContext(state, now);
  while (pool.size > 0 && servers.length > 0) {
    // The server that frees first (ties: configuration order) picks next.
    let at = 0;
    for (let i = 1; i < servers.length; i++) {
      const a = servers[i]!;
      const b = servers[at]!;
      if (a.freeAt < b.freeAt || (a.freeAt === b.freeAt && a.order < b.order)) at = i;
    }
    const server = servers[at]!;
    ctx.now = server.freeAt;
    const next = chooseNext(pool.values(), server.window, ctx);
    if (!next) {
      // Nothing callable now; an appointment may become callable at its slot.
      let laterSlot = Number.POSITIVE_INFINITY;
      for (const t of pool.values()) {
        if (!t.appointment?.onTime || t.appointment.slotAt <= server.freeAt) continue;
        if (isEligible(t, server.window, t.appointment.slotAt)) {
          laterSlot = Math.min(laterSlot, t.appointment.slotAt);
        }
      }
      if (Number.isFinite(laterSlot)) server.freeAt = laterSlot;
      else servers.splice(at, 1);
      continue;
    }
    pool.delete(next.id);
    result.tickets[next.id] = { at: server.freeAt, windowId: server.window.id, ahead: 0 };
    result.windows[server.window.id] = (result.windows[server.window.id] ?? 0) + 1;
    // The window is taken from the call: the visitor's walk to it, then the service.
    server.freeAt += walkMs + expected(currentServiceId(next));
  }

  // People ahead: those expected to be called earlier at a window both could be served by. Walking the
  // tickets in call order and counting per eligibility class keeps this linear in the queue.
  const classes = eligibilityClasses(state);
  const planned = waiting
    .filter((t) => result.tickets[t.id] !== undefined)
    .map((t) => ({ ticket: t, at: result.tickets[t.id]!.at!, cls: classes.classFor(t) }))
    .sort((a, b) => a.at - b.at);
  const earlier: number[] = [];
  for (let i = 0; i < planned.length; ) {
    let j = i;
    while (j < planned.length && planned[j]!.at === planned[i]!.at) j++;
    for (let k = i; k < j; k++) {
      const { ticket, cls } = planned[k]!;
      let ahead = 0;
      for (let c = 0; c < earlier.length; c++) if (earlier[c] && classes.share(cls, c)) ahead += earlier[c]!;
      result.tickets[ticket.id]!.ahead = ahead;
    }
    for (let k = i; k < j; k++) {
      const { cls } = planned[k]!;
      while (earlier.length <= cls) earlier.push(0);
      earlier[cls] = (earlier[cls] ?? 0) + 1;
    }
    i = j;
  }

  // No open window serves it: people ahead is the earlier-issued queue of the same topic.
  const byTopic = new Map<string, Ticket[]>();
  for (const ticket of waiting) {
    const topic = currentServiceId(ticket);
    const list = byTopic.get(topic) ?? [];
    list.push(ticket);
    byTopic.set(topic, list);
  }
  const rank = new Map<string, number>();
  for (const list of byTopic.values()) {
    list.sort((a, b) => a.orderAt - b.orderAt || a.issueSeq - b.issueSeq);
    for (let i = 0; i < list.length; i++) {
      // Equal order and sequence never happen (the sequence is unique), so the index is the count.
      rank.set(list[i]!.id, i);
    }
  }
  for (const ticket of waiting) {
    if (result.tickets[ticket.id]) continue;
    result.tickets[ticket.id] = { at: null, windowId: null, ahead: rank.get(ticket.id) ?? 0 };
  }
  return result;
};
