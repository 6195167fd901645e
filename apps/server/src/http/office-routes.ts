import { freeSlots } from '@queue/engine';
import { openApiDocument } from '@queue/protocol';
import { principalOf } from './access-hook.js';
import { serve } from './contract-route.js';
import { httpStatusOf } from './http-error.js';
import type { OfficeRoutes } from './office-deps.js';

/** The HTTP surface beside Socket.IO (DESIGN §4): health, commands, the view and free booking slots. */
export const officeRoutes: OfficeRoutes = async (app) => {
  const { runtime, gateway, publisher, startedAt, replication } = app.office;
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
