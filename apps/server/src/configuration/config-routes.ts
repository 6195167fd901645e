import { type TemplateOffer, addDays, adoptTemplate, localDate, templateChanges } from '@queue/engine';
import type { PublishedTemplate } from '@queue/protocol';
import { configFile } from '@queue/protocol';
import type { FastifyReply } from 'fastify';
import { type StaffPrincipal, staffOf } from '../http/access-hook.js';
import { serve } from '../http/contract-route.js';
import { HttpError, httpStatusOf } from '../http/http-error.js';
import type { OfficeRoutes } from '../http/office-deps.js';
import { ReportEventSource } from '../reports/report-event-source.js';
import { HISTORY_TYPES, historyEntry } from './config-history.js';

/**
 * The office's configuration over HTTP (docs/PROTOCOL.md «Reports and configuration API»). A change goes
 * through the same command pipeline as every other: parsed (`officeConfigSchema`), checked by the
 * engine (`configProblems`, and what the live office still uses), recorded as `config.replaced` with the
 * manager as actor, applied at once and pushed to every screen — the kiosk shows a new topic without a
 * restart because its public view is rebuilt from the configuration.
 */
const offerOf = (published: PublishedTemplate): TemplateOffer => ({
  id: published.id,
  title: published.title,
  ...published.template,
});

export const configRoutes: OfficeRoutes = async (app) => {
  const { runtime, store, gateway, dataDir, centralTemplate } = app.office;
  const source = new ReportEventSource(dataDir);

  const replace = (reply: FastifyReply, principal: StaffPrincipal, config: unknown, reason: string) => {
    const response = gateway.handle(principal, { type: 'config.replace', config, reason });
    if (!response.ok) return reply.status(httpStatusOf(response.error.code)).send(response);
    return { ...response, config: runtime.state.config };
  };

  serve(app, 'config', () => ({ config: runtime.state.config, seq: runtime.state.seq }));

  serve(app, 'replaceConfig', (request, reply) =>
    replace(reply, staffOf(request), request.body.config, request.body.reason),
  );

  serve(app, 'exportConfig', (_request, reply) => {
    const { config } = runtime.state;
    const day = localDate(runtime.clock(), config.timeZone);
    return reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="office-config-${config.id}-${day}.json"`)
      .send(JSON.stringify(configFile(config, runtime.clock()), null, 2));
  });

  serve(app, 'importConfig', (request, reply) => {
    const { file, reason } = request.body;
    const why = `Импорт настроек из файла${reason ? `: ${reason}` : ''}`;
    return replace(reply, staffOf(request), file.config, why);
  });

  // The head office's template (issue 16, docs/SCALING.md «Templates»): offered as the office last read
  // it from the centre, and adopted here as an ordinary change of this office's configuration, so the
  // office stays the one writer of its record. What is adopted is the office's own copy of the offer,
  // never a configuration sent by the page.
  serve(app, 'centralTemplate', () => {
    const read = centralTemplate();
    const offer = read?.offer ?? null;
    return {
      replication: read !== null,
      offer,
      readAt: read?.readAt ?? null,
      changes: offer ? templateChanges(runtime.state.config, offerOf(offer)) : null,
    };
  });

  serve(app, 'adoptCentralTemplate', (request, reply) => {
    const offer = centralTemplate()?.offer;
    if (!offer || offer.id !== request.body.id) throw new HttpError('not_found', { what: 'template' });
    const config = adoptTemplate(runtime.state.config, offerOf(offer));
    return replace(reply, staffOf(request), config, request.body.reason);
  });

  serve(app, 'configHistory', (request) => {
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
