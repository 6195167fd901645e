import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Staff sessions are signed tokens (HMAC with the office's secret), so a console keeps working across a
 * server restart without a new login. The roles are not in the token: they are read from the current
 * configuration on every connection, so a role removed by the manager takes effect at once.
 */
const SHIFT_MS = 16 * 60 * 60 * 1000;

const sign = (payload: string, secret: string) =>
  createHmac('sha256', secret).update(payload).digest('base64url');

export const issueSessionToken = (staffId: string, secret: string, now: number): string => {
  const payload = Buffer.from(JSON.stringify({ sub: staffId, exp: now + SHIFT_MS })).toString('base64url');
  return `s.${payload}.${sign(payload, secret)}`;
};

export const readSessionToken = (token: string, secret: string, now: number): string | null => {
  const [kind, payload, signature] = token.split('.');
  if (kind !== 's' || !payload || !signature) return null;
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const { sub, exp } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      sub: string;
      exp: number;
    };
    return typeof sub === 'string' && exp > now ? sub : null;
  } catch {
    return null;
  }
};

/** Device tokens are stored only as their SHA-256, like a password. */
export const hashDeviceToken = (token: string): string => createHash('sha256').update(token).digest('hex');
