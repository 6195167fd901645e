import { freeSlots, localDate } from '@queue/engine';
import { openApiDocument } from '@queue/protocol';
import { principalOf } from './access-hook.js';
import { serve } from './contract-route.js';
import { HttpError, httpStatusOf } from './http-error.js';
import type { OfficeRoutes } from './office-deps.js';

/** The HTTP surface beside Socket.IO (DESIGN §4): health, commands, the view and free booking slots. */
export const officeRoutes: OfficeRoutes = async (app) => {
  const { runtime, gateway, publisher, startedAt, replication, metrics } = app.office;
  let document: ReturnType<typeof openApiDocument> | undefined;

  serve(app, 'health', () => ({
    // Still answers, and reads still work, while storage fails: restarting would not help.
    status: runtime.storage.failing.length > 0 ? 'storage_failing' : 'ok',
    office: runtime.state.config.name,
    day: runtime.state.day,
    seq: runtime.state.seq,
    uptimeMs: Date.now() - startedAt,
    storage: runtime.storage,
    replication: replication(),
  }));

  serve(app, 'healthLive', () => ({ status: 'live' as const, uptimeMs: Date.now() - startedAt }));

  // Ready to serve the office: its files can be written and today's day is open (the clock's tick
  // opens it; a day that did not turn over means the tick is stuck).
  serve(app, 'healthReady', () => {
    const { state } = runtime;
    const storage = runtime.storage.failing.length === 0 ? 'ok' : 'failing';
    const open = state.day !== null && state.day === localDate(runtime.clock(), state.config.timeZone);
    if (storage !== 'ok' || !open || state.day === null)
      throw new HttpError('not_ready', { storage, day: open ? 'open' : 'closed' });
    return { status: 'ready' as const, day: state.day, seq: state.seq };
  });

  serve(app, 'metrics', async (_request, reply) =>
    reply.type(metrics.contentType).send(await metrics.text()),
  );

  // Built on the first request: the office's start does not wait for it.
  serve(app, 'openApi', () => {
    document ??= openApiDocument();
    return document;
  });

  serve(app, 'command', (request, reply) => {
    const response = gateway.handle(principalOf(request), request.body);
    if (response.ok) return response;
    return reply.status(httpStatusOf(response.error.code)).send(response);
  });

  serve(app, 'view', (request) =>
    publisher().snapshot(principalOf(request).kind === 'staff' ? 'staff' : 'public'),
  );

  serve(app, 'freeSlots', (request) => {
    const { serviceId, date } = request.query;
    return { serviceId, date, slots: freeSlots(runtime.state, serviceId, date, runtime.clock()) };
  });
};
