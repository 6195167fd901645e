import { freeSlots } from '@queue/engine';
import { z } from 'zod';
import { principalOf } from './access-hook.js';
import { httpStatusOf } from './http-error.js';
import type { OfficeRoutes } from './office-deps.js';

const slotQuery = z.object({ serviceId: z.string().min(1), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });

/** The HTTP surface beside Socket.IO (DESIGN §4): health, commands, the view and free booking slots. */
export const officeRoutes: OfficeRoutes = async (app) => {
  const { runtime, gateway, publisher, startedAt, replication } = app.office;

  app.get('/health', () => ({
    // Still answers, and reads still work, while storage fails: restarting would not help.
    status: runtime.storage.failing.length > 0 ? 'storage_failing' : 'ok',
    office: runtime.state.config.name,
    day: runtime.state.day,
    seq: runtime.state.seq,
    uptimeMs: Date.now() - startedAt,
    storage: runtime.storage,
    replication: replication(),
  }));

  app.post('/api/commands', { config: { access: { kind: 'token' } } }, (request, reply) => {
    const response = gateway.handle(principalOf(request), request.body);
    return reply.status(response.ok ? 200 : httpStatusOf(response.error.code)).send(response);
  });

  app.get('/api/view', { config: { access: { kind: 'token' } } }, (request) =>
    publisher().snapshot(principalOf(request).kind === 'staff' ? 'staff' : 'public'),
  );

  app.get(
    '/api/appointments/slots',
    { config: { access: { kind: 'token' } }, schema: { querystring: slotQuery } },
    (request) => {
      const { serviceId, date } = request.query;
      return { serviceId, date, slots: freeSlots(runtime.state, serviceId, date, runtime.clock()) };
    },
  );
};
