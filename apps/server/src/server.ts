import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OfficeConfig } from '@queue/engine';
import { type Principal, wireError } from '@queue/protocol';
import { principalFor } from './auth/principal.js';
import { CommandGateway } from './command-gateway.js';
import { configRoutes } from './configuration/config-routes.js';
import { credentialRoutes } from './configuration/credential-routes.js';
import { disconnectRevokedDevices } from './configuration/device-sockets.js';
import { journalRoutes } from './journal/journal-routes.js';
import { OfficeRuntime } from './office-runtime.js';
import { ViewPublisher } from './projection/view-publisher.js';
import { CentralReplicator, type ReplicationSettings } from './replication/central-replicator.js';
import { reportRoutes } from './reports/report-routes.js';
import { type SeedOptions, seedOffice } from './seed.js';
import { FileOfficeStore } from './storage/office-store.js';
import { AuditLog } from './transport/audit-log.js';
import { StorageError } from './storage/storage-error.js';
import { sendJson } from './transport/http-body.js';
import {
  type HttpRoute,
  type RouteDeps,
  apiRoutes,
  httpStatusOf,
  matchRoute,
} from './transport/http-routes.js';
import { attachSockets } from './transport/socket-gateway.js';
import { serveStatic } from './transport/static-files.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The built UIs the server offers, by URL prefix (DESIGN §5: a browser works as well as the shell). */
export const UI_APPS: Record<string, string> = {
  kiosk: join(REPO_ROOT, 'apps/kiosk/dist'),
  operator: join(REPO_ROOT, 'apps/operator/dist'),
  board: join(REPO_ROOT, 'apps/board/dist'),
  reports: join(REPO_ROOT, 'apps/reports/dist'),
};

export interface ServerOptions {
  dataDir: string;
  /** The configuration a new office starts with; ignored when the data folder already holds one. */
  config: OfficeConfig;
  port?: number;
  host?: string;
  clock?: () => number;
  /** How often alarms and views are brought up to date with the clock. */
  tickMs?: number;
  seed?: SeedOptions;
  /** Where start-up says what it repaired in the logs (console.warn unless told). */
  log?: (line: string) => void;
  /** Routes added by other parts of the server (reports, printing) without touching this file. */
  routes?: (deps: RouteDeps) => HttpRoute[];
  /** Replication to the head office's PostgreSQL (docs/SCALING.md); none when absent. */
  replication?: ReplicationSettings;
}

export interface RunningServer {
  url: string;
  port: number;
  runtime: OfficeRuntime;
  store: FileOfficeStore;
  replicator: CentralReplicator | null;
  close: () => Promise<void>;
}

export const startServer = async (options: ServerOptions): Promise<RunningServer> => {
  const clock = options.clock ?? Date.now;
  const store = FileOfficeStore.open(options.dataDir, () => seedOffice(options.config, options.seed), {
    clock,
    log: options.log,
  });
  const runtime = new OfficeRuntime(store, clock);
  const audit = new AuditLog(join(options.dataDir, 'audit.jsonl'), clock, store.health);
  const gateway = new CommandGateway(runtime, audit);
  const replicator = options.replication
    ? new CentralReplicator(runtime, store, options.dataDir, options.replication)
    : null;
  const authenticate = (token: string): Principal | null =>
    principalFor(token, store.file, runtime.state, clock());

  let publisher: ViewPublisher | undefined;
  const getPublisher = () => publisher!;
  const deps: RouteDeps = {
    runtime,
    store,
    gateway,
    publisher: getPublisher,
    audit,
    authenticate,
    startedAt: Date.now(),
    replication: () => replicator?.status() ?? null,
  };
  const routes = [
    ...apiRoutes(deps),
    // Reports and the office's configuration (manager, administrator): part of every office server.
    ...reportRoutes(options.dataDir)(deps),
    ...configRoutes(options.dataDir)(deps),
    ...credentialRoutes(deps),
    ...journalRoutes(options.dataDir)(deps),
    ...(options.routes?.(deps) ?? []),
  ];

  const http = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = matchRoute(routes, req.method ?? 'GET', url.pathname);
    if (route) {
      // A route that cannot store answers 503 `storage_failed` (nothing was changed); nothing a route
      // throws, at once or later, reaches the process.
      Promise.resolve()
        .then(() => route.handle(req, res, url))
        .catch((error: unknown) => {
          const code = error instanceof StorageError ? 'storage_failed' : 'internal';
          audit.write({
            kind: code === 'internal' ? 'http_error' : code,
            path: url.pathname,
            error: String(error),
          });
          if (!res.headersSent)
            sendJson(res, httpStatusOf(code), { ok: false, error: wireError(code, undefined, String) });
        });
      return;
    }
    const [, app, ...rest] = url.pathname.split('/');
    const root = app ? UI_APPS[app] : undefined;
    if (root && serveStatic(root, rest.join('/'), res)) return;
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><html lang="ru"><meta charset="utf-8"><title>${runtime.state.config.name}</title>` +
          `<h1>${runtime.state.config.name}</h1><ul>${Object.keys(UI_APPS)
            .map((a) => `<li><a href="/${a}/">${a}</a></li>`)
            .join('')}</ul></html>`,
      );
      return;
    }
    sendJson(res, 404, { ok: false, error: { code: 'not_found' } });
  });

  const io = attachSockets(http, { authenticate, gateway, publisher: getPublisher, clock });
  publisher = new ViewPublisher(runtime, (kind, patch) => io.to(kind).emit('patch', patch), deps.replication);
  runtime.onEvents(() => publisher?.changed());
  store.health.onChange(() => publisher?.changed());
  runtime.onEvents(disconnectRevokedDevices(() => io.fetchSockets()));

  // The clock: alarms that depend on time (wait breaches, idle windows) and the day's turn.
  // While a file cannot be written, the tick also tries it again, so the storage alarm goes by itself.
  const timer = setInterval(() => {
    try {
      runtime.tick();
    } catch (error) {
      audit.write({ kind: 'tick_failed', error: String(error) });
    }
    try {
      publisher?.refresh();
      runtime.checkpointIfDue();
      if (store.health.status.failing.length > 0) store.probe();
    } catch (error) {
      audit.write({ kind: 'tick_failed', error: String(error) });
    }
  }, options.tickMs ?? 5000);
  timer.unref();

  await new Promise<void>((ready) => http.listen(options.port ?? 0, options.host ?? '0.0.0.0', ready));
  replicator?.start();
  const port = (http.address() as AddressInfo).port;

  return {
    url: `http://localhost:${port}`,
    port,
    runtime,
    store,
    replicator,
    close: async () => {
      clearInterval(timer);
      await replicator?.close();
      await new Promise<void>((done) => io.close(() => done()));
      await new Promise<void>((done) => http.close(() => done()));
      runtime.close();
      audit.close();
    },
  };
};
