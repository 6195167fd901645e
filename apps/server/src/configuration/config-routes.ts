import type { ServerResponse } from 'node:http';
import { addDays, localDate } from '@queue/engine';
import { type CommandResponse, wireError } from '@queue/protocol';
import { z } from 'zod';
import { CONFIG_ROLES, REPORT_ROLES, requireStaff } from '../reports/staff-guard.js';
import { ReportEventSource } from '../reports/report-event-source.js';
import { readJson, sendJson } from '../transport/http-body.js';
import { type HttpRoute, type RouteDeps, statusOf } from '../transport/http-routes.js';
import { configFile, importRequestSchema } from './config-file.js';
import { HISTORY_TYPES, historyEntry } from './config-history.js';

const badRequest = (res: ServerResponse, issues: string) =>
  sendJson(res, 400, { ok: false, error: wireError('invalid_payload', { issues }, String) });

const issuesOf = (error: z.ZodError) =>
  error.issues
    .slice(0, 10)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');

const replaceSchema = z.object({ config: z.unknown(), reason: z.string() });

/**
 * The office's configuration over HTTP (docs/PROTOCOL.md «Reports and configuration API»). A change goes
 * through the same command pipeline as every other: parsed (`officeConfigSchema`), checked by the
 * engine (`configProblems`, and what the live office still uses), recorded as `config.replaced` with the
 * manager as actor, applied at once and pushed to every screen — the kiosk shows a new topic without a
 * restart because its public view is rebuilt from the configuration.
 */
export const configRoutes =
  (dataDir: string) =>
  (deps: RouteDeps): HttpRoute[] => {
    const source = new ReportEventSource(dataDir);

    const replace = (
      res: ServerResponse,
      principal: Parameters<RouteDeps['gateway']['handle']>[0],
      body: unknown,
    ) => {
      const response: CommandResponse = deps.gateway.handle(principal, body);
      sendJson(
        res,
        statusOf(response),
        response.ok ? { ...response, config: deps.runtime.state.config } : response,
      );
    };

    return [
      {
        method: 'GET',
        path: '/api/config',
        handle: (req, res) => {
          if (!requireStaff(deps, req, res, REPORT_ROLES)) return;
          sendJson(res, 200, { config: deps.runtime.state.config, seq: deps.runtime.state.seq });
        },
      },
      {
        method: 'POST',
        path: '/api/config',
        handle: async (req, res) => {
          const principal = requireStaff(deps, req, res, CONFIG_ROLES);
          if (!principal) return;
          const parsed = replaceSchema.safeParse(await readJson(req).catch(() => null));
          if (!parsed.success) return badRequest(res, issuesOf(parsed.error));
          replace(res, principal, {
            type: 'config.replace',
            config: parsed.data.config,
            reason: parsed.data.reason,
          });
        },
      },
      {
        method: 'GET',
        path: '/api/config/export',
        handle: (req, res) => {
          if (!requireStaff(deps, req, res, CONFIG_ROLES)) return;
          const { config } = deps.runtime.state;
          const day = localDate(deps.runtime.clock(), config.timeZone);
          res.writeHead(200, {
            'content-type': 'application/json; charset=utf-8',
            'content-disposition': `attachment; filename="office-config-${config.id}-${day}.json"`,
            'cache-control': 'no-store',
          });
          res.end(JSON.stringify(configFile(config, deps.runtime.clock()), null, 2));
        },
      },
      {
        method: 'POST',
        path: '/api/config/import',
        handle: async (req, res) => {
          const principal = requireStaff(deps, req, res, CONFIG_ROLES);
          if (!principal) return;
          const parsed = importRequestSchema.safeParse(await readJson(req).catch(() => null));
          if (!parsed.success) return badRequest(res, issuesOf(parsed.error));
          const reason = `Импорт настроек из файла${parsed.data.reason ? `: ${parsed.data.reason}` : ''}`;
          replace(res, principal, { type: 'config.replace', config: parsed.data.file.config, reason });
        },
      },
      {
        method: 'GET',
        path: '/api/config/history',
        handle: (req, res, url) => {
          if (!requireStaff(deps, req, res, REPORT_ROLES)) return;
          const days = Math.min(366, Math.max(1, Number(url.searchParams.get('days')) || 90));
          const { state } = deps.runtime;
          const today = localDate(deps.runtime.clock(), state.config.timeZone);
          const { events } = source.readTypes(addDays(today, -days), today, state.day, HISTORY_TYPES);
          const entries = events.flatMap((e) => historyEntry(e) ?? []).reverse();
          const names = Object.fromEntries(state.config.staff.map((s) => [s.id, s.fullName]));
          const devices = Object.fromEntries(deps.store.file.devices.map((d) => [d.id, d.label]));
          sendJson(res, 200, { entries, names: { ...devices, ...names } });
        },
      },
    ];
  };
