import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type pg from 'pg';

/**
 * Head-office sessions: a token signed (HMAC-SHA256) with the head office's own key, kept in its
 * database and made on the first start. The role is not in the token: it is read from the user's row
 * on every request, so a user disabled or given another role is so at once. An office's session token
 * is signed with that office's key and has another form: it never opens the head office.
 */
const SESSION_MS = 12 * 60 * 60 * 1000;

export const sessionKey = async (db: pg.Pool): Promise<string> => {
  await db.query('INSERT INTO central_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
    'session',
    randomBytes(32).toString('hex'),
  ]);
  const { rows } = await db.query<{ value: string }>('SELECT value FROM central_secrets WHERE name = $1', [
    'session',
  ]);
  return rows[0]!.value;
};

const sign = (payload: string, key: string) => createHmac('sha256', key).update(payload).digest('base64url');

export const issueSession = (login: string, key: string, now: number): string => {
  const payload = Buffer.from(JSON.stringify({ sub: login, exp: now + SESSION_MS })).toString('base64url');
  return `hq.${payload}.${sign(payload, key)}`;
};

/** The login a token was issued to, or `null` when it is not ours, was tampered with, or has expired. */
export const readSession = (token: string, key: string, now: number): string | null => {
  const [kind, payload, signature] = token.split('.');
  if (kind !== 'hq' || !payload || !signature) return null;
  const expected = Buffer.from(sign(payload, key));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const { sub, exp } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      sub: unknown;
      exp: unknown;
    };
    return typeof sub === 'string' && typeof exp === 'number' && exp > now ? sub : null;
  } catch {
    return null;
  }
};
