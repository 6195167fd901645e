import type { HttpAccess, Principal } from '@queue/protocol';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from './http-error.js';
import type { OfficeDeps } from './office-deps.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route; `anyone` when left out (static files, the health check). */
    access?: HttpAccess;
  }
  interface FastifyRequest {
    /** Who is behind the bearer token, once the access hook has checked the route's `access`. */
    principal: Principal | null;
    /** The phone token of a visitor's ticket, on a route whose access is `visitor`. */
    visitToken: string | null;
  }
}

export type StaffPrincipal = Extract<Principal, { kind: 'staff' }>;

const bearerToken = (header: string | undefined): string | null =>
  header?.startsWith('Bearer ') ? header.slice(7).trim() || null : null;

const allowed = (access: HttpAccess, principal: Principal): boolean => {
  switch (access.kind) {
    case 'anyone':
    case 'token':
      return true;
    case 'staff':
      return principal.kind === 'staff' && principal.roles.some((role) => access.roles.includes(role));
    case 'device':
      return principal.kind === 'device' && principal.role === access.role;
    case 'visitor':
      return false;
  }
};

/**
 * Authentication and the role check, once for every route (DESIGN §4): the bearer token becomes
 * `request.principal`; a route whose `access` the principal does not meet is answered 401 or 403
 * before its body is read. Refusals of a role are kept in the audit log.
 */
export const registerAccess = (app: FastifyInstance, deps: OfficeDeps): void => {
  app.decorateRequest('principal', null);
  app.decorateRequest('visitToken', null);
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access ?? { kind: 'anyone' };
    if (access.kind === 'anyone') return;
    const token = bearerToken(request.headers.authorization);
    if (access.kind === 'visitor') {
      // Which ticket it opens, if any, is the route's to find: the token is no principal.
      if (!token) throw new HttpError('unauthenticated');
      request.visitToken = token;
      return;
    }
    const principal = token ? deps.authenticate(token) : null;
    if (!principal) throw new HttpError('unauthenticated');
    if (!allowed(access, principal)) {
      deps.audit.write({ kind: 'forbidden', principal, path: request.url });
      throw new HttpError('forbidden');
    }
    request.principal = principal;
  });
};

/** The caller of a route whose access needs a token. */
export const principalOf = (request: FastifyRequest): Principal => {
  if (!request.principal) throw new HttpError('unauthenticated');
  return request.principal;
};

/** The member of staff calling a route whose access is `staff`. */
export const staffOf = (request: FastifyRequest): StaffPrincipal => {
  const principal = principalOf(request);
  if (principal.kind !== 'staff') throw new HttpError('forbidden');
  return principal;
};

/** The device calling a route whose access is `device`. */
export const deviceOf = (request: FastifyRequest): string => {
  const principal = principalOf(request);
  if (principal.kind !== 'device') throw new HttpError('forbidden');
  return principal.deviceId;
};
