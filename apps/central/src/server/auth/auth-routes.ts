import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type pg from 'pg';
import { CENTRAL_ROLES, type CentralLoginAnswer, centralLoginSchema } from '../../contract/central-api.js';
import { sendNotFound, userOf } from '../central-http.js';
import { issueSession } from './central-session.js';
import { findUser } from './central-users.js';
import { verifyPassword } from './password-hash.js';

/**
 * Wrong passwords: three are free (a typo); after that a login waits a second before the next try, then
 * two, four… up to a minute. Guessing stays slow and nobody is locked out for long.
 */
class SignInBrake {
  private readonly failures = new Map<string, { count: number; until: number }>();

  blocked(login: string, now: number): boolean {
    return (this.failures.get(login)?.until ?? 0) > now;
  }

  failed(login: string, now: number): void {
    const count = (this.failures.get(login)?.count ?? 0) + 1;
    this.failures.set(login, {
      count,
      until: count < 3 ? 0 : now + Math.min(60_000, 1_000 * 2 ** (count - 3)),
    });
  }

  succeeded(login: string): void {
    this.failures.delete(login);
  }
}

/** `POST /api/login` with a head-office login and password; `GET /api/me` for the signed-in user. */
export const authRoutes =
  (db: pg.Pool, key: () => string, clock: () => number): FastifyPluginAsyncZod =>
  async (app) => {
    const brake = new SignInBrake();

    app.post(
      '/api/login',
      { schema: { body: centralLoginSchema } },
      async (request, reply): Promise<CentralLoginAnswer> => {
        const login = request.body.login.toLowerCase();
        const now = clock();
        if (brake.blocked(login, now)) {
          return reply.status(429).send({
            ok: false,
            error: {
              code: 'rate_limited',
              message: {
                ru: 'Слишком много попыток входа. Попробовать снова можно через минуту.',
                en: 'Too many sign-in attempts. Please try again in a minute.',
              },
            },
          });
        }
        const user = await findUser(db, login);
        if (!verifyPassword(request.body.password, user?.password) || !user || user.disabled) {
          brake.failed(login, now);
          request.log.warn({ login }, 'sign-in failed');
          return reply.status(401).send({
            ok: false,
            error: {
              code: 'unauthenticated',
              message: { ru: 'Неверный логин или пароль.', en: 'Wrong login or password.' },
            },
          });
        }
        brake.succeeded(login);
        return {
          token: issueSession(user.login, key(), now),
          user: { login: user.login, fullName: user.fullName, role: user.role },
        };
      },
    );

    app.get('/api/me', { config: { roles: CENTRAL_ROLES } }, async (request) => userOf(request));

    // Unknown API paths answer in the API's own form.
    app.all('/api/*', (_request, reply) => sendNotFound(reply));
  };
