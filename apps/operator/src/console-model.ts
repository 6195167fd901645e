import {
  FORECAST_OVERLOAD_KEY,
  type OverloadEpisode,
  type Service,
  type Ticket,
  type WindowConfig,
  type WindowState,
  currentServiceId,
  type RoutingContext,
  rankForWindow,
  serviceNormMs,
  waitNormMs,
} from '@queue/engine';
import type { StaffView } from '@queue/protocol';
import { forecastCall } from '@queue/ui';

/**
 * What the console shows, read from the staff view. Nothing here decides queue order or norms: the
 * order of the list is the engine's own `rankForWindow`, and the norms are the engine's.
 */

export type ConsoleMode =
  | { kind: 'window'; window: WindowState; config: WindowConfig }
  | { kind: 'reserve' }
  | { kind: 'choose' };

/** Where this staff member stands now: at a window they opened, in reserve, or about to choose. */
export const consoleMode = (view: StaffView, staffId: string): ConsoleMode => {
  const window = view.windows.find((w) => w.operatorId === staffId && w.status !== 'closed');
  const config = window && view.config.windows.find((w) => w.id === window.id);
  if (window && config) return { kind: 'window', window, config };
  const presence = view.staff.find((p) => p.staffId === staffId);
  return presence?.mode === 'reserve' ? { kind: 'reserve' } : { kind: 'choose' };
};

export const serviceOf = (view: StaffView, serviceId: string): Service | undefined =>
  view.config.services.find((s) => s.id === serviceId);

export const staffName = (view: StaffView, staffId: string | null): string | null =>
  staffId ? (view.config.staff.find((s) => s.id === staffId)?.fullName ?? staffId) : null;

export const windowLabel = (view: StaffView, windowId: string | null): string =>
  (windowId && view.config.windows.find((w) => w.id === windowId)?.label) || (windowId ?? '');

/** The visitor at the window, when there is one (called or being served). */
export const currentTicket = (view: StaffView, window: WindowState): Ticket | null => {
  const ticket = window.ticketId ? view.tickets.find((t) => t.id === window.ticketId) : undefined;
  return ticket && (ticket.state === 'called' || ticket.state === 'serving') ? ticket : null;
};

export interface WaitingRow {
  ticket: Ticket;
  service: Service | undefined;
  waitedMs: number;
  waitNormMs: number;
  /** Expected call time from the server's forecast, null when no open window serves it. */
  expectedAt: number | null;
  /** Expected wait at the moment of the call, against the norm. */
  expectedWaitMs: number | null;
}

export interface WindowQueue {
  windowId: string;
  rows: WaitingRow[];
  /** Waiting per topic, for the topics this window serves. */
  byService: { service: Service; count: number }[];
  longest: WaitingRow | null;
  /** The row whose forecast wait is furthest past (or closest to) its norm. */
  worstForecast: WaitingRow | null;
  outOfTurn: WaitingRow[];
  postponed: Ticket[];
}

const ratio = (row: WaitingRow): number => (row.expectedWaitMs ?? 0) / row.waitNormMs;

/** The tickets this window may call, in the order it would call them if nothing changed. */
export const windowQueue = (view: StaffView, window: WindowState, now: number): WindowQueue => {
  const routingWindow = { id: window.id, services: window.services };
  // The same context the engine builds from its state (`routingContext`), from the configuration the
  // view carries, so the list is in the order the server would call.
  const ctx: RoutingContext = {
    now,
    waitNormMs: (serviceId) => waitNormMs(view.config, serviceId),
    urgentMarginMs: view.config.profile.earlyWarningMin * 60_000,
  };
  const rows = rankForWindow(view.tickets, routingWindow, ctx).map((ticket): WaitingRow => {
    const serviceId = currentServiceId(ticket);
    const expectedAt = view.forecast.tickets[ticket.id]?.at ?? null;
    return {
      ticket,
      service: serviceOf(view, serviceId),
      waitedMs: Math.max(0, now - ticket.waitingSince),
      waitNormMs: waitNormMs(view.config, serviceId),
      expectedAt,
      expectedWaitMs: expectedAt === null ? null : Math.max(0, expectedAt - ticket.waitingSince),
    };
  });
  const served = new Set(window.services.filter((s) => s.weight > 0).map((s) => s.serviceId));
  const byService = view.config.services
    .filter((s) => served.has(s.id))
    .map((service) => ({
      service,
      count: rows.filter((r) => currentServiceId(r.ticket) === service.id).length,
    }));
  const longest = rows.reduce<WaitingRow | null>((a, r) => (!a || r.waitedMs > a.waitedMs ? r : a), null);
  const worstForecast = rows
    .filter((r) => r.expectedWaitMs !== null)
    .reduce<WaitingRow | null>((a, r) => (!a || ratio(r) > ratio(a) ? r : a), null);
  const postponed = view.tickets.filter((t) => t.state === 'postponed' && served.has(currentServiceId(t)));
  return {
    windowId: window.id,
    rows,
    byService,
    longest,
    worstForecast,
    outOfTurn: rows.filter((r) => r.ticket.priority !== null),
    postponed,
  };
};

