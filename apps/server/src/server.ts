import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OfficeConfig } from '@queue/engine';
import type { Principal } from '@queue/protocol';
import { disconnectEndedSessions, mayEndSessions, sessionsEndedBy } from './auth/ended-sessions.js';
import { principalFor } from './auth/principal.js';
import { endStaffSessions } from './auth/staff-sessions.js';
import { CommandGateway } from './command-gateway.js';
import { configRoutes } from './configuration/config-routes.js';
import { credentialRoutes } from './configuration/credential-routes.js';
import { devicePrinterRoute } from './configuration/device-printer-route.js';
import { disconnectRevokedDevices } from './configuration/device-sockets.js';
import { loginRoute } from './http/login-route.js';
import type { OfficeDeps, OfficeRoutes } from './http/office-deps.js';
import { type RegisteredRoute, type TlsPem, createOfficeHttp } from './http/office-http.js';
import { DailyBackup, type DailyBackupSettings } from './backup/daily-backup.js';
import { officeRoutes } from './http/office-routes.js';
import { originPolicy } from './http/office-origins.js';
import { journalRoutes } from './journal/journal-routes.js';
import { type MetricsSources, OfficeMetrics } from './metrics/office-metrics.js';
import { OfficeRuntime } from './office-runtime.js';
import { ViewPublisher } from './projection/view-publisher.js';
import { CentralReplicator, type ReplicationSettings } from './replication/central-replicator.js';
import { reportRoutes } from './reports/report-routes.js';
import { type SeedOptions, seedOffice } from './seed.js';
import { FileOfficeStore } from './storage/office-store.js';
import { AuditLog, type AuditLogOptions } from './transport/audit-log.js';
import { attachSockets } from './transport/socket-gateway.js';
import { visitRoutes } from './visit/visit-routes.js';
import { doorRoutes } from './door/door-routes.js';

// At the same depth as the bundle (apps/server/dist/main.mjs), so both find the built UIs.
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The built UIs the server offers, by URL prefix (DESIGN §5: a browser works as well as the shell). */
export const UI_APPS: Record<string, string> = {
  kiosk: join(REPO_ROOT, 'apps/kiosk/dist'),
  operator: join(REPO_ROOT, 'apps/operator/dist'),
  board: join(REPO_ROOT, 'apps/board/dist'),
  reports: join(REPO_ROOT, 'apps/reports/dist'),
  visit: join(REPO_ROOT, 'apps/visit/dist'),
};

export interface ServerOptions {
  dataDir: string;
  /** The configuration a new office starts with; ignored when the data folder already holds one. */
  config: OfficeConfig;
  port?: number;
  /** The address to listen on (`HOST`): `0.0.0.0` every IPv4 interface, or one interface's address. */
  host?: string;
  /** Origins besides the office's own addresses whose pages may call it (`ALLOWED_ORIGINS`). */
  allowedOrigins?: readonly string[];
  clock?: () => number;
  /** How often alarms and views are brought up to date with the clock. */
  tickMs?: number;
  seed?: SeedOptions;
  /** Where start-up says what it repaired in the logs (console.warn unless told). */
  log?: (line: string) => void;
  /** The audit log's rotation (transport/audit-log.ts): its file size and how many closed files kept. */
  audit?: Pick<AuditLogOptions, 'maxBytes' | 'keep'>;
  /** Routes added by other parts of the server (printing, the benchmark) without touching this file. */
  routes?: OfficeRoutes;
  /** Replication to the head office's PostgreSQL (docs/SCALING.md); none when absent. */
  replication?: ReplicationSettings;
  /** HTTPS and WSS with this certificate and key (PEM text); plain HTTP when absent. */
  tls?: TlsPem;
  /** The daily backup (docs/OPERATIONS.md); none when absent. */
  dailyBackup?: DailyBackupSettings;
}

export interface RunningServer {
  url: string;
  port: number;
  runtime: OfficeRuntime;
  store: FileOfficeStore;
  replicator: CentralReplicator | null;
  /** Every route the HTTP server serves (method and URL pattern). */
  httpRoutes: readonly RegisteredRoute[];
  close: () => Promise<void>;
}

