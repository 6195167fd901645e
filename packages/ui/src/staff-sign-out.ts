import { officeHttp } from '@queue/client';
import { serverUrl } from './use-office.js';

/**
 * Signing out of a staff screen that has no window to close (the administrator's board, the reports):
 * `POST /api/logout` ends the token on the server, so it no longer opens anything over HTTP or Socket.IO
 * (issue 13) — forgetting it in the page alone would leave it good for the rest of its 16 hours. The
 * page forgets it whatever the answer: a server that cannot be reached is no reason to stay signed in.
 */
export const endStaffSession = async (token: string): Promise<void> => {
  await officeHttp({ server: serverUrl, token, timeoutMs: 5000 })
    .call('logout')
    .catch(() => undefined);
};
