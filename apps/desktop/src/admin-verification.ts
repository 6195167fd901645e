/**
 * Is this person an administrator of the office? Asked of the office server's `POST /api/login`, which
 * holds the PIN hashes: the desktop keeps no PIN of its own, so a stolen kiosk disk gives away no
 * credential, and a PIN changed on the server works at once on every computer.
 */
import { HttpFailure, officeHttp } from '@queue/client';
import { loginSchema } from '@queue/protocol';
import type { z } from 'zod';

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

export interface VerifyOptions {
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export async function verifyAdministrator(
  serverUrl: string,
  credentials: Credentials,
  options: VerifyOptions = {},
): Promise<AdminCheck> {
  const server = officeHttp({
    server: serverUrl,
    timeoutMs: options.timeoutMs ?? 5000,
    fetch: options.fetch,
  });
  try {
    const { staff } = await server.call('login', {
      body: { login: credentials.login, pin: credentials.pin },
    });
    if (!staff.roles.includes('administrator')) return { outcome: 'not_administrator' };
    return { outcome: 'verified', staffName: staff.fullName };
  } catch (failure) {
    if (!(failure instanceof HttpFailure)) throw failure;
    // 400 is a PIN the server's own schema refuses (too short…): still just a wrong PIN to the person.
    if (failure.code === 'unauthenticated' || failure.code === 'invalid_payload') {
      return { outcome: 'wrong_credentials' };
    }
    if (failure.code === 'unexpected') {
      return { outcome: 'unreachable', detail: `not an office queue server (HTTP ${failure.status})` };
    }
    if (failure.code === 'unreachable') return { outcome: 'unreachable', detail: failure.message };
    return { outcome: 'unreachable', detail: `HTTP ${failure.status}: ${failure.code}` };
  }
}
