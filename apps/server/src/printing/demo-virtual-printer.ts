import { type VirtualPrinter, startVirtualPrinter } from '@queue/kiosk-hardware';
import type { OfficeStore } from '../storage/office-store.js';
import { StorageError } from '../storage/storage-error.js';

/**
 * The demo's printer (`npm start`): the virtual printer on the usual printer port, or on any free port
 * when that one is taken (a real printer service, a second demo), so the demo always starts.
 */
export const startDemoVirtualPrinter = async (port: number): Promise<VirtualPrinter> => {
  try {
    return await startVirtualPrinter({ port });
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code !== 'EADDRINUSE' && code !== 'EACCES') throw error;
    return startVirtualPrinter({ port: 0 });
  }
};

/** Points a kiosk's network printer at an address; the data folder may hold an older port from a previous run. */
export const pointKioskAtPrinter = (
  store: OfficeStore,
  deviceId: string,
  printer: { host: string; port: number },
): void => {
  const device = store.file.devices.find((d) => d.id === deviceId);
  if (!device || (device.printer?.host === printer.host && device.printer.port === printer.port)) return;
  try {
    store.saveFile((file) => {
      const target = file.devices.find((d) => d.id === deviceId);
      if (target) target.printer = { ...printer };
    });
  } catch (error) {
    // A demo convenience: on a full disk or a read-only folder the office starts without it, and the
    // storage alarm says why.
    if (!(error instanceof StorageError)) throw error;
  }
};
