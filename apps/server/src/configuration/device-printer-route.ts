import { isRefusal } from '@queue/engine';
import { actorOf } from '../auth/principal.js';
import { staffOf } from '../http/access-hook.js';
import { serve } from '../http/contract-route.js';
import { HttpError } from '../http/http-error.js';
import type { OfficeRoutes } from '../http/office-deps.js';
import { publicDevice } from './public-device.js';

/**
 * A kiosk's network printer, set by the manager on the office settings screen instead of by editing
 * the server's file (issue 14). It lives in the device record beside the kiosk's token — the office
 * state knows no devices — and the log records who set what (`device.printerSet`): the file and the
 * record are kept together or not at all (issue 13). Server printing reads the record at each print,
 * so the next ticket goes to the new printer.
 */
export const devicePrinterRoute: OfficeRoutes = async (app) => {
  const { runtime, store } = app.office;

  serve(app, 'setKioskPrinter', (request) => {
    const { deviceId, printer } = request.body;
    const device = store.file.devices.find((d) => d.id === deviceId);
    if (device?.role !== 'kiosk') throw new HttpError('not_found', { what: 'kiosk' });
    store.saveFile(
      (file) => {
        for (const d of file.devices)
          if (d.id === deviceId) d.printer = printer === null ? null : { ...printer };
      },
      {
        eventType: 'device.printerSet',
        record: () => {
          const outcome = runtime.run(
            { type: 'device.setPrinter', deviceId, printer },
            actorOf(staffOf(request)),
          );
          if (isRefusal(outcome)) throw new HttpError(outcome.code, outcome.details);
          return true;
        },
      },
    );
    return { ok: true, device: publicDevice({ ...device, printer }) };
  });
};
