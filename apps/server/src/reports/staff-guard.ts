import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Role } from '@queue/engine';
import { type Principal, wireError } from '@queue/protocol';
import { bearerToken, sendJson } from '../transport/http-body.js';
import type { RouteDeps } from '../transport/http-routes.js';

export type StaffPrincipal = Extract<Principal, { kind: 'staff' }>;

/**
 * The roles behind the reports and the configuration (DESIGN §4: a manager edits configuration and
 * reads reports; the hall administrator reads them too). Answers 401 without a valid token and 403
 * for another role or a device, and returns the person otherwise.
 */
export const requireStaff = (
  deps: RouteDeps,
  req: IncomingMessage,
  res: ServerResponse,
  roles: readonly Role[],
): StaffPrincipal | null => {
  const token = bearerToken(req);
  const principal = token ? deps.authenticate(token) : null;
  const noTime = (at: number) => String(at);
  if (!principal) {
    sendJson(res, 401, { ok: false, error: wireError('unauthenticated', undefined, noTime) });
    return null;
  }
  if (principal.kind !== 'staff' || !principal.roles.some((r) => roles.includes(r))) {
    deps.audit.write({ kind: 'forbidden', principal, path: req.url ?? '' });
    sendJson(res, 403, { ok: false, error: wireError('forbidden', undefined, noTime) });
    return null;
  }
  return principal;
};

export const REPORT_ROLES: readonly Role[] = ['manager', 'administrator'];
export const CONFIG_ROLES: readonly Role[] = ['manager'];
