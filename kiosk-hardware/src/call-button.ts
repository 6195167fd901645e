/**
 * Hardware "call next" buttons at the windows, on one serial line. A press sends
 *
 *   'B'  A1 A2  CR          e.g. 42 30 33 0D = button 03
 *
 * (an LF after the CR is allowed and ignored). The office maps button addresses to windows. Contacts
 * bounce and people press twice; a second press of the same button within the debounce time (1.5 s by
 * default) is dropped, so one press never calls two visitors.
 */
import { closeSerialLine, openSerialLine, type SerialBinding } from './serial-line.js';

const FRAME = /B(\d\d)$/;
const CR = 0x0d;
/** Longer lines are noise on the line (wrong baud rate, a foreign device); keep only their tail. */
const MAX_LINE = 16;

/** Splits the byte stream into button addresses; bytes that are not a frame are skipped. */
export class ButtonFrameReader {
  private line = '';

  push(chunk: Uint8Array): number[] {
    const addresses: number[] = [];
    for (const byte of chunk) {
      if (byte === CR) {
        const match = FRAME.exec(this.line);
        if (match) addresses.push(Number(match[1]));
        this.line = '';
      } else if (byte >= 0x20 && byte < 0x7f) {
        this.line = (this.line + String.fromCharCode(byte)).slice(-MAX_LINE);
      }
    }
    return addresses;
  }
}

export interface CallButtonPress {
  windowId: string;
  address: number;
  at: number;
}

export interface CallButtonOptions {
  path: string;
  baudRate?: number;
  /** Which button is at which window: address 1–99 → window id. */
  windowByAddress: Readonly<Record<number, string>>;
  debounceMs?: number;
  binding?: SerialBinding;
  now?: () => number;
}

export interface CallButtonEvents {
  press: CallButtonPress;
  /** A button not in the mapping was pressed: useful when commissioning the hall. */
  unmapped: number;
  /** The serial line failed, e.g. the USB adapter was unplugged. */
  error: Error;
}

export interface CallButtons {
  /** Returns a function that removes the listener. */
  on<E extends keyof CallButtonEvents>(
    event: E,
    listener: (payload: CallButtonEvents[E]) => void,
  ): () => void;
  close(): Promise<void>;
}

export const DEFAULT_DEBOUNCE_MS = 1500;

export async function openCallButtons(options: CallButtonOptions): Promise<CallButtons> {
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const now = options.now ?? Date.now;
  const listeners: { [E in keyof CallButtonEvents]: Set<(payload: CallButtonEvents[E]) => void> } = {
    press: new Set(),
    unmapped: new Set(),
    error: new Set(),
  };
  const emit = <E extends keyof CallButtonEvents>(event: E, payload: CallButtonEvents[E]) => {
    for (const listener of listeners[event]) listener(payload);
  };
  const lastAccepted = new Map<number, number>();
  const reader = new ButtonFrameReader();

  const port = await openSerialLine({
    path: options.path,
    baudRate: options.baudRate ?? 9600,
    binding: options.binding,
  });
  port.on('data', (chunk: Buffer) => {
    for (const address of reader.push(chunk)) {
      const windowId = options.windowByAddress[address];
      if (windowId === undefined) {
        emit('unmapped', address);
        continue;
      }
      const at = now();
      const previous = lastAccepted.get(address);
      if (previous !== undefined && at - previous < debounceMs) continue;
      lastAccepted.set(address, at);
      emit('press', { windowId, address, at });
    }
  });
  // An unplugged adapter must reach whoever listens, and must not crash the process if nobody does.
  port.on('error', (error: Error) => emit('error', error));

  return {
    on(event, listener) {
      listeners[event].add(listener);
      return () => {
        listeners[event].delete(listener);
      };
    },
    close: () => closeSerialLine(port),
  };
}
