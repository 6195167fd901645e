import { createServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import Fastify, { type FastifyInstance } from 'fastify';
import { type ZodTypeProvider, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { registerAccess } from './access-hook.js';
import { registerErrorReply, sendError } from './error-reply.js';
import type { OfficeDeps, OfficeRoutes } from './office-deps.js';
import { registerOfficeNetwork } from './office-network.js';
import type { OriginPolicy } from './office-origins.js';
import { type UiApps, registerUiApps, sendUiIndex } from './ui-apps.js';

/** A route the server serves, as Fastify registered it (the contract test compares them). */
export interface RegisteredRoute {
  method: string;
  url: string;
}

/** The server's certificate (with its chain) and private key, as PEM text. */
export interface TlsPem {
  cert: string;
  key: string;
}

/** The largest request body: a whole office configuration fits many times over. */
export const BODY_LIMIT = 1024 * 1024;
/** How long a request may take to arrive whole (headers and body). */
export const REQUEST_TIMEOUT_MS = 10_000;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The office's HTTP server (Fastify): zod validates what comes in by each route's schema, one hook
 * checks who may call each route, one handler turns every error into a WireError, and the built UIs
 * are served as static files. Socket.IO attaches to `app.server`, so one port serves both.
 */
export const createOfficeHttp = async (
  deps: OfficeDeps,
  uiApps: UiApps,
  routes: readonly OfficeRoutes[],
  origins: OriginPolicy,
  tls?: TlsPem,
): Promise<{ app: FastifyInstance; registered: readonly RegisteredRoute[] }> => {
  // A request that does not arrive whole within REQUEST_TIMEOUT_MS is answered 408 and its connection
  // closed, so a slow sender cannot hold connections open; Node checks every second, not every 30.
  // Fastify passes no such options to the Node server it makes, so the server is made here.
  const timeouts = { requestTimeout: REQUEST_TIMEOUT_MS, connectionsCheckingInterval: 1000 };
  // With a certificate, one port speaks HTTPS, and Socket.IO on it WSS (issue 15).
  // The HTTPS server is typed apart, but routes, hooks and Socket.IO use it exactly as the HTTP one.
  const base = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT,
    requestTimeout: REQUEST_TIMEOUT_MS,
    serverFactory: (handler) =>
      tls
        ? createHttpsServer({ ...timeouts, cert: tls.cert, key: tls.key }, handler)
        : createServer(timeouts, handler),
  }) as unknown as FastifyInstance;
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('office', deps);
  const registered: RegisteredRoute[] = [];
  app.addHook('onRoute', ({ method, url }) => {
    for (const one of [method].flat()) if (one !== 'HEAD') registered.push({ method: one, url });
  });
  await registerOfficeNetwork(app, origins);
  registerAccess(app, deps);
  registerErrorReply(app, deps);
  // The API's answers are about this moment: never kept by a browser or a proxy.
  app.addHook('onSend', async (_request, reply) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });

  await registerUiApps(app, uiApps);
  app.get('/', (_request, reply) => {
    const name = escapeHtml(deps.runtime.state.config.name);
    const links = Object.keys(uiApps)
      .map((a) => `<li><a href="/${a}/">${a}</a></li>`)
      .join('');
    return reply
      .type('text/html; charset=utf-8')
      .send(
        `<!doctype html><html lang="ru"><meta charset="utf-8"><title>${name}</title><h1>${name}</h1><ul>${links}</ul></html>`,
      );
  });
  app.setNotFoundHandler(
    (request, reply) => sendUiIndex(request, reply, uiApps) ?? sendError(reply, deps, 'not_found'),
  );

  for (const routesOf of routes) await app.register(routesOf);
  // Filled as the plugins load, which is by the time the server listens.
  return { app, registered };
};
