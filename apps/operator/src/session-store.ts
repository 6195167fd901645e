import type { LoginResponse } from '@queue/protocol';
import { z } from 'zod';

/**
 * The staff session survives a reload of the page (F5, a crashed tab) but not the closing of the
 * browser: sessionStorage, never localStorage, so a shared office computer does not stay signed in.
 */
const KEY = 'queue.operator.session';

const sessionSchema = z.object({
  token: z.string().min(10),
  staff: z.object({
    id: z.string(),
    fullName: z.string(),
    position: z.string(),
    roles: z.array(z.string()),
    windowId: z.string().nullable(),
  }),
});

export type OperatorSession = LoginResponse;

export const loadSession = (): OperatorSession | null => {
  try {
    const parsed = sessionSchema.safeParse(JSON.parse(sessionStorage.getItem(KEY) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

export const saveSession = (session: OperatorSession): void =>
  sessionStorage.setItem(KEY, JSON.stringify(session));

export const clearSession = (): void => sessionStorage.removeItem(KEY);
