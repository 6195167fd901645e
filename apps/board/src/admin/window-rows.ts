/**
 * Every window as the administrator sees it (DESIGN §5): state, operator, current ticket, the service
 * timer against the norm, the pause reason, what it serves and how many the forecast expects it to serve.
 */
import {
  currentServiceId,
  type ServiceWeight,
  serviceNormMs,
  type StaffMember,
  type Ticket,
  type WindowConfig,
  type WindowState,
} from '@queue/engine';
import type { StaffView } from '@queue/protocol';
import { normLevel } from '@queue/ui';

export type WindowActivity = 'serving' | 'called' | 'idle' | 'paused' | 'closed';

export interface WindowRow {
  config: WindowConfig;
  live: WindowState | null;
  status: WindowState['status'];
  operator: StaffMember | null;
  ticket: Ticket | null;
  activity: WindowActivity;
  /** Since the activity began: service start, call, pause, opening, closing. */
  sinceMs: number;
  /** Only for a service under way. */
  serviceNormMs: number | null;
  level: 'ok' | 'warn' | 'breach';
  services: ServiceWeight[];
  /** People the forecast expects this window to serve from the present queue; null when it is not open. */
  expected: number | null;
  served: number | null;
}

const activityOf = (live: WindowState | null, ticket: Ticket | null): WindowActivity => {
  if (!live || live.status === 'closed') return 'closed';
  if (ticket?.state === 'serving') return 'serving';
  if (ticket?.state === 'called') return 'called';
  return live.status === 'paused' ? 'paused' : 'idle';
};

export const windowRows = (view: StaffView, now: number): WindowRow[] =>
  view.config.windows.map((config) => {
    const live = view.windows.find((window) => window.id === config.id) ?? null;
    const candidate = live?.ticketId ? view.tickets.find((ticket) => ticket.id === live.ticketId) : undefined;
    const ticket =
      candidate && (candidate.state === 'called' || candidate.state === 'serving') ? candidate : null;
    const activity = activityOf(live, ticket);
    const operator = view.config.staff.find((member) => member.id === live?.operatorId) ?? null;
    const since =
      activity === 'serving'
        ? (ticket?.startedAt ?? now)
        : activity === 'called'
          ? (ticket?.calledAt ?? now)
          : (live?.since ?? now);
    const sinceMs = Math.max(0, now - since);
    const norm =
      activity === 'serving' && ticket ? serviceNormMs(view.config, currentServiceId(ticket)) : null;
    return {
      config,
      live,
      status: live?.status ?? 'closed',
      operator,
      ticket,
      activity,
      sinceMs,
      serviceNormMs: norm,
      level: norm === null ? 'ok' : normLevel(sinceMs, norm),
      services: live && live.status !== 'closed' ? live.services : config.services,
      expected: live?.status === 'open' ? (view.forecast.windows[config.id] ?? 0) : null,
      served: operator ? (view.shift[operator.id]?.served ?? 0) : null,
    };
  });
