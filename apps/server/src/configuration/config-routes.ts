import { addDays, localDate } from '@queue/engine';
import { CONFIG_ROLES, REPORT_ROLES } from '@queue/protocol';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { type StaffPrincipal, staffOf } from '../http/access-hook.js';
import { httpStatusOf } from '../http/http-error.js';
import type { OfficeRoutes } from '../http/office-deps.js';
import { ReportEventSource } from '../reports/report-event-source.js';
import { configFile, importRequestSchema } from './config-file.js';
import { HISTORY_TYPES, historyEntry } from './config-history.js';

const replaceSchema = z.object({ config: z.unknown(), reason: z.string() });
const historyQuery = z.object({ days: z.coerce.number().int().min(1).max(366).default(90) });

const readers = { access: { kind: 'staff', roles: REPORT_ROLES } } as const;
const managers = { access: { kind: 'staff', roles: CONFIG_ROLES } } as const;

/**
 * The office's configuration over HTTP (docs/PROTOCOL.md «Reports and configuration API»). A change goes
 * through the same command pipeline as every other: parsed (`officeConfigSchema`), checked by the
 * engine (`configProblems`, and what the live office still uses), recorded as `config.replaced` with the
 * manager as actor, applied at once and pushed to every screen — the kiosk shows a new topic without a
 * restart because its public view is rebuilt from the configuration.
 */
export const configRoutes: OfficeRoutes = async (app) => {
  const { runtime, store, gateway, dataDir } = app.office;
  const source = new ReportEventSource(dataDir);

  const replace = (reply: FastifyReply, principal: StaffPrincipal, config: unknown, reason: string) => {
    const response = gateway.handle(principal, { type: 'config.replace', config, reason });
    if (!response.ok) return reply.status(httpStatusOf(response.error.code)).send(response);
    return reply.send({ ...response, config: runtime.state.config });
  };

  app.get('/api/config', { config: readers }, () => ({
    config: runtime.state.config,
    seq: runtime.state.seq,
  }));

  app.post('/api/config', { config: managers, schema: { body: replaceSchema } }, (request, reply) =>
    replace(reply, staffOf(request), request.body.config, request.body.reason),
  );

  app.get('/api/config/export', { config: managers }, (_request, reply) => {
    const { config } = runtime.state;
    const day = localDate(runtime.clock(), config.timeZone);
    return reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="office-config-${config.id}-${day}.json"`)
      .send(JSON.stringify(configFile(config, runtime.clock()), null, 2));
  });

  app.post(
    '/api/config/import',
    { config: managers, schema: { body: importRequestSchema } },
    (request, reply) => {
      const { file, reason } = request.body;
      const why = `Импорт настроек из файла${reason ? `: ${reason}` : ''}`;
      return replace(reply, staffOf(request), file.config, why);
    },
  );

  app.get('/api/config/history', { config: readers, schema: { querystring: historyQuery } }, (request) => {
    const { state } = runtime;
    const today = localDate(runtime.clock(), state.config.timeZone);
    const from = addDays(today, -request.query.days);
    const { events } = source.readTypes(from, today, state.day, HISTORY_TYPES);
    const entries = events.flatMap((e) => historyEntry(e) ?? []).reverse();
    const names = Object.fromEntries(state.config.staff.map((s) => [s.id, s.fullName]));
    const devices = Object.fromEntries(store.file.devices.map((d) => [d.id, d.label]));
    return { entries, names: { ...devices, ...names } };
  });
};
