/**
 * Who uses the reports: a manager or the hall administrator, logged in with login and PIN
 * (`POST /api/login`). The office's configuration is the manager's alone (DESIGN §4). The session lives
 * in sessionStorage: it survives a reload, not a closed tab on a shared computer.
 */
import { z } from 'zod';

const KEY = 'queue.reports.session';

export const REPORT_ROLES: readonly string[] = ['manager', 'administrator'];

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

export type Session = z.infer<typeof sessionSchema>;

export const mayReadReports = (roles: readonly string[]) => roles.some((r) => REPORT_ROLES.includes(r));
export const mayConfigure = (roles: readonly string[]) => roles.includes('manager');

export const readSession = (): Session | null => {
  try {
    const raw = sessionStorage.getItem(KEY);
    const parsed = raw ? sessionSchema.safeParse(JSON.parse(raw)) : null;
    return parsed?.success && mayReadReports(parsed.data.staff.roles) ? parsed.data : null;
  } catch {
    return null;
  }
};

export const saveSession = (session: Session | null): void => {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
};
