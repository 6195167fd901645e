/**
 * Who is at the administrator board. A staff member logs in with login and PIN (`POST /api/login`); the
 * board is for the hall administrator and the office manager (DESIGN §4), and the server checks every
 * command's role again. The session lives in sessionStorage: it survives a reload, not a closed tab on
 * a shared computer.
 */
import { z } from 'zod';

export const ADMIN_SESSION_KEY = 'queue.board.adminSession';

/** The roles the board is for; an operator has the console instead. */
export const BOARD_ROLES: readonly string[] = ['administrator', 'manager'];

export const mayUseAdminBoard = (roles: readonly string[]): boolean =>
  roles.some((role) => BOARD_ROLES.includes(role));

const sessionSchema = z.object({
  token: z.string().min(10),
  staff: z.object({
    id: z.string().min(1),
    fullName: z.string(),
    position: z.string(),
    roles: z.array(z.string()),
    windowId: z.string().nullable(),
  }),
});

export type AdminSession = z.infer<typeof sessionSchema>;

export type SessionStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const parseSession = (value: unknown): AdminSession | null => {
  const parsed = sessionSchema.safeParse(value);
  return parsed.success && mayUseAdminBoard(parsed.data.staff.roles) ? parsed.data : null;
};

export const readSession = (storage: SessionStorage | null): AdminSession | null => {
  try {
    const raw = storage?.getItem(ADMIN_SESSION_KEY);
    return raw ? parseSession(JSON.parse(raw)) : null;
  } catch {
    return null;
  }
};

export const writeSession = (storage: SessionStorage | null, session: AdminSession | null): void => {
  try {
    if (session) storage?.setItem(ADMIN_SESSION_KEY, JSON.stringify(session));
    else storage?.removeItem(ADMIN_SESSION_KEY);
  } catch {
    // Without storage the session holds until the page reloads.
  }
};

export const tabStorage = (): Storage | null => {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
};
