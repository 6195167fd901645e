/**
 * Who is at the administrator board. A staff member logs in with login and PIN (`POST /api/login`); the
 * board is for the hall administrator and the office manager (DESIGN §4), and the server checks every
 * command's role again. The session is kept for the tab under the board's own key (see
 * `staffSessionStore`).
 */
import { type StaffSession, staffSessionStore } from '@queue/ui';

export const ADMIN_SESSION_KEY = 'queue.board.adminSession';

/** The roles the board is for; an operator has the console instead. */
export const BOARD_ROLES: readonly string[] = ['administrator', 'manager'];

export const mayUseAdminBoard = (roles: readonly string[]): boolean =>
  roles.some((role) => BOARD_ROLES.includes(role));

/** The board's panels take the signed-in staff member under this name. */
export type AdminSession = StaffSession;

export const adminSession = staffSessionStore({ key: ADMIN_SESSION_KEY, mayUse: mayUseAdminBoard });
