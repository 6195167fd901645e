/**
 * ESC/POS over raw TCP, port 9100 ("JetDirect"), the way most Ethernet receipt printers listen.
 * One connection per ticket: the status query and the ticket go over the same socket, because many
 * printers accept only one connection at a time.
 */
import { connect, Socket } from 'node:net';
import { errorCode, errorDetail, type PrinterTransport, type PrintResult } from '../print-result.js';
import { queryPaperStatus, statusBlocksPrint } from './status-query.js';

export interface NetworkTransportOptions {
  host: string;
  port?: number;
  /** Applies to each step: connecting, the status answer, handing over the ticket. */
  timeoutMs?: number;
  /** Off for printers that do not answer DLE EOT over the network (the print would always time out). */
  queryStatus?: boolean;
}

/** Errors that mean "nothing is listening there", as opposed to a fault in a working printer. */
const OFFLINE_CODES = new Set([
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNRESET',
]);

function connectWithin(host: string, port: number, timeoutMs: number): Promise<Socket | PrintResult> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ status: 'timed_out', detail: `no connection to ${host}:${port} within ${timeoutMs} ms` });
    }, timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.removeAllListeners('error');
      resolve(socket);
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      socket.destroy();
      const code = errorCode(error);
      resolve({ status: code && OFFLINE_CODES.has(code) ? 'offline' : 'error', detail: errorDetail(error) });
    });
  });
}

function endWithin(socket: Socket, bytes: Uint8Array, timeoutMs: number): Promise<PrintResult> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ status: 'timed_out', detail: `the printer did not take the ticket within ${timeoutMs} ms` });
    }, timeoutMs);
    socket.once('error', (error) => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ status: 'offline', detail: errorDetail(error) });
    });
    socket.end(bytes, () => {
      clearTimeout(timer);
      // Closing at once could reset the connection before the printer has read everything; give it
      // time to close its side first, and only then drop the socket ourselves.
      const linger = setTimeout(() => socket.destroy(), timeoutMs);
      linger.unref();
      socket.once('close', () => clearTimeout(linger));
      resolve({ status: 'printed' });
    });
  });
}

export function networkTransport(options: NetworkTransportOptions): PrinterTransport {
  const port = options.port ?? 9100;
  const timeoutMs = options.timeoutMs ?? 3000;
  const queryStatus = options.queryStatus ?? true;
  return {
    description: `tcp://${options.host}:${port}`,
    async send(bytes) {
      const connected = await connectWithin(options.host, port, timeoutMs);
      if (!(connected instanceof Socket)) return connected;
      const socket = connected;
      // A late error after we have given up must not crash the kiosk process.
      socket.on('error', () => {});
      try {
        let nearEnd = false;
        if (queryStatus) {
          const answer = await queryPaperStatus(socket, timeoutMs);
          const blocked = statusBlocksPrint(answer);
          if (blocked) {
            socket.destroy();
            return blocked;
          }
          nearEnd = answer === 'near_end';
        }
        const result = await endWithin(socket, bytes, timeoutMs);
        return nearEnd && result.status === 'printed'
          ? { status: 'printed', detail: 'paper near end', paperNearEnd: true }
          : result;
      } catch (error) {
        socket.destroy();
        return { status: 'error', detail: errorDetail(error) };
      }
    },
  };
}
