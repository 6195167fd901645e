import type { ServiceWeight, Ticket } from './model.js';

/**
 * Which waiting ticket a window calls next (DESIGN §3). The single place that orders the queue, so
 * that the server, the forecast and the simulator all agree, and property tests guard it.
 *
 *   1. eligible: waiting, a service of the window (or reserved for this window), appointments from their slot;
 *   2. out-of-turn visitors first (004 §6.7), in arrival order;
 *   3. appointments whose slot has come, checked in on time (004 §8.6);
 *   4. tickets about to breach their wait norm, earliest deadline first, whatever the window's weight;
 *   5. the rest by the window's weight (main services first), then earliest deadline first.
 * Ties go to the earlier ticket (orderAt, then the sequence of issue).
 */

export interface RoutingWindow {
  id: string;
  services: readonly ServiceWeight[];
}

export interface RoutingContext {
  now: number;
  waitNormMs: (serviceId: string) => number;
  /** A ticket whose deadline is this close counts as about to breach. */
  urgentMarginMs: number;
}

export const currentServiceId = (ticket: Ticket): string => ticket.serviceIds[ticket.serviceIndex] ?? '';

export const weightFor = (window: RoutingWindow, serviceId: string): number =>
  window.services.find((s) => s.serviceId === serviceId)?.weight ?? 0;

export const isEligible = (ticket: Ticket, window: RoutingWindow, now: number): boolean => {
  if (ticket.state !== 'waiting') return false;
  if (ticket.reservedWindowId !== null) return ticket.reservedWindowId === window.id;
  if (weightFor(window, currentServiceId(ticket)) <= 0) return false;
  if (ticket.appointment?.onTime && ticket.appointment.slotAt > now) return false;
  return true;
};

export const deadlineOf = (ticket: Ticket, ctx: RoutingContext): number =>
  ticket.orderAt + ctx.waitNormMs(currentServiceId(ticket));

const TIER_PRIORITY = 0;
const TIER_APPOINTMENT = 1;
const TIER_URGENT = 2;
const TIER_REGULAR = 3;

/**
 * Writes the sortable key of a ticket into `out` (five numbers; smaller is called first). One definition
 * serves `routingKey` and the scans below, which reuse two buffers instead of allocating per ticket —
 * the forecast runs this scan for every ticket of the queue on every command.
 */
const writeKey = (ticket: Ticket, window: RoutingWindow, ctx: RoutingContext, out: number[]): void => {
  if (ticket.priority !== null) {
    out[0] = TIER_PRIORITY;
    out[1] = 0;
    out[2] = ticket.orderAt;
  } else if (ticket.appointment?.onTime) {
    out[0] = TIER_APPOINTMENT;
    out[1] = 0;
    out[2] = ticket.appointment.slotAt;
  } else {
    const deadline = deadlineOf(ticket, ctx);
    if (deadline - ctx.now <= ctx.urgentMarginMs) {
      out[0] = TIER_URGENT;
      out[1] = 0;
    } else {
      const reservedHere = ticket.reservedWindowId === window.id;
      out[0] = TIER_REGULAR;
      out[1] = reservedHere ? -Number.MAX_SAFE_INTEGER : -weightFor(window, currentServiceId(ticket));
    }
    out[2] = deadline;
  }
  out[3] = ticket.orderAt;
  out[4] = ticket.issueSeq;
};

/** A sortable key: smaller is called first. Exported so tests and the forecast can explain an order. */
export const routingKey = (ticket: Ticket, window: RoutingWindow, ctx: RoutingContext): number[] => {
  const key = [0, 0, 0, 0, 0];
  writeKey(ticket, window, ctx, key);
  return key;
};

const compareKeys = (a: number[], b: number[]): number => {
  for (let i = 0; i < a.length; i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
};

export const chooseNext = (
  tickets: Iterable<Ticket>,
  window: RoutingWindow,
  ctx: RoutingContext,
): Ticket | undefined => {
  let best: Ticket | undefined;
  let bestKey = [0, 0, 0, 0, 0];
  let key = [0, 0, 0, 0, 0];
  for (const ticket of tickets) {
    if (!isEligible(ticket, window, ctx.now)) continue;
    writeKey(ticket, window, ctx, key);
    if (!best || compareKeys(key, bestKey) < 0) {
      best = ticket;
      const spare = bestKey;
      bestKey = key;
      key = spare;
    }
  }
  return best;
};

/** The order in which this window would call its eligible tickets if nothing changed. */
export const rankForWindow = (
  tickets: Iterable<Ticket>,
  window: RoutingWindow,
  ctx: RoutingContext,
): Ticket[] =>
  [...tickets]
    .filter((t) => isEligible(t, window, ctx.now))
    .map((t) => ({ t, key: routingKey(t, window, ctx) }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map(({ t }) => t);
