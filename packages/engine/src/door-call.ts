import type { Decider } from './decision.js';
import { actorName } from './decision.js';
import type { Alarm } from './model.js';
import { ownValue } from './own-record.js';
import { refuse } from './refusal.js';

/** The alarm key of a door's call: one open call per door, however often the button is pressed. */
export const doorAlarmKey = (doorId: string): string => `door:${doorId}`;

/**
 * The call button at the entrance (004 §6.7.5–6.7.6): a person who cannot come in presses it, and
 * «У входа ждут помощи» rises on the administrator's board and every reserve console. Pressing again
 * while the call is open changes nothing; once someone has accepted it, a new press is a new call.
 */
export const decideDoorCall: Decider<'door.call'> = (state, command, { now }) => {
  const key = doorAlarmKey(command.doorId);
  if (ownValue(state.alarms, key)) return [];
  const alarm: Alarm = {
    key,
    kind: 'doorCall',
    raisedAt: now,
    windowId: null,
    serviceId: null,
    ticketId: null,
    deviceId: command.doorId,
    count: null,
    acknowledgedBy: null,
    acknowledgedAt: null,
  };
  return [{ type: 'alarm.raised', alarm }];
};

/**
 * «Иду»: a named member of staff (the administrator, a reserve, an operator) takes the door's call. The
 * acceptance is the episode's end: how long the person at the door waited is accepted − raised, in the
 * reports.
 */
export const decideDoorAccept: Decider<'door.accept'> = (state, command, { actor }) => {
  const alarm = ownValue(state.alarms, command.key);
  if (!alarm || alarm.kind !== 'doorCall') return refuse('unknown_alarm', { key: command.key });
  if (alarm.acknowledgedBy !== null) return [];
  return [{ type: 'alarm.acknowledged', key: alarm.key, by: actorName(actor) }];
};
