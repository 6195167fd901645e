/** A kiosk's printer connection as configuration data, and the transport it stands for. */
import type { PrinterTransport } from '../print-result.js';
import { deviceFileTransport } from './device-file-transport.js';
import { networkTransport } from './network-transport.js';
import { serialTransport } from './serial-transport.js';
import { spoolerTransport } from './spooler-transport.js';

export type PrinterConnection =
  | { kind: 'network'; host: string; port?: number; timeoutMs?: number; queryStatus?: boolean }
  | { kind: 'device-file'; path: string; timeoutMs?: number }
  | { kind: 'serial'; path: string; baudRate?: number; timeoutMs?: number; queryStatus?: boolean }
  | { kind: 'spooler'; queue: string; timeoutMs?: number };

export function transportFor(connection: PrinterConnection): PrinterTransport {
  switch (connection.kind) {
    case 'network':
      return networkTransport(connection);
    case 'device-file':
      return deviceFileTransport(connection);
    case 'serial':
      return serialTransport(connection);
    case 'spooler':
      return spoolerTransport(connection);
  }
}
