import {
  type OfficeState,
  type RoutingWindow,
  type Ticket,
  currentServiceId,
  isEligible,
} from '@queue/engine';

/**
 * The orderings the simulator compares on the same visitors. The product's pipeline is the engine's own
 * `ticket.callNext`; the peers' rules are written here, from their source (reference/peers.md), and
 * reach the engine as `ticket.call` with a `policy:<id>` reason — the engine still checks that the window
 * is open and free and that the ticket waits, and records the call like any other.
 *
 * Why not an injection point in the engine's `callNext`: the production engine keeps exactly one
 * ordering, with no switch that a misconfigured server could flip; the peers' rules stay in the
 * simulator, which is the only place they belong.
 */
export type PolicyId = 'pipeline' | 'fifo' | 'novosga' | 'qsystem';

export const POLICY_IDS: PolicyId[] = ['pipeline', 'fifo', 'novosga', 'qsystem'];

export const POLICY_TITLES: Record<PolicyId, string> = {
  pipeline: 'product pipeline',
  fifo: 'FIFO per topic',
  novosga: 'NovoSGA',
  qsystem: 'QSystem',
};

/** What the simulator knows about a ticket beyond the engine's state: when it was transferred. */
export interface TicketHistory {
  transferredAt: (ticketId: string) => number | null;
}

/** A peer's choice for a window; `undefined` = nothing to call. */
export type Ordering = (
  state: OfficeState,
  window: RoutingWindow,
  now: number,
  history: TicketHistory,
) => Ticket | undefined;

type Key = (ticket: Ticket, window: RoutingWindow, history: TicketHistory) => number[];

const weightAt = (window: RoutingWindow, ticket: Ticket): number =>
  window.services.find((s) => s.serviceId === currentServiceId(ticket))?.weight ?? 0;

const smallest =
  (key: Key): Ordering =>
  (state, window, now, history) => {
    let best: Ticket | undefined;
    let bestKey: number[] = [];
    for (const ticket of Object.values(state.tickets)) {
      if (!isEligible(ticket, window, now)) continue;
      const k = key(ticket, window, history);
      let diff = 0;
      for (let i = 0; i < k.length && diff === 0; i++) diff = (k[i] ?? 0) - (bestKey[i] ?? 0);
      if (!best || diff < 0) {
        best = ticket;
        bestKey = k;
      }
    }
    return best;
  };

/**
 * FIFO per topic (JackQChen's `CallNo`, the plain «живая очередь»): each topic is a first-come queue; the
 * window takes the oldest head among the topics it serves. No out-of-turn category, no weights.
 */
const fifo: Ordering = smallest((ticket) => [ticket.orderAt, ticket.issueSeq]);

/**
 * NovoSGA (`DefaultQueueOrderingHandler`): the operator's weight for the topic, then the priority's
 * weight, then arrival (ascending, as in 2017–2024). A redirect creates a new ticket whose arrival is the
 * moment of the redirect (`copyToRedirect`: `setDataChegada(new DateTime())`), priority kept.
 */
const novosga: Ordering = smallest((ticket, window, history) => [
  -weightAt(window, ticket),
  ticket.priority !== null ? -1 : 0,
  history.transferredAt(ticket.id) ?? ticket.orderAt,
  ticket.issueSeq,
]);

/**
 * QSystem (`Executer.inviteCustomerTask`, `QCustomer.compareTo`): the head of each topic the operator
 * serves, highest operator coefficient first, then customer priority, then stand time. Priorities: VIP
 * (3) for the out-of-turn category, high (2) for a redirected customer (`redirectCustomerTask`:
 * `setPriority(PRIORITY_HI)`, stand time kept), normal (1) for the rest.
 */
const qsystem: Ordering = smallest((ticket, window, history) => [
  -weightAt(window, ticket),
  ticket.priority !== null ? -3 : history.transferredAt(ticket.id) !== null ? -2 : -1,
  ticket.orderAt,
  ticket.issueSeq,
]);

export const PEER_ORDERINGS: Record<Exclude<PolicyId, 'pipeline'>, Ordering> = { fifo, novosga, qsystem };
