import type { Decider } from './decision.js';
import type { EventBody } from './events.js';
import { isRefusal, refuse } from './refusal.js';
import { closeWindow, openWindow } from './windows.js';
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

/**
 * Signing out leaves no window "open" with nobody at it: the windows this person works at close first,
 * held to the same rules as closing them (no visitor at it, 003 §8.3 nobody waiting left unserved).
 * A member of staff may sign out only themselves; the administrator anyone (the server checks who).
 */
export const decideLogout: Decider<'staff.logout'> = (state, command, { actor }) => {
  if (!state.config.staff.some((s) => s.id === command.staffId)) {
    return refuse('unknown_staff', { staffId: command.staffId });
  }
  if (actor.kind === 'staff' && actor.staffId !== command.staffId && !isAdministrator(actor)) {
    return refuse('not_permitted');
  }
  const events: EventBody[] = [];
  let after = state;
  for (const window of Object.values(state.windows)) {
    if (window.operatorId !== command.staffId || window.status === 'closed') continue;
    const closed = closeWindow(after, window);
    if (isRefusal(closed)) return closed;
    events.push(...closed);
    // The next window's check must see this one closed.
    after = { ...after, windows: { ...after.windows, [window.id]: { ...window, status: 'closed' } } };
  }
  if (ownValue(state.staff, command.staffId))
    events.push({ type: 'staff.loggedOut', staffId: command.staffId });
  return events;
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
