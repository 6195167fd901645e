import type { IncomingMessage, ServerResponse } from 'node:http';
import { formatLocal, freeSlots } from '@queue/engine';
import {
  type CommandResponse,
  type Principal,
  type ReplicationStatus,
  loginSchema,
  wireError,
} from '@queue/protocol';
import { z } from 'zod';
import { verifyPin } from '../auth/pin-hash.js';
import { RateLimiter } from '../auth/rate-limit.js';
import { issueSessionToken } from '../auth/session-token.js';
import type { CommandGateway } from '../command-gateway.js';
import type { OfficeRuntime } from '../office-runtime.js';
import type { ViewPublisher } from '../projection/view-publisher.js';
import type { OfficeStore } from '../storage/office-store.js';
import type { AuditLog } from './audit-log.js';
import { bearerToken, readJson, sendJson } from './http-body.js';

export interface HttpRoute {
  method: 'GET' | 'POST';
  path: string | RegExp;
  handle: (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void> | void;
}

export interface RouteDeps {
  runtime: OfficeRuntime;
  store: OfficeStore;
  gateway: CommandGateway;
  publisher: () => ViewPublisher;
  audit: AuditLog;
  authenticate: (token: string) => Principal | null;
  startedAt: number;
  /** The replication to the head office, `null` when the office sends nothing. */
  replication: () => ReplicationStatus | null;
}

const STATUS: Record<string, number> = {
  unauthenticated: 401,
  forbidden: 403,
  invalid_payload: 400,
  rate_limited: 429,
  storage_failed: 503,
  internal: 500,
};

/** The HTTP status of an error code: every refusal of the queue rules is a 409 conflict. */
export const httpStatusOf = (code: string): number => STATUS[code] ?? 409;

export const statusOf = (response: CommandResponse): number =>
  response.ok ? 200 : httpStatusOf(response.error.code);

const slotQuery = z.object({ serviceId: z.string().min(1), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });

/** The HTTP surface beside Socket.IO (DESIGN §4): health, login, and a JSON API for integrators. */
export const apiRoutes = (deps: RouteDeps): HttpRoute[] => {
  const format = (at: number) => formatLocal(at, deps.runtime.state.config.timeZone);
  const unauthenticated = (res: ServerResponse) =>
    sendJson(res, 401, { ok: false, error: wireError('unauthenticated', undefined, format) });
  const principalOf = (req: IncomingMessage) => {
    const token = bearerToken(req);
    return token ? deps.authenticate(token) : null;
  };

  // Wrong PINs: five per login, then one a minute; thirty from one address across logins, then one
  // every ten seconds. Ten thousand four-digit PINs would take a week, and nobody is locked out for long.
  const wrongPinsByLogin = new RateLimiter(5, 1 / 60_000);
  const wrongPinsByAddress = new RateLimiter(30, 1 / 10_000);

  return [
    {
      method: 'GET',
      path: '/health',
      handle: (_req, res) =>
        sendJson(res, 200, {
          // Still answers, and reads still work, while storage fails: restarting would not help.
          status: deps.runtime.storage.failing.length > 0 ? 'storage_failing' : 'ok',
          office: deps.runtime.state.config.name,
          day: deps.runtime.state.day,
          seq: deps.runtime.state.seq,
          uptimeMs: Date.now() - deps.startedAt,
          storage: deps.runtime.storage,
          replication: deps.replication(),
        }),
    },
    {
      method: 'POST',
      path: '/api/login',
      handle: async (req, res) => {
        const parsed = loginSchema.safeParse(await readJson(req).catch(() => null));
        if (!parsed.success) {
          sendJson(res, 400, {
            ok: false,
            error: wireError('invalid_payload', { issues: 'login, pin' }, format),
          });
          return;
        }
        const { state } = deps.runtime;
        const login = parsed.data.login.toLowerCase();
        const address = `address:${req.socket.remoteAddress ?? 'unknown'}`;
        const now = deps.runtime.clock();
        if (!wrongPinsByLogin.available(login, now) || !wrongPinsByAddress.available(address, now)) {
          deps.audit.write({ kind: 'login_throttled', login: parsed.data.login, address });
          sendJson(res, 429, {
            ok: false,
            error: {
              code: 'rate_limited',
              message: {
                ru: 'Слишком много попыток входа. Попробовать снова можно через минуту.',
                en: 'Too many sign-in attempts. Please try again in a minute.',
              },
            },
          });
          return;
        }
        const member = state.config.staff.find((s) => s.login.toLowerCase() === login);
        if (!verifyPin(parsed.data.pin, member ? deps.store.file.pins[member.id] : undefined) || !member) {
          wrongPinsByLogin.take(login, now);
          wrongPinsByAddress.take(address, now);
          deps.audit.write({ kind: 'login_failed', login: parsed.data.login });
          sendJson(res, 401, {
            ok: false,
            error: {
              code: 'unauthenticated',
              message: { ru: 'Неверный логин или PIN.', en: 'Wrong login or PIN.' },
            },
          });
          return;
        }
        wrongPinsByLogin.forget(login);
        sendJson(res, 200, {
          token: issueSessionToken(member.id, deps.store.file.secret, deps.runtime.clock()),
          staff: {
            id: member.id,
            fullName: member.fullName,
            position: member.position,
            roles: member.roles,
            windowId: member.windowId,
          },
        });
      },
    },
    {
      method: 'POST',
      path: '/api/commands',
      handle: async (req, res) => {
        const principal = principalOf(req);
        if (!principal) return unauthenticated(res);
        const body = await readJson(req).catch(() => undefined);
        const response = deps.gateway.handle(principal, body);
        sendJson(res, statusOf(response), response);
      },
    },
    {
      method: 'GET',
      path: '/api/view',
      handle: (req, res) => {
        const principal = principalOf(req);
        if (!principal) return unauthenticated(res);
        sendJson(res, 200, deps.publisher().snapshot(principal.kind === 'staff' ? 'staff' : 'public'));
      },
    },
    {
      method: 'GET',
      path: '/api/appointments/slots',
      handle: (req, res, url) => {
        if (!principalOf(req)) return unauthenticated(res);
        const query = slotQuery.safeParse(Object.fromEntries(url.searchParams));
        if (!query.success) {
          sendJson(res, 400, {
            ok: false,
            error: wireError('invalid_payload', { issues: 'serviceId, date' }, format),
          });
          return;
        }
        const slots = freeSlots(
          deps.runtime.state,
          query.data.serviceId,
          query.data.date,
          deps.runtime.clock(),
        );
        sendJson(res, 200, { serviceId: query.data.serviceId, date: query.data.date, slots });
      },
    },
  ];
};

export const matchRoute = (routes: HttpRoute[], method: string, pathname: string): HttpRoute | undefined =>
  routes.find(
    (r) => r.method === method && (typeof r.path === 'string' ? r.path === pathname : r.path.test(pathname)),
  );
