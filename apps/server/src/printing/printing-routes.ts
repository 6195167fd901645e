import type { VirtualPrinter } from '@queue/kiosk-hardware';
import { actorOf } from '../auth/principal.js';
import { deviceOf, staffOf } from '../http/access-hook.js';
import { serve } from '../http/contract-route.js';
import { HttpError } from '../http/http-error.js';
import type { OfficeRoutes } from '../http/office-deps.js';
import { ServerPrinting, type ServerPrintingOptions } from './server-printing.js';
import { virtualPrinterRoutes } from './virtual-printer-page.js';

export interface PrintingRoutesOptions extends ServerPrintingOptions {
  /** The demo's virtual printer: adds the page of printed tickets at /printer. */
  virtualPrinter?: VirtualPrinter | null;
  /** Receives the printing service once the server has built it (tests, the demo). */
  onReady?: (printing: ServerPrinting) => void;
}

/**
 * Server-side printing (DESIGN §6) as routes for `startServer({ routes })`:
 * - `POST /api/kiosk/print-settings` (kiosk device token): how this kiosk wants its tickets printed;
 * - `GET /api/tickets/print-result?ticketId=` (kiosk device token): waits for the server's print of a
 *   ticket the kiosk issued and says how it went, so the visitor sees it on screen;
 * - `POST /api/tickets/reprint` (administrator): prints a waiting ticket again on a kiosk's printer;
 * - `/printer`: the demo's virtual printer and the tickets it printed, when there is one.
 */
export const printingRoutes =
  (options: PrintingRoutesOptions = {}): OfficeRoutes =>
  async (app) => {
    const { runtime, store, audit } = app.office;
    const printing = new ServerPrinting(runtime, store, audit, options);
    options.onReady?.(printing);

    serve(app, 'kioskPrintSettings', (request) => {
      printing.setSettings(deviceOf(request), request.body);
      return { ok: true };
    });

    serve(app, 'printResult', async (request) => {
      const { ticketId, waitMs } = request.query;
      const result = await printing.resultOf(deviceOf(request), ticketId, waitMs);
      if (result === 'pending') return { ok: true, result: null, pending: true };
      // The visitor's screen needs the outcome only; the detail is for the administrator's log.
      return { ok: true, result: result && { status: result.status }, pending: false };
    });

    serve(app, 'reprint', async (request) => {
      const { ticketId, deviceId } = request.body;
      const outcome = await printing.reprint(ticketId, deviceId ?? null, actorOf(staffOf(request)));
      if (outcome.ok) {
        const { status, detail } = outcome.result;
        return { ok: true, result: detail ? { status, detail } : { status } };
      }
      if (outcome.code === 'no_printer') {
        throw new HttpError('invalid_payload', {
          issues: [
            { field: 'deviceId', expected: 'network_printer', values: outcome.details.deviceId || '' },
          ],
        });
      }
      throw new HttpError(outcome.code, outcome.details);
    });

    if (options.virtualPrinter) await app.register(virtualPrinterRoutes(options.virtualPrinter));
  };
