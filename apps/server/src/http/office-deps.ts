import type { Principal, ReplicationStatus } from '@queue/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CommandGateway } from '../command-gateway.js';
import type { OfficeMetrics } from '../metrics/office-metrics.js';
import type { OfficeRuntime } from '../office-runtime.js';
import type { TemplateRead } from '../replication/central-replicator.js';
import type { ViewPublisher } from '../projection/view-publisher.js';
import type { OfficeStore } from '../storage/office-store.js';
import type { AuditLog } from '../transport/audit-log.js';

/** What every HTTP route of the office may use; the server decorates its Fastify instance with it. */
export interface OfficeDeps {
  runtime: OfficeRuntime;
  store: OfficeStore;
  gateway: CommandGateway;
  publisher: () => ViewPublisher;
  audit: AuditLog;
  authenticate: (token: string) => Principal | null;
  startedAt: number;
  dataDir: string;
  /** The Prometheus metrics `/metrics` serves. */
  metrics: OfficeMetrics;
  /** Closes the open sockets of sessions that have just ended (auth/ended-sessions.ts). */
  sessionsEnded: () => void;
  /** The replication to the head office, `null` when the office sends nothing. */
  replication: () => ReplicationStatus | null;
  /** The head office's template as last read, `null` when the office sends nothing. */
  centralTemplate: () => TemplateRead | null;
}

/** A file of routes: a Fastify plugin that finds the office as `app.office`. */
export type OfficeRoutes = FastifyPluginAsyncZod;

declare module 'fastify' {
  interface FastifyInstance {
    office: OfficeDeps;
  }
}
