/**
 * ESC/POS over an RS-232 line or a USB-serial adapter. The line is opened per ticket, so that a printer
 * switched off and on again, or an adapter replugged, works on the next ticket without a restart.
 */
import { errorDetail, type PrinterTransport, type PrintResult } from '../print-result.js';
import { closeSerialLine, openSerialLine, type SerialBinding, writeAndDrain } from '../serial-line.js';
import { within } from './deadline.js';
import { queryPaperStatus, statusBlocksPrint } from './status-query.js';

export interface SerialTransportOptions {
  path: string;
  /** Receipt printers ship at 9600, 19200 or 38400 baud; the self-test page says which. */
  baudRate?: number;
  timeoutMs?: number;
  queryStatus?: boolean;
  binding?: SerialBinding;
}

export function serialTransport(options: SerialTransportOptions): PrinterTransport {
  const baudRate = options.baudRate ?? 9600;
  const timeoutMs = options.timeoutMs ?? 3000;
  const queryStatus = options.queryStatus ?? true;
  return {
    description: `serial:${options.path}@${baudRate}`,
    async send(bytes): Promise<PrintResult> {
      let port: Awaited<ReturnType<typeof openSerialLine>>;
      try {
        port = await openSerialLine({ path: options.path, baudRate, binding: options.binding });
      } catch (error) {
        // The port is missing, locked by another program, or the adapter is unplugged.
        return { status: 'offline', detail: errorDetail(error) };
      }
      port.on('error', () => {});
      try {
        let nearEnd = false;
        if (queryStatus) {
          const answer = await queryPaperStatus(port, timeoutMs);
          const blocked = statusBlocksPrint(answer);
          if (blocked) return blocked;
          nearEnd = answer === 'near_end';
        }
        const written = await within<PrintResult>(
          writeAndDrain(port, bytes).then(() => ({ status: 'printed' })),
          timeoutMs,
          () => ({
            status: 'timed_out',
            detail: `${options.path} did not take the ticket within ${timeoutMs} ms`,
          }),
        );
        return nearEnd && written.status === 'printed'
          ? { status: 'printed', detail: 'paper near end', paperNearEnd: true }
          : written;
      } catch (error) {
        return { status: 'error', detail: errorDetail(error) };
      } finally {
        await closeSerialLine(port);
      }
    },
  };
}
