import { type LoginResponse, loginResponseSchema } from '@queue/protocol';
import { z } from 'zod';
import { type KeyValueStorage, tabStorage } from './tab-storage.js';

/**
 * A staff screen's session (the `/api/login` answer) kept across a reload of the page (F5, a crashed tab)
 * but not across the closing of the browser: sessionStorage by default, never localStorage, so a shared
 * office computer does not stay signed in. Every app keeps it under its own key, so signing in to the
 * reports does not sign anyone in to the operator console in the same tab.
 *
 * What is read back is checked, not trusted: anything that is not a well-formed session, a session whose
 * token has already expired, or one of a staff member this screen is not for is removed and not used.
 */
export type StaffSession = LoginResponse;

const staffSessionSchema = loginResponseSchema.extend({
  token: z.string().min(10),
}) satisfies z.ZodType<StaffSession>;

// A staff token is `s.<base64url JSON {sub, exp}>.<signature>` (apps/server/src/auth/session-token.ts).
// The page cannot check the signature and need not: the server checks every connection. Reading `exp`
// only spares a reload after the shift a console that connects just to be refused.
const tokenPayloadSchema = z.object({ exp: z.number() });

/** When the token stops being accepted (ms since the epoch), or null when the page cannot tell. */
export const tokenExpiresAt = (token: string): number | null => {
  const [kind, payload] = token.split('.');
  if (kind !== 's' || !payload) return null;
  try {
    const bytes = Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (c) =>
      c.charCodeAt(0),
    );
    const parsed = tokenPayloadSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    return parsed.success ? parsed.data.exp : null;
  } catch {
    return null;
  }
};

export interface StaffSessionStore {
  /** The kept session if it is still good for this screen; a bad one is removed. */
  read(): StaffSession | null;
  save(session: StaffSession): void;
  clear(): void;
}

export interface StaffSessionOptions {
  /** The app's own storage key, e.g. `queue.operator.session`. */
  key: string;
  /** Who this screen is for; a kept session of anybody else is dropped. Everybody by default. */
  mayUse?: (roles: readonly string[]) => boolean;
  storage?: () => KeyValueStorage | null;
  now?: () => number;
}

export const staffSessionStore = ({
  key,
  mayUse = () => true,
  storage = tabStorage,
  now = Date.now,
}: StaffSessionOptions): StaffSessionStore => {
  // Storage may refuse any call (quota, privacy mode): then the session holds until the page reloads.
  const attempt = <T>(action: (kept: KeyValueStorage) => T): T | null => {
    try {
      const kept = storage();
      return kept ? action(kept) : null;
    } catch {
      return null;
    }
  };
  const clear = () => void attempt((kept) => kept.removeItem(key));

  const usable = (raw: string): StaffSession | null => {
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      return null;
    }
    const parsed = staffSessionSchema.safeParse(value);
    if (!parsed.success || !mayUse(parsed.data.staff.roles)) return null;
    const expiresAt = tokenExpiresAt(parsed.data.token);
    return expiresAt !== null && expiresAt <= now() ? null : parsed.data;
  };

  return {
    read: () => {
      const raw = attempt((kept) => kept.getItem(key));
      if (raw === null) return null;
      const session = usable(raw);
      if (!session) clear();
      return session;
    },
    save: (session) => void attempt((kept) => kept.setItem(key, JSON.stringify(session))),
    clear,
  };
};
