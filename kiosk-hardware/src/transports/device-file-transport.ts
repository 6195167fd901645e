/**
 * A USB printer seen by the kernel as a character device (/dev/usb/lp0 on Linux, usblp driver).
 * Write-only: the device file gives no status answer we can rely on, so there is no paper check here;
 * a printer without paper typically makes the write block, which ends as 'timed_out'.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { within } from './deadline.js';
import { errorCode, errorDetail, type PrinterTransport, type PrintResult } from '../print-result.js';

export interface DeviceFileTransportOptions {
  path: string;
  timeoutMs?: number;
}

/** The device is gone or not ready: unplugged, powered off, or the driver has let go of it. */
const OFFLINE_CODES = new Set(['ENOENT', 'ENODEV', 'ENXIO', 'EIO', 'EBUSY']);

async function writeDevice(path: string, bytes: Uint8Array): Promise<PrintResult> {
  try {
    // Write-only without O_CREAT or O_TRUNC: when the printer is unplugged its device node disappears,
    // and we must report that rather than create a regular file of the same name.
    const handle = await open(path, constants.O_WRONLY);
    try {
      await handle.write(bytes);
    } finally {
      await handle.close();
    }
    return { status: 'printed' };
  } catch (error) {
    const code = errorCode(error);
    if (code && OFFLINE_CODES.has(code)) return { status: 'offline', detail: errorDetail(error) };
    if (code === 'EACCES') {
      return {
        status: 'error',
        detail: `${errorDetail(error)} (the kiosk user needs write access, e.g. the lp group)`,
      };
    }
    return { status: 'error', detail: errorDetail(error) };
  }
}

export function deviceFileTransport(options: DeviceFileTransportOptions): PrinterTransport {
  const timeoutMs = options.timeoutMs ?? 5000;
  return {
    description: `file:${options.path}`,
    send(bytes) {
      // The file write cannot be cancelled; on timeout we stop waiting and report, and the write may
      // still complete later when the printer wakes up.
      return within(writeDevice(options.path, bytes), timeoutMs, () => ({
        status: 'timed_out',
        detail: `${options.path} did not accept the ticket within ${timeoutMs} ms`,
      }));
    },
  };
}
