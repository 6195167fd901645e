import {
  windowFeedbackSince,
  type OfficeState,
  type PoolingAdvice,
  type Ticket,
  forecast,
  isWithinReceptionHours,
  nextOpening,
  poolingAdvice,
} from '@queue/engine';
import {
  type PublicCall,
  type PublicView,
  type ReplicationStatus,
  type ShiftStats,
  type StaffView,
  type StorageStatus,
  officeTicketSettings,
} from '@queue/protocol';

const HEALTHY: StorageStatus = { failing: [], failedWrites: 0 };

const ACTIVE = new Set(['waiting', 'called', 'serving', 'postponed']);

/**
 * A ticket as staff see it: without the key of the visitor's phone page (issue 18), which is the
 * visitor's alone. The same copy while the ticket stays the same object, so the view diff skips it.
 */
const staffTickets = new WeakMap<Ticket, Ticket>();
const staffTicketOf = (ticket: Ticket): Ticket => {
  if (ticket.phoneToken === undefined) return ticket;
  let copy = staffTickets.get(ticket);
  if (!copy) {
    const { phoneToken: _key, ...rest } = ticket;
    copy = rest;
    staffTickets.set(ticket, copy);
  }
  return copy;
};

/**
 * Whether the kiosk issues tickets now, and when it opens next. Office-local calendar arithmetic
 * (Intl) is the costliest part of a view and changes only at a minute's turn, so both views of every
 * command within the same minute share one answer.
 */
let reception: {
  hours: unknown;
  timeZone: string;
  minute: number;
  accepting: boolean;
  next: number | null;
} | null = null;
const receptionAt = (config: OfficeState['config'], now: number) => {
  const minute = Math.floor(now / 60_000);
  if (
    reception?.hours !== config.hours ||
    reception.timeZone !== config.timeZone ||
    reception.minute !== minute
  ) {
    const accepting = isWithinReceptionHours(now, config.hours, config.timeZone);
    reception = {
      hours: config.hours,
      timeZone: config.timeZone,
      minute,
      accepting,
      next: accepting ? null : nextOpening(now, config.hours, config.timeZone),
    };
  }
  return reception;
};

/**
 * The board's pooling advice asks the forecast "what if" for the few windows that could help: kept
 * while the queue, the windows' states and topics, the configuration and the minute stay the same (a
 * call or a login leaves it), and the same array then, so the view diff skips it.
 */
let pooling: {
  minute: number;
  tickets: OfficeState['tickets'];
  windows: string;
  config: OfficeState['config'];
  advice: PoolingAdvice[];
} | null = null;
/** What the advice depends on besides the queue: which windows are open, with which topics. */
const windowsKey = (state: OfficeState): string =>
  Object.values(state.windows)
    .map((w) => `${w.id}:${w.status}:${w.services.map((s) => `${s.serviceId}=${s.weight}`).join(',')}`)
    .join(';');
const poolingAt = (state: OfficeState, now: number): PoolingAdvice[] => {
  const minute = Math.floor(now / 60_000);
  const windows = windowsKey(state);
  if (
    pooling?.minute !== minute ||
    pooling.tickets !== state.tickets ||
    pooling.windows !== windows ||
    pooling.config !== state.config
  ) {
    pooling = {
      minute,
      tickets: state.tickets,
      windows,
      config: state.config,
      advice: poolingAdvice(state, now),
    };
  }
  return pooling.advice;
};

/**
 * The office's ticket settings as the public view carries them: the same object while the configuration
 * keeps its own, so the view diff skips the branch by identity.
 */
let publicTicket: { source: OfficeState['config']['ticket']; view: PublicView['ticket'] } | null = null;
const publicTicketOf = (config: OfficeState['config']) => {
  if (!publicTicket || publicTicket.source !== config.ticket) {
    publicTicket = { source: config.ticket, view: officeTicketSettings(config) };
  }
  return publicTicket.view;
};

/**
 * The public projection: built field by field from what may be shown in the hall, never by removing
 * fields from the full state, so a new private field can never leak to the board (REGULATIONS §8).
 */
export const publicView = (state: OfficeState, now: number, calls: PublicCall[]): PublicView => {
  const { config } = state;
  const waitingByGroup = new Map<string, number>();
  for (const ticket of Object.values(state.tickets)) {
    if (ticket.state !== 'waiting') continue;
    const service = config.services.find((s) => s.id === ticket.serviceIds[ticket.serviceIndex]);
    if (service) waitingByGroup.set(service.groupId, (waitingByGroup.get(service.groupId) ?? 0) + 1);
  }
  const { accepting, next } = receptionAt(config, now);
  return {
    kind: 'public',
    office: {
      id: config.id,
      name: config.name,
      timeZone: config.timeZone,
      infoLine: config.infoLine,
      infoLineEn: config.infoLineEn ?? '',
      hours: config.hours,
      acceptingTickets: accepting,
      nextOpening: next,
      ticketPageUrl: config.phonePage?.url ?? null,
    },
    services: config.services
      .filter((s) => s.enabled)
      .map((s) => ({
        id: s.id,
        letter: s.letter,
        title: s.title,
        titleEn: s.titleEn,
        category: s.category,
        groupId: s.groupId,
        clientTypes: s.clientTypes,
      })),
    windows: config.windows.map((w) => {
      const live = state.windows[w.id];
      const ticket = live?.ticketId ? state.tickets[live.ticketId] : undefined;
      return {
        id: w.id,
        label: w.label,
        kind: w.kind,
        status: live?.status ?? 'closed',
        ticketNumber: ticket?.number ?? null,
        feedbackSince: windowFeedbackSince(state, w.id),
      };
    }),
    calls,
    waiting: config.groups.map((g) => ({
      groupId: g.id,
      title: g.title,
      count: waitingByGroup.get(g.id) ?? 0,
    })),
    ticket: publicTicketOf(config),
  };
};

export const staffView = (
  state: OfficeState,
  now: number,
  calls: PublicCall[],
  shift: Record<string, ShiftStats>,
  storage: StorageStatus = HEALTHY,
  replication: ReplicationStatus | null = null,
): StaffView => {
  const { accepting, next } = receptionAt(state.config, now);
  return {
    kind: 'staff',
    config: state.config,
    day: state.day,
    seq: state.seq,
    acceptingTickets: accepting,
    nextOpening: next,
    tickets: Object.values(state.tickets)
      .filter((t) => ACTIVE.has(t.state))
      .map(staffTicketOf),
    windows: state.config.windows.map((w) => state.windows[w.id]).filter((w) => w !== undefined),
    staff: Object.values(state.staff),
    alarms: Object.values(state.alarms).sort((a, b) => b.raisedAt - a.raisedAt || a.key.localeCompare(b.key)),
    episodes: Object.values(state.episodes),
    forecast: forecast(state, now),
    pooling: poolingAt(state, now),
    appointments: Object.values(state.appointments).filter((a) => a.state === 'booked'),
    printers: state.printers,
    shift,
    calls,
    storage,
    replication,
  };
};
