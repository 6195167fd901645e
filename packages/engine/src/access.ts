import type { Actor, OfficeState, WindowState } from './model.js';
import { refuse, type Refusal } from './refusal.js';
import { ownValue } from './own-record.js';

/**
 * The window-level rule of who may act: an operator only at their own window, the administrator at any
 * (DESIGN §4). Role-level checks (a kiosk may only issue tickets) live in the server, which knows roles.
 */

export const isAdministrator = (actor: Actor): boolean =>
  actor.kind === 'system' || (actor.kind === 'staff' && actor.roles.includes('administrator'));

export const windowForActor = (
  state: OfficeState,
  windowId: string,
  actor: Actor,
): { window: WindowState } | Refusal => {
  const window = ownValue(state.windows, windowId);
  if (!window || !state.config.windows.some((w) => w.id === windowId)) {
    return refuse('unknown_window', { windowId });
  }
  if (isAdministrator(actor)) return { window };
  if (actor.kind !== 'staff') return refuse('not_permitted');
  if (window.operatorId !== null && window.operatorId !== actor.staffId) {
    return refuse('not_your_window', { windowId });
  }
  return { window };
};