export const startServer = async (options: ServerOptions): Promise<RunningServer> => {
  const clock = options.clock ?? Date.now;
  // The metrics read the office when scraped; until the parts they read exist, they read nothing.
  let metricsSources: MetricsSources | null = null;
  const metrics = new OfficeMetrics({
    state: () => runtime.state,
    storage: () => runtime.storage,
    clients: async () => metricsSources?.clients() ?? [],
    replicationBacklog: () => metricsSources?.replicationBacklog() ?? null,
    replicating: options.replication !== undefined,
  });
  const store = FileOfficeStore.open(options.dataDir, () => seedOffice(options.config, options.seed), {
    clock,
    log: options.log,
    appended: (seconds) => metrics.appended(seconds),
  });
  const audit = new AuditLog(join(options.dataDir, 'audit.jsonl'), clock, store.health, {
    ...options.audit,
    ...(options.log ? { say: options.log } : {}),
  });
  const runtime = new OfficeRuntime(store, clock, (where, error) => {
    // Stored and acknowledged all the same (issue 13); kept where someone will see it.
    audit.write({ kind: 'internal_after_store', where, error: String(error) });
    (options.log ?? console.error)(`${where} failed after the events were stored: ${String(error)}`);
  });
  const gateway = new CommandGateway(
    runtime,
    audit,
    () => store.file.pins,
    (type, code, seconds) => metrics.commandDone(type, code, seconds),
  );
  const replicator = options.replication
    ? new CentralReplicator(runtime, store, options.dataDir, options.replication)
    : null;
  const authenticate = (token: string): Principal | null =>
    principalFor(token, store.file, runtime.state, clock());

  let publisher: ViewPublisher | undefined;
  let io: ReturnType<typeof attachSockets> | undefined;
  const getPublisher = () => {
    if (!publisher) throw new Error('views are published once the sockets are attached');
    return publisher;
  };
  const deps: OfficeDeps = {
    runtime,
    store,
    gateway,
    publisher: getPublisher,
    audit,
    authenticate,
    startedAt: Date.now(),
    dataDir: options.dataDir,
    replication: () => replicator?.status() ?? null,
    metrics,
    sessionsEnded: () => {
      const sockets = io;
      if (sockets) void disconnectEndedSessions(() => sockets.fetchSockets(), authenticate);
    },
    centralTemplate: () => replicator?.template() ?? null,
  };
  let listeningPort = 0;
  const origins = originPolicy(() => listeningPort, options.allowedOrigins ?? []);
  const { app, registered } = await createOfficeHttp(
    deps,
    UI_APPS,
    [
      officeRoutes,
      loginRoute,
      // Reports and the office's configuration (manager, administrator): part of every office server.
      reportRoutes,
      configRoutes,
      credentialRoutes,
      devicePrinterRoute,
      journalRoutes,
      visitRoutes,
      doorRoutes,
      ...(options.routes ? [options.routes] : []),
    ],
    origins,
    options.tls,
  );

  const sockets = attachSockets(app.server, {
    authenticate,
    gateway,
    publisher: getPublisher,
    clock,
    origins,
  });
  io = sockets;
  metricsSources = {
    state: () => runtime.state,
    storage: () => runtime.storage,
    clients: async () => (await sockets.fetchSockets()).map((socket) => socket.data.principal),
    replicationBacklog: () => replicator?.status().backlog ?? null,
    replicating: replicator !== null,
  };
  publisher = new ViewPublisher(
    runtime,
    (kind, patch) => sockets.to(kind).emit('patch', patch),
    deps.replication,
  );
  runtime.onEvents(() => publisher?.changed());
  store.health.onChange(() => publisher?.changed());
  runtime.onEvents(disconnectRevokedDevices(() => sockets.fetchSockets()));
  // Signing out, a PIN reset, a role taken away or a member removed ends that person's sessions and
  // closes their open sockets at once (issue 13 §3, auth/staff-sessions.ts).
  let staffBefore = runtime.state.config.staff;
  runtime.onEvents((events) => {
    const ended = sessionsEndedBy(staffBefore, events);
    staffBefore = runtime.state.config.staff;
    for (const staffId of ended) {
      try {
        endStaffSessions(store, staffId);
      } catch (error) {
        // The roles are read afresh on every request, so a role taken away holds even so; the sockets
        // below are closed all the same. Said on the board (storage alarm) and in the audit log.
        audit.write({ kind: 'end_sessions_failed', staffId, error: String(error) });
      }
    }
    if (ended.length > 0 || mayEndSessions(events)) {
      deps.sessionsEnded();
    }
  });
  // Sockets first, closed as a shutdown (their clients reconnect to the next server on this port): a
  // long-polling request would otherwise hold the HTTP server's close.
  app.addHook('preClose', () => sockets.close());

  const dailyBackup = options.dailyBackup
    ? new DailyBackup(
        options.dataDir,
        options.dailyBackup,
        () => ({ id: runtime.state.config.id, timeZone: runtime.state.config.timeZone }),
        clock,
        (entry) => (options.log ?? console.log)(JSON.stringify(entry)),
      )
    : null;

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
    // Off the command path: the copy reads files asynchronously while commands go on.
    void dailyBackup?.runIfDue();
  }, options.tickMs ?? 5000);
  timer.unref();

  await app.listen({ port: options.port ?? 0, host: options.host ?? '0.0.0.0' });
  replicator?.start();
  const port = (app.server.address() as AddressInfo).port;
  listeningPort = port;

  return {
    url: `${options.tls ? 'https' : 'http'}://localhost:${port}`,
    port,
    runtime,
    store,
    replicator,
    httpRoutes: registered,
    close: async () => {
      clearInterval(timer);
      await dailyBackup?.idle();
      await replicator?.close();
      await app.close();
      runtime.close();
      audit.close();
    },
  };
};
