import { type AlarmSpec, DERIVED_KINDS, DERIVED_RULES, type RuleInput } from './alarm-rules.js';
import { type Decider, actorName } from './decision.js';
import type { EventBody } from './events.js';
import { forecast } from './forecast.js';
import type { Alarm, OfficeState } from './model.js';
import { FORECAST_OVERLOAD_KEY, overloadRule } from './overload.js';
import { refuse } from './refusal.js';
import { ownValue } from './own-record.js';

const raised = (spec: AlarmSpec, now: number): Alarm => ({
  ...spec,
  raisedAt: now,
  acknowledgedBy: null,
  acknowledgedAt: null,
});

/** Alarms raised by an act rather than a condition end when someone answers them, or the cause is gone. */
const eventAlarmResolved = (state: OfficeState, alarm: Alarm): boolean => {
  if (alarm.kind === 'managerCall' || alarm.kind === 'doorCall') return alarm.acknowledgedBy !== null;
  if (alarm.kind === 'priorityArrived') {
    const ticket = alarm.ticketId ? ownValue(state.tickets, alarm.ticketId) : undefined;
    return alarm.acknowledgedBy !== null || !ticket || ticket.state !== 'waiting';
  }
  return false;
};

/** Postponed visitors come back to the queue at the time the operator set. */
const returnsDue = (state: OfficeState, now: number): EventBody[] =>
  Object.values(state.tickets)
    .filter((t) => t.state === 'postponed' && t.postponedUntil !== null && t.postponedUntil <= now)
    .map((t) => ({ type: 'ticket.returned', ticketId: t.id }));

/**
 * The events that bring the live alarms and overload episodes in line with the state at `now`.
 * Runs after every command and on the server's clock tick; it returns nothing when nothing changed.
 */
export const reconcile = (state: OfficeState, now: number): EventBody[] => {
  const events: EventBody[] = returnsDue(state, now);
  const input: RuleInput = {
    state,
    now,
    forecast: forecast(state, now),
    active: (key) => Object.hasOwn(state.alarms, key),
  };
  const wanted = new Map<string, AlarmSpec>();
  for (const rule of [...DERIVED_RULES, overloadRule]) for (const s of rule(input)) wanted.set(s.key, s);

  for (const alarm of Object.values(state.alarms)) {
    const derived = DERIVED_KINDS.has(alarm.kind) || alarm.kind === 'overload';
    if ((derived && !wanted.has(alarm.key)) || (!derived && eventAlarmResolved(state, alarm))) {
      events.push({ type: 'alarm.cleared', key: alarm.key });
      const episode = Object.values(state.episodes).find(
        (e) => e.alarmKey === alarm.key && e.endedAt === null,
      );
      if (episode) events.push({ type: 'overload.ended', episodeId: episode.id });
    }
  }
  let episodeSeq = 0;
  for (const [key, spec] of wanted) {
    if (Object.hasOwn(state.alarms, key)) continue;
    events.push({ type: 'alarm.raised', alarm: raised(spec, now) });
    if (spec.kind === 'overload') {
      episodeSeq++;
      events.push({
        type: 'overload.started',
        episode: {
          id: `O${state.seq + 1}-${episodeSeq}`,
          alarmKey: key,
          reason: key === FORECAST_OVERLOAD_KEY ? 'forecast' : 'count',
          windowId: spec.windowId,
          count: spec.count ?? 0,
          startedAt: now,
          // Everyone logged in as reserve (back office, the administrator) is told (001 §7.1.9).
          notified: Object.values(state.staff)
            .filter((p) => p.mode === 'reserve')
            .map((p) => p.staffId),
          acceptedBy: null,
          acceptedAt: null,
          openedWindowId: null,
          openedAt: null,
          endedAt: null,
        },
      });
    }
  }
  return events;
};

export const decideAcknowledge: Decider<'alarm.acknowledge'> = (state, command, { actor }) => {
  const alarm = ownValue(state.alarms, command.key);
  if (!alarm) return refuse('unknown_alarm', { key: command.key });
  if (alarm.acknowledgedBy !== null) return [];
  return [{ type: 'alarm.acknowledged', key: alarm.key, by: actorName(actor) }];
};

/** 003 §8.5: a conflict is kept away from other clients; the call is silent in the hall, seen on the board only. */
export const decideManagerCall: Decider<'manager.call'> = (state, command, { now }) => {
  if (!state.config.windows.some((w) => w.id === command.windowId)) {
    return refuse('unknown_window', { windowId: command.windowId });
  }
  const key = `manager:${command.windowId}`;
  if (ownValue(state.alarms, key)) return [];
  return [
    {
      type: 'alarm.raised',
      alarm: raised(
        {
          key,
          kind: 'managerCall',
          windowId: command.windowId,
          serviceId: null,
          ticketId: ownValue(state.windows, command.windowId)?.ticketId ?? null,
          deviceId: null,
          count: null,
        },
        now,
      ),
    },
  ];
};
