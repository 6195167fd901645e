/**
 * The visitors in the office now, for the administrator's per-ticket actions (call to a window, cancel,
 * reprint). Waiting tickets come in the order the forecast expects them to be called; the out-of-turn
 * category is shown here, to staff only (004 §6.7.2: the administrator goes to meet the visitor).
 */
import { currentServiceId, type Ticket, waitNormMs } from '@queue/engine';
import type { StaffView } from '@queue/protocol';
import { normLevel } from '@queue/ui';

export interface TicketRow {
  ticket: Ticket;
  serviceId: string;
  /** Since the current wait began (issue, transfer or return). */
  waitedMs: number;
  level: 'ok' | 'warn' | 'breach';
  forecastAt: number | null;
  forecastWindowId: string | null;
  ahead: number | null;
}

const STATE_ORDER: Record<Ticket['state'], number> = {
  serving: 0,
  called: 1,
  waiting: 2,
  postponed: 3,
  done: 4,
  noShow: 4,
  cancelled: 4,
};

export const ticketRows = (view: StaffView, now: number): TicketRow[] =>
  view.tickets
    .map((ticket): TicketRow => {
      const serviceId = currentServiceId(ticket);
      const waitedMs = Math.max(0, now - ticket.waitingSince);
      const forecast = ticket.state === 'waiting' ? view.forecast.tickets[ticket.id] : undefined;
      return {
        ticket,
        serviceId,
        waitedMs,
        level: ticket.state === 'waiting' ? normLevel(waitedMs, waitNormMs(view.config, serviceId)) : 'ok',
        forecastAt: forecast?.at ?? null,
        forecastWindowId: forecast?.windowId ?? null,
        ahead: forecast?.ahead ?? null,
      };
    })
    .sort(
      (a, b) =>
        STATE_ORDER[a.ticket.state] - STATE_ORDER[b.ticket.state] ||
        (a.forecastAt ?? Number.POSITIVE_INFINITY) - (b.forecastAt ?? Number.POSITIVE_INFINITY) ||
        a.ticket.orderAt - b.ticket.orderAt ||
        a.ticket.issueSeq - b.ticket.issueSeq,
    );
