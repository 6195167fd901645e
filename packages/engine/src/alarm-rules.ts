import type { Forecast } from './forecast.js';
import type { Alarm, AlarmKind, OfficeState } from './model.js';
import { MINUTE, serviceNormMs, waitNormMs } from './norms.js';
import { currentServiceId, isEligible } from './routing.js';
import { ownValue } from './own-record.js';

/**
 * Alarms that follow from the state and the clock. Each rule answers "should this alarm be up now?";
 * `reconcile` raises and clears the difference. Hysteresis lives in the rules: a rule may keep an alarm
 * up (given `active`) in a band where it would not raise it, so an alarm does not flap on one ticket.
 */

export type AlarmSpec = Pick<
  Alarm,
  'key' | 'kind' | 'windowId' | 'serviceId' | 'ticketId' | 'deviceId' | 'count'
>;

export interface RuleInput {
  state: OfficeState;
  now: number;
  forecast: Forecast;
  active: (key: string) => boolean;
}

export type AlarmRule = (input: RuleInput) => AlarmSpec[];

const spec = (kind: AlarmKind, key: string, fields: Partial<AlarmSpec>): AlarmSpec => ({
  key,
  kind,
  windowId: null,
  serviceId: null,
  ticketId: null,
  deviceId: null,
  count: null,
  ...fields,
});

/** The wait norm is breached by a ticket still waiting past it; forecast to breach = early warning. */
export const waitRules: AlarmRule = ({ state, now, forecast, active }) => {
  const breached = new Map<string, number>();
  const atRisk = new Map<string, number>();
  const hysteresisMs = MINUTE;
  for (const ticket of Object.values(state.tickets)) {
    if (ticket.state !== 'waiting') continue;
    const serviceId = currentServiceId(ticket);
    const deadline = ticket.waitingSince + waitNormMs(state.config, serviceId);
    if (now > deadline) {
      breached.set(serviceId, (breached.get(serviceId) ?? 0) + 1);
      continue;
    }
    const expectedAt = forecast.tickets[ticket.id]?.at ?? Number.POSITIVE_INFINITY;
    const margin = active(`waitForecast:${serviceId}`) ? -hysteresisMs : 0;
    if (expectedAt > deadline + margin) atRisk.set(serviceId, (atRisk.get(serviceId) ?? 0) + 1);
  }
  return [
    ...[...breached].map(([serviceId, count]) =>
      spec('waitBreach', `waitBreach:${serviceId}`, { serviceId, count }),
    ),
    ...[...atRisk].map(([serviceId, count]) =>
      spec('waitForecast', `waitForecast:${serviceId}`, { serviceId, count }),
    ),
  ];
};

export const serviceNormRule: AlarmRule = ({ state, now }) =>
  Object.values(state.windows).flatMap((window) => {
    const ticket = window.ticketId ? ownValue(state.tickets, window.ticketId) : undefined;
    if (ticket?.state !== 'serving' || ticket.startedAt === null) return [];
    const serviceId = currentServiceId(ticket);
    if (now - ticket.startedAt <= serviceNormMs(state.config, serviceId)) return [];
    return [
      spec('serviceOverNorm', `service:${window.id}`, {
        windowId: window.id,
        ticketId: ticket.id,
        serviceId,
      }),
    ];
  });

export const idleRule: AlarmRule = ({ state, now }) => {
  const idleMs = state.config.profile.idleAlarmMin * MINUTE;
  const tickets = Object.values(state.tickets);
  return Object.values(state.windows).flatMap((window) => {
    if (window.status !== 'open' || window.ticketId !== null || now - window.since < idleMs) return [];
    const waiting = tickets.filter((t) => isEligible(t, window, now)).length;
    return waiting > 0
      ? [spec('idleWhileQueue', `idle:${window.id}`, { windowId: window.id, count: waiting })]
      : [];
  });
};

/** 002 Таблица 5: the whole visit no more than 30 minutes. */
export const visitCapRule: AlarmRule = ({ state, now }) => {
  const cap = state.config.profile.visitCapMin;
  if (cap === null) return [];
  return Object.values(state.tickets)
    .filter(
      (t) =>
        ['waiting', 'called', 'serving', 'postponed'].includes(t.state) && now - t.issuedAt > cap * MINUTE,
    )
    .map((t) => spec('visitCap', `visitCap:${t.id}`, { ticketId: t.id, serviceId: currentServiceId(t) }));
};

/** A print that failed is a fault; paper near its end is a warning before it fails (`paperLow:`). */
export const printerRule: AlarmRule = ({ state }) =>
  Object.entries(state.printers).flatMap(([deviceId, status]) =>
    status === 'printed'
      ? []
      : status === 'paper_near_end'
        ? [spec('printerPaperLow', `paperLow:${deviceId}`, { deviceId })]
        : [spec('printerFault', `printer:${deviceId}`, { deviceId })],
  );

export const DERIVED_RULES: AlarmRule[] = [waitRules, serviceNormRule, idleRule, visitCapRule, printerRule];
export const DERIVED_KINDS = new Set<AlarmKind>([
  'waitBreach',
  'waitForecast',
  'serviceOverNorm',
  'idleWhileQueue',
  'visitCap',
  'printerFault',
  'printerPaperLow',
]);
