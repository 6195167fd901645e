import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import { migrate } from '@queue/central-db';
import { addDays, localDate } from '@queue/engine';
import Fastify from 'fastify';
import { type ZodTypeProvider, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import pg from 'pg';
import { authRoutes } from './auth/auth-routes.js';
import { sessionKey } from './auth/central-session.js';
import { DEMO_USERS, countUsers, saveUser } from './auth/central-users.js';
import { registerAccess } from './central-http.js';
import { LiveOverviewFeed } from './overview/overview-feed.js';
import { overviewRoutes } from './overview/overview-routes.js';
import { CompanyFacts, materialiseClosedDays } from './reports/day-facts.js';
import { reportRoutes } from './reports/report-routes.js';
import { templateRoutes } from './templates/template-routes.js';

/** The built UI (`npm run build` → apps/central/dist), served under `/central/`. */
export const CENTRAL_UI = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');

export interface CentralOptions {
  /** The central PostgreSQL, as the head office's own login (it migrates the schema at start). */
  databaseUrl: string;
  port?: number;
  host?: string;
  clock?: () => number;
  /** An office with no contact for longer than this is shown as silent. */
  silentAfterMs?: number;
  /** How the company is called in report headings and files. */
  company?: string;
  /** Adds the demo's head-office users when there are none (README «Head office»). */
  demoUsers?: boolean;
  /** How often closed office days get their report facts made, in the background. */
  factsEveryMs?: number;
  /**
   * Days of facts read into memory in the background at start (default the last 31), so the first
   * company report over a month is as quick as the next; 0 = none.
   */
  warmUpDays?: number;
}

export interface RunningCentral {
  url: string;
  port: number;
  db: pg.Pool;
  close(): Promise<void>;
}

/**
 * The head office's service (DESIGN §9, docs/SCALING.md): Fastify on the central PostgreSQL. It
 * migrates the schema, then serves the company overview (live via LISTEN/NOTIFY), company reports and
 * configuration templates to head-office staff, and its React UI. Offices never talk to it: they write
 * to the database.
 */
export const startCentral = async (options: CentralOptions): Promise<RunningCentral> => {
  const clock = options.clock ?? Date.now;
  const silentAfterMs = options.silentAfterMs ?? 60_000;
  const db = new pg.Pool({
    connectionString: options.databaseUrl,
    max: 8,
    application_name: 'queue-central',
  });
  // A connection lost while idle (the database restarting) is replaced on the next query.
  db.on('error', () => {});
  const client = await db.connect();
  try {
    await migrate(client);
  } finally {
    client.release();
  }
  if (options.demoUsers && (await countUsers(db)) === 0)
    for (const user of DEMO_USERS) await saveUser(db, user);
  let key = await sessionKey(db);

  // Open overview streams never end by themselves: closing the service closes them.
  const app = Fastify({ logger: false, forceCloseConnections: true }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerAccess(app, db, () => key, clock);

  const feed = new LiveOverviewFeed(db, options.databaseUrl, clock, silentAfterMs);
  await feed.start();
  const facts = new CompanyFacts(db);

  await app.register(authRoutes(db, () => key, clock));
  await app.register(overviewRoutes(db, feed, clock, silentAfterMs));
  await app.register(reportRoutes(facts, clock, options.company ?? 'Компания'));
  await app.register(templateRoutes(db));

  if (existsSync(CENTRAL_UI)) {
    await app.register(fastifyStatic, { root: CENTRAL_UI, prefix: '/central/', wildcard: false });
    // The UI's own paths (/central/reports…) are the page itself.
    app.get('/central/*', (_request, reply) => reply.sendFile('index.html'));
  }
  app.get('/', (_request, reply) => reply.redirect('/central/'));

  // Closed office days get their report facts made in the background, so a report finds them ready.
  let making = false;
  const makeFacts = async () => {
    if (making) return;
    making = true;
    try {
      await materialiseClosedDays(db);
      key = await sessionKey(db);
    } catch {
      // The database is away; the next round tries again.
    } finally {
      making = false;
    }
  };
  const factsTimer = setInterval(() => void makeFacts(), options.factsEveryMs ?? 60_000);
  factsTimer.unref();
  const warmUpDays = options.warmUpDays ?? 31;
  void makeFacts().then(async () => {
    if (warmUpDays <= 0) return;
    const today = localDate(clock(), 'Europe/Moscow');
    await facts.load(addDays(today, -(warmUpDays - 1)), today, clock()).catch(() => {});
  });

  await app.listen({ port: options.port ?? 0, host: options.host ?? '0.0.0.0' });
  const port = (app.server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}`,
    port,
    db,
    close: async () => {
      clearInterval(factsTimer);
      await feed.close();
      await app.close();
      await db.end();
    },
  };
};