/**
 * Who serves this window's waiting visitors once it closes: the other open windows that take at least one
 * of their topics (what the ⇧F9 confirmation names).
 */
export const otherWindowsFor = (view: StaffView, windowId: string, rows: readonly WaitingRow[]): string[] => {
  const topics = new Set(rows.map((r) => currentServiceId(r.ticket)));
  return view.windows
    .filter(
      (w) =>
        w.id !== windowId &&
        w.status === 'open' &&
        w.services.some((s) => s.weight > 0 && topics.has(s.serviceId)),
    )
    .map((w) => windowLabel(view, w.id));
};

/** The norm a visit at this window is measured against: its current topic's service norm. */
export const serviceNormOf = (view: StaffView, ticket: Ticket): number =>
  serviceNormMs(view.config, currentServiceId(ticket));

/**
 * The shift's average service against a norm: the mean service norm of the window's main topics
 * (those with the highest weight), since the shift mixes topics.
 */
export const windowServiceNormMs = (view: StaffView, window: WindowState): number => {
  const top = Math.max(0, ...window.services.map((s) => s.weight));
  const main = window.services.filter((s) => s.weight === top && top > 0);
  if (main.length === 0) return view.config.profile.serviceNormMin * 60_000;
  return main.reduce((sum, s) => sum + serviceNormMs(view.config, s.serviceId), 0) / main.length;
};

/**
 * Why the reserve is called: the count rule (more than the threshold per window, or in the hall), or the
 * forecast (`overload:forecast`): a waiting visitor is expected to wait past the norm, or already has.
 */
export type HelpReason =
  | { kind: 'count' }
  | { kind: 'forecast'; breached: boolean; normMin: number; serviceIds: string[] };

/** The forecast's call is told by its episode's alarm key (packages/ui `forecastCall`). */
export const helpReason = (view: StaffView, episode: OverloadEpisode): HelpReason =>
  episode.alarmKey === FORECAST_OVERLOAD_KEY
    ? { kind: 'forecast', ...forecastCall(view) }
    : { kind: 'count' };

export interface HelpRequest {
  episode: OverloadEpisode;
  reason: HelpReason;
  /** Label of the overloaded window, or null for the whole hall. */
  windowLabel: string | null;
  acceptedByName: string | null;
}

/**
 * Active overload episodes this staff member should hear about: those they were notified of, and any
 * while they are in reserve (someone who joined the reserve after the alarm rose is still wanted).
 */
export const helpRequests = (view: StaffView, staffId: string): HelpRequest[] => {
  const inReserve = view.staff.some((p) => p.staffId === staffId && p.mode === 'reserve');
  return view.episodes
    .filter((e) => e.endedAt === null && (inReserve || e.notified.includes(staffId)))
    .sort((a, b) => a.startedAt - b.startedAt)
    .map((episode) => ({
      episode,
      reason: helpReason(view, episode),
      windowLabel: episode.windowId ? windowLabel(view, episode.windowId) : null,
      acceptedByName: staffName(view, episode.acceptedBy),
    }));
};

/**
 * Windows a reserve member could open to help, best first: their own assigned window, then closed ones
 * that serve the overloaded window's topics (for the forecast's call, the topics at risk of the norm).
 */
export const windowsToOpen = (
  view: StaffView,
  episode: OverloadEpisode,
  assigned: string | null,
): WindowConfig[] => {
  const overloaded = episode.windowId ? view.windows.find((w) => w.id === episode.windowId) : undefined;
  const reason = helpReason(view, episode);
  const wanted = new Set(
    reason.kind === 'forecast' ? reason.serviceIds : (overloaded?.services ?? []).map((s) => s.serviceId),
  );
  const overlap = (w: WindowConfig) => w.services.filter((s) => wanted.has(s.serviceId)).length;
  return view.config.windows
    .filter((w) => view.windows.find((live) => live.id === w.id)?.status === 'closed')
    .map((w, order) => ({ w, order }))
    .sort(
      (a, b) =>
        Number(b.w.id === assigned) - Number(a.w.id === assigned) ||
        overlap(b.w) - overlap(a.w) ||
        a.order - b.order,
    )
    .map(({ w }) => w);
};

/** «Мария Сергеевна» from «Иванова Мария Сергеевна»: how an employee introduces themselves (003 §8.2). */
export const introductionName = (fullName: string): string => {
  const parts = fullName.trim().split(/\s+/);
  return parts.length >= 3 ? parts.slice(1).join(' ') : fullName.trim();
};
