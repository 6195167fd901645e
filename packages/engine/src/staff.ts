import type { Decider } from './decision.js';
import type { EventBody } from './events.js';
import { isRefusal, refuse } from './refusal.js';
import { openWindow } from './windows.js';
import { isAdministrator } from './access.js';
import { selfOpenRefusal } from './window-assignment.js';
import { ownValue } from './own-record.js';

export const decideLogin: Decider<'staff.login'> = (state, command, { actor }) => {
  const member = state.config.staff.find((s) => s.id === command.staffId);
  if (!member) return refuse('unknown_staff', { staffId: command.staffId });
  if (actor.kind === 'staff' && actor.staffId !== command.staffId && !actor.roles.includes('administrator')) {
    return refuse('not_permitted');
  }
  const mayServe =
    command.mode === 'reserve'
      ? member.roles.some((r) => r === 'reserve' || r === 'administrator' || r === 'operator')
      : member.roles.some((r) => r === 'operator' || r === 'administrator');
  if (!mayServe) return refuse('not_permitted', { mode: command.mode });
  if (command.windowId && !state.config.windows.some((w) => w.id === command.windowId)) {
    return refuse('unknown_window', { windowId: command.windowId });
  }
  return [{ type: 'staff.loggedIn', staffId: member.id, mode: command.mode, windowId: command.windowId }];
};

export const decideLogout: Decider<'staff.logout'> = (state, command) => {
  if (!state.config.staff.some((s) => s.id === command.staffId)) {
    return refuse('unknown_staff', { staffId: command.staffId });
  }
  if (!ownValue(state.staff, command.staffId)) return [];
  return [{ type: 'staff.loggedOut', staffId: command.staffId }];
};

/**
 * A reserve member answers "help needed in the hall" and, in the same step, opens a window (002 п.55,
 * 001 §7.1.9). The episode records who accepted and which window opened.
 */
export const decideAcceptOverload: Decider<'overload.accept'> = (state, command, { actor }) => {
  if (actor.kind !== 'staff') return refuse('not_permitted');
  const episode = ownValue(state.episodes, command.episodeId);
  if (!episode || episode.endedAt !== null)
    return refuse('unknown_episode', { episodeId: command.episodeId });
  const events: EventBody[] = [];
  if (episode.acceptedBy === null) {
    events.push({ type: 'overload.accepted', episodeId: episode.id, staffId: actor.staffId });
  }
  if (command.windowId) {
    const refused = isAdministrator(actor) ? null : selfOpenRefusal(state, actor.staffId, command.windowId);
    if (refused) return refused;
    const opened = openWindow(state, command.windowId, actor.staffId, null, undefined, episode.id);
    if (isRefusal(opened)) return opened;
    events.push(...opened);
    if (ownValue(state.staff, actor.staffId)?.windowId !== command.windowId) {
      events.push({
        type: 'staff.loggedIn',
        staffId: actor.staffId,
        mode: 'operator',
        windowId: command.windowId,
      });
    }
  }
  return events;
};
