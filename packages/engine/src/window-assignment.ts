import type { OfficeConfig, OfficeState, StaffMember } from './model.js';
import { refuse, type Refusal } from './refusal.js';

/**
 * Which windows a member of staff may open for themselves (issue 13 §4): the one the office's
 * configuration gives them; any window if they are reserve staff (002 п.55: they go where the hall
 * needs them) or the hall's administrator. The administrator opening a window on someone's behalf is
 * not bound by this: that is the override, logged with its reason.
 */
export const windowsOpenableBy = (config: OfficeConfig, member: StaffMember): string[] =>
  member.roles.includes('reserve') || member.roles.includes('administrator')
    ? config.windows.map((w) => w.id)
    : member.windowId !== null && config.windows.some((w) => w.id === member.windowId)
      ? [member.windowId]
      : [];

/** The window a member of staff holds open or paused now, if any. */
export const windowHeldBy = (state: OfficeState, staffId: string): string | null =>
  Object.values(state.windows).find((w) => w.status !== 'closed' && w.operatorId === staffId)?.id ?? null;

/**
 * A member of staff opening a window for themselves: only one the configuration gives them, and one at
 * a time (a person serves at one window; a second open window would call visitors nobody meets).
 */
export const selfOpenRefusal = (state: OfficeState, staffId: string, windowId: string): Refusal | null => {
  const member = state.config.staff.find((s) => s.id === staffId);
  if (!member) return refuse('unknown_staff', { staffId });
  if (!windowsOpenableBy(state.config, member).includes(windowId)) {
    return refuse('window_not_assigned', { windowId });
  }
  const held = windowHeldBy(state, staffId);
  if (held !== null && held !== windowId) return refuse('already_at_window', { windowId: held });
  return null;
};
