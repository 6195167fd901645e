import { type ErrorCode, type WireDetails, fastifyValidationIssues, wireError } from '@queue/protocol';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type pg from 'pg';
import type { CentralRole, CentralUser } from '../contract/central-api.js';
import { readSession } from './auth/central-session.js';
import { findUser } from './auth/central-users.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route: the roles, or anyone (sign-in, the UI's files). */
    roles?: readonly CentralRole[];
  }
  interface FastifyRequest {
    /** The head-office user behind the bearer token, once the access hook has checked the route's roles. */
    user: CentralUser | null;
  }
}

const STATUS: Partial<Record<ErrorCode, number>> = {
  unauthenticated: 401,
  forbidden: 403,
  invalid_payload: 400,
  internal: 500,
};

/** A refusal a route throws; the one error handler answers it as `{ok: false, error}`. */
export class CentralHttpError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: WireDetails,
  ) {
    super(code);
  }
}

const moscowTime = (at: number) => new Date(at).toISOString();

/**
 * Authentication and roles once for every route: the bearer token becomes `request.user`, read afresh
 * from the database, so a disabled user is out at once.
 */
export const registerAccess = (app: FastifyInstance, db: pg.Pool, key: () => string, clock: () => number) => {
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (request) => {
    const roles = request.routeOptions.config.roles;
    if (!roles) return;
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
    const login = token ? readSession(token, key(), clock()) : null;
    const user = login ? await findUser(db, login) : null;
    if (!user || user.disabled) throw new CentralHttpError('unauthenticated');
    if (!roles.includes(user.role)) {
      request.log.warn({ login: user.login, path: request.url }, 'forbidden');
      throw new CentralHttpError('forbidden');
    }
    request.user = { login: user.login, fullName: user.fullName, role: user.role };
  });

  app.setErrorHandler((error, request, reply) => {
    let code: ErrorCode = 'internal';
    let details: WireDetails | undefined;
    if (error instanceof CentralHttpError) {
      code = error.code;
      details = error.details;
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      code = 'invalid_payload';
      details = { issues: fastifyValidationIssues(error.validation) };
    } else if (typeof (error as { statusCode?: unknown }).statusCode === 'number') {
      const status = (error as { statusCode: number }).statusCode;
      if (status >= 400 && status < 500) {
        code = 'invalid_payload';
        // Fastify's refusal of a body it could not read: JSON is what every route takes.
        details = { issues: [{ field: '', expected: 'json' }] };
      }
    }
    if (code === 'internal') request.log.error({ err: error }, 'request failed');
    return reply.status(STATUS[code] ?? 409).send({ ok: false, error: wireError(code, details, moscowTime) });
  });
};

/** Nothing under this address (an office, a path): the API's own form of a 404. */
export const sendNotFound = (reply: FastifyReply) =>
  reply.status(404).send({
    ok: false,
    error: { code: 'not_found', message: { ru: 'Не найдено.', en: 'Not found.' } },
  });

export const userOf = (request: FastifyRequest): CentralUser => {
  if (!request.user) throw new CentralHttpError('unauthenticated');
  return request.user;
};
