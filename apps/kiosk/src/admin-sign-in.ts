import { serverUrl } from '@queue/ui';
import { z } from 'zod';

/**
 * The administrator's PIN in front of the settings and the exit (DESIGN §5): checked by the server's
 * `/api/login`, accepted only for a staff member with the administrator role. A PIN is four digits, so
 * after a run of wrong answers the kiosk stops asking the server for a while.
 */
const loginAnswer = z.object({
  token: z.string(),
  staff: z.object({ fullName: z.string(), roles: z.array(z.string()) }),
});

export type SignInResult =
  | { ok: true; name: string }
  | { ok: false; reason: 'wrong' | 'notAdmin' | 'unreachable' | 'locked'; retryInSec?: number };

const MAX_FAILURES = 5;
const LOCK_MS = 60_000;

export const createAdminSignIn = (now: () => number = Date.now) => {
  let failures = 0;
  let lockedUntil = 0;
  return async (login: string, pin: string): Promise<SignInResult> => {
    if (now() < lockedUntil) {
      return { ok: false, reason: 'locked', retryInSec: Math.ceil((lockedUntil - now()) / 1000) };
    }
    let response: Response;
    try {
      response = await fetch(`${serverUrl()}/api/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: login.trim(), pin: pin.trim() }),
      });
    } catch {
      return { ok: false, reason: 'unreachable' };
    }
    const parsed = response.ok ? loginAnswer.safeParse(await response.json().catch(() => null)) : null;
    if (parsed?.success && parsed.data.staff.roles.includes('administrator')) {
      failures = 0;
      return { ok: true, name: parsed.data.staff.fullName };
    }
    if (response.status >= 500) return { ok: false, reason: 'unreachable' };
    failures += 1;
    if (failures >= MAX_FAILURES) {
      failures = 0;
      lockedUntil = now() + LOCK_MS;
    }
    return { ok: false, reason: parsed?.success ? 'notAdmin' : 'wrong' };
  };
};
