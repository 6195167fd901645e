import type { FastifyReply } from 'fastify';
import { isDemoOffice, isDemoPin } from '../auth/demo-credentials.js';
import { verifyPin } from '../auth/pin-hash.js';
import { HttpError } from './http-error.js';
import { RateLimiter } from '../auth/rate-limit.js';
import { issueSessionToken } from '../auth/session-token.js';
import { endStaffSessions, sessionGeneration } from '../auth/staff-sessions.js';
import { staffOf } from './access-hook.js';
import { serve } from './contract-route.js';
import type { OfficeRoutes } from './office-deps.js';

/** `POST /api/login`: a member of staff signs in with login and PIN and gets a session token; `POST /api/logout` ends them. */
export const loginRoute: OfficeRoutes = async (app) => {
  const { runtime, store, audit } = app.office;
  // Wrong PINs: five per login, then one a minute; thirty from one address across logins, then one
  // every ten seconds. Ten thousand four-digit PINs would take a week, and nobody is locked out for long.
  const wrongPinsByLogin = new RateLimiter(5, 1 / 60_000);
  const wrongPinsByAddress = new RateLimiter(30, 1 / 10_000);

  const throttled = (reply: FastifyReply, login: string, address: string) => {
    audit.write({ kind: 'login_throttled', login, address });
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
  };

  serve(app, 'login', async (request, reply) => {
    const { state } = runtime;
    const login = request.body.login.toLowerCase();
    const address = `address:${request.ip}`;
    const now = runtime.clock();
    // A try is counted before the PIN is checked (scrypt runs off the event loop, and many tries may be
    // in flight at once); a right PIN gives it back.
    if (!wrongPinsByLogin.take(login, now)) return throttled(reply, request.body.login, address);
    if (!wrongPinsByAddress.take(address, now)) {
      wrongPinsByLogin.giveBack(login);
      return throttled(reply, request.body.login, address);
    }
    if (!isDemoOffice(store.file) && isDemoPin(request.body.pin)) {
      // The demo's PINs are in README: a real office refuses them whoever tries, and says why.
      audit.write({ kind: 'demo_credential_refused', login: request.body.login, address });
      throw new HttpError('demo_credential');
    }
    const member = state.config.staff.find((s) => s.login.toLowerCase() === login);
    const pinMatches = await verifyPin(request.body.pin, member ? store.file.pins[member.id] : undefined);
    if (!pinMatches || !member) {
      audit.write({ kind: 'login_failed', login: request.body.login });
      return reply.status(401).send({
        ok: false,
        error: {
          code: 'unauthenticated',
          message: { ru: 'Неверный логин или PIN.', en: 'Wrong login or PIN.' },
        },
      });
    }
    wrongPinsByAddress.giveBack(address);
    wrongPinsByLogin.forget(login);
    return {
      token: issueSessionToken(
        member.id,
        store.file.secret,
        runtime.clock(),
        sessionGeneration(store.file, member.id),
      ),
      staff: {
        id: member.id,
        fullName: member.fullName,
        position: member.position,
        roles: member.roles,
        windowId: member.windowId,
      },
    };
  });

  serve(app, 'logout', (request) => {
    const { staffId } = staffOf(request);
    endStaffSessions(store, staffId);
    app.office.sessionsEnded();
    return { ok: true as const };
  });
};
