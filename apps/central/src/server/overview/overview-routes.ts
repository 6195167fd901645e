import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type pg from 'pg';
import type { OfficeOverview, OverviewAnswer } from '../../contract/central-api.js';
import { CENTRAL_ROLES } from '../../contract/central-api.js';
import { readOverview } from './office-overview.js';

export interface OverviewFeed {
  /** Subscribes to changed offices; returns the unsubscribe. */
  subscribe(listener: (offices: OfficeOverview[]) => void): () => void;
}

/**
 * The company overview: `GET /api/overview` for the whole picture, `GET /api/overview/stream` (Server-Sent
 * Events, read by the page with fetch so the token goes in a header) for each office that changed.
 */
export const overviewRoutes =
  (db: pg.Pool, feed: OverviewFeed, clock: () => number, silentAfterMs: number): FastifyPluginAsyncZod =>
  async (app) => {
    const everyone = { roles: CENTRAL_ROLES };

    app.get('/api/overview', { config: everyone }, async (): Promise<OverviewAnswer> => {
      const now = clock();
      return { at: now, silentAfterMs, offices: await readOverview(db, now, silentAfterMs) };
    });

    app.get('/api/overview/stream', { config: everyone }, (request, reply) => {
      reply.hijack();
      const out = reply.raw;
      out.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      out.write('retry: 2000\n\n');
      const unsubscribe = feed.subscribe((offices) => {
        out.write(`data: ${JSON.stringify({ at: clock(), offices })}\n\n`);
      });
      // A comment now and then keeps proxies from closing a quiet stream.
      const keepAlive = setInterval(() => out.write(': keep-alive\n\n'), 15_000);
      request.raw.on('close', () => {
        clearInterval(keepAlive);
        unsubscribe();
      });
    });
  };
