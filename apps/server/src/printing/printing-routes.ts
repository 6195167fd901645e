import type { IncomingMessage, ServerResponse } from 'node:http';
import { formatLocal } from '@queue/engine';
import type { VirtualPrinter } from '@queue/kiosk-hardware';
import { type ErrorCode, kioskPrintSettingsSchema, wireError } from '@queue/protocol';
import { z } from 'zod';
import { actorOf } from '../auth/principal.js';
import { bearerToken, readJson, sendJson } from '../transport/http-body.js';
import { type HttpRoute, type RouteDeps, httpStatusOf } from '../transport/http-routes.js';
import { ServerPrinting, type ServerPrintingOptions } from './server-printing.js';
import { virtualPrinterRoutes } from './virtual-printer-page.js';

export interface PrintingRoutesOptions extends ServerPrintingOptions {
  /** The demo's virtual printer: adds the page of printed tickets at /printer. */
  virtualPrinter?: VirtualPrinter | null;
  /** Receives the printing service once the server has built it (tests, the demo). */
  onReady?: (printing: ServerPrinting) => void;
}

const reprintSchema = z.object({
  ticketId: z.string().trim().min(1).max(64),
  deviceId: z.string().trim().min(1).max(64).nullish(),
});

const resultQuery = z.object({
  ticketId: z.string().trim().min(1).max(64),
  waitMs: z.coerce.number().int().min(0).max(20_000).default(10_000),
});

/**
 * Server-side printing (DESIGN §6) as routes for `startServer({ routes })`:
 * - `POST /api/kiosk/print-settings` (kiosk device token): how this kiosk wants its tickets printed;
 * - `GET /api/tickets/print-result?ticketId=` (kiosk device token): waits for the server's print of a
 *   ticket the kiosk issued and says how it went, so the visitor sees it on screen;
 * - `POST /api/tickets/reprint` (administrator): prints a waiting ticket again on a kiosk's printer;
 * - `/printer`: the demo's virtual printer and the tickets it printed, when there is one.
 */
export const printingRoutes =
  (options: PrintingRoutesOptions = {}) =>
  (deps: RouteDeps): HttpRoute[] => {
    const printing = new ServerPrinting(deps.runtime, deps.store, deps.audit, options);
    options.onReady?.(printing);
    const timeZone = () => deps.runtime.state.config.timeZone;
    const fail = (res: ServerResponse, code: ErrorCode, details?: Record<string, string>) =>
      sendJson(res, httpStatusOf(code), {
        ok: false,
        error: wireError(code, details, (at) => formatLocal(at, timeZone())),
      });
    const principalOf = (req: IncomingMessage) => {
      const token = bearerToken(req);
      return token ? deps.authenticate(token) : null;
    };
    const kioskOf = (req: IncomingMessage, res: ServerResponse): string | null => {
      const principal = principalOf(req);
      if (!principal) fail(res, 'unauthenticated');
      else if (principal.kind !== 'device' || principal.role !== 'kiosk') fail(res, 'forbidden');
      else return principal.deviceId;
      return null;
    };

    return [
      {
        method: 'POST',
        path: '/api/kiosk/print-settings',
        handle: async (req, res) => {
          const deviceId = kioskOf(req, res);
          if (!deviceId) return;
          const parsed = kioskPrintSettingsSchema.safeParse(await readJson(req).catch(() => null));
          if (!parsed.success) return fail(res, 'invalid_payload', { issues: parsed.error.message });
          printing.setSettings(deviceId, parsed.data);
          sendJson(res, 200, { ok: true });
        },
      },
      {
        method: 'GET',
        path: '/api/tickets/print-result',
        handle: async (req, res, url) => {
          const deviceId = kioskOf(req, res);
          if (!deviceId) return;
          const query = resultQuery.safeParse(Object.fromEntries(url.searchParams));
          if (!query.success) return fail(res, 'invalid_payload', { issues: 'ticketId' });
          const result = await printing.resultOf(deviceId, query.data.ticketId, query.data.waitMs);
          if (result === 'pending') return sendJson(res, 200, { ok: true, result: null, pending: true });
          // The visitor's screen needs the outcome only; the detail is for the administrator's log.
          sendJson(res, 200, { ok: true, result: result && { status: result.status }, pending: false });
        },
      },
      {
        method: 'POST',
        path: '/api/tickets/reprint',
        handle: async (req, res) => {
          const principal = principalOf(req);
          if (!principal) return fail(res, 'unauthenticated');
          if (principal.kind !== 'staff' || !principal.roles.includes('administrator')) {
            deps.audit.write({ kind: 'forbidden', principal, command: 'ticket.reprint' });
            return fail(res, 'forbidden');
          }
          const parsed = reprintSchema.safeParse(await readJson(req).catch(() => null));
          if (!parsed.success) return fail(res, 'invalid_payload', { issues: 'ticketId, deviceId' });
          const outcome = await printing.reprint(
            parsed.data.ticketId,
            parsed.data.deviceId ?? null,
            actorOf(principal),
          );
          if (outcome.ok) {
            const { status, detail } = outcome.result;
            return sendJson(res, 200, { ok: true, result: detail ? { status, detail } : { status } });
          }
          if (outcome.code === 'no_printer') {
            return fail(res, 'invalid_payload', {
              issues: `deviceId: у киоска ${outcome.details.deviceId || '(нет)'} не настроен сетевой принтер`,
            });
          }
          return fail(res, outcome.code, outcome.details);
        },
      },
      ...(options.virtualPrinter ? virtualPrinterRoutes(options.virtualPrinter, timeZone) : []),
    ];
  };
