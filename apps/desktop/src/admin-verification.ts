/**
 * Is this person an administrator of the office? Asked of the office server's `POST /api/login`, which
 * holds the PIN hashes: the desktop keeps no PIN of its own, so a stolen kiosk disk gives away no
 * credential, and a PIN changed on the server works at once on every computer.
 */
import { loginSchema } from '@queue/protocol';
import { z } from 'zod';

export const credentialsSchema = loginSchema;
export type Credentials = z.output<typeof credentialsSchema>;

export type AdminCheck =
  | { outcome: 'verified'; staffName: string }
  /** The server does not know this login with this PIN. */
  | { outcome: 'wrong_credentials' }
  /** A real member of staff, but not an administrator. */
  | { outcome: 'not_administrator' }
  /** No answer, or no server of ours at that address. */
  | { outcome: 'unreachable'; detail: string };

const loginAnswer = z.object({
  token: z.string().min(1),
  staff: z.object({ fullName: z.string(), roles: z.array(z.string()) }),
});

export interface VerifyOptions {
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export async function verifyAdministrator(
  serverUrl: string,
  credentials: Credentials,
  options: VerifyOptions = {},
): Promise<AdminCheck> {
  const send = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await send(`${serverUrl}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: credentials.login, pin: credentials.pin }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
    });
  } catch (error) {
    return { outcome: 'unreachable', detail: error instanceof Error ? error.message : String(error) };
  }
  // 400 is a PIN the server's own schema refuses (too short…): still just a wrong PIN to the person.
  if (response.status === 401 || response.status === 400) return { outcome: 'wrong_credentials' };
  if (!response.ok) return { outcome: 'unreachable', detail: `HTTP ${response.status}` };
  const answer = loginAnswer.safeParse(await response.json().catch(() => null));
  if (!answer.success) return { outcome: 'unreachable', detail: 'not an office queue server' };
  if (!answer.data.staff.roles.includes('administrator')) return { outcome: 'not_administrator' };
  return { outcome: 'verified', staffName: answer.data.staff.fullName };
}
