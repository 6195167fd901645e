import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Staff sessions are signed tokens (HMAC with the office's secret), so a console keeps working across a
 * server restart without a new login. A session lives one shift, 16 hours, unless it is ended sooner:
 * each token carries the staff member's session generation at sign-in (`auth/staff-sessions.ts`), and
 * signing out, a PIN reset, a role taken away or the member removed moves the generation on, which ends
 * every token issued before. The roles are not in the token: they are read from the configuration in
 * force on every request and connection.
 */
export const SESSION_MS = 16 * 60 * 60 * 1000;

/** `s.<payload>.<signature>`, both base64url; a signature of SHA-256 is 43 characters. Nothing else. */
const TOKEN_FORM = /^s\.([A-Za-z0-9_-]{1,512})\.([A-Za-z0-9_-]{43})$/;

const sign = (payload: string, secret: string) =>
  createHmac('sha256', secret).update(payload).digest('base64url');

export interface SessionClaims {
  staffId: string;
  /** The member's session generation when the token was issued (0 in tokens made before it existed). */
  generation: number;
}

export const issueSessionToken = (staffId: string, secret: string, now: number, generation = 0): string => {
  const payload = Buffer.from(
    JSON.stringify({ sub: staffId, gen: generation, exp: now + SESSION_MS }),
  ).toString('base64url');
  return `s.${payload}.${sign(payload, secret)}`;
};

export const readSessionToken = (token: string, secret: string, now: number): SessionClaims | null => {
  const form = TOKEN_FORM.exec(token);
  if (!form) return null;
  const [, payload = '', signature = ''] = form;
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const { sub, gen, exp } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      sub: unknown;
      gen?: unknown;
      exp: unknown;
    };
    const generation = gen ?? 0;
    if (typeof sub !== 'string' || typeof exp !== 'number' || !Number.isInteger(generation)) return null;
    return exp > now ? { staffId: sub, generation: generation as number } : null;
  } catch {
    return null;
  }
};

/** Device tokens are stored only as their SHA-256, like a password. */
export const hashDeviceToken = (token: string): string => createHash('sha256').update(token).digest('hex');
