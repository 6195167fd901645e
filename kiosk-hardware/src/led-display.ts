/**
 * LED number displays above the windows, on one serial line (RS-485 for several displays, RS-232 or
 * USB-serial for one). Each display has an address set on the device; the office maps windows to
 * addresses. The frame is documented byte by byte in docs/HARDWARE.md so a third party can build one.
 *
 *   STX  A1 A2  CMD  DATA…  ETX  BCC
 *   0x02 address as two ASCII digits, '00' = every display
 *        CMD 'N' (0x4E) show DATA, the number in CP866, 1–8 printable bytes
 *        CMD 'C' (0x43) clear the display, no DATA
 *   BCC = XOR of every byte from A1 to ETX inclusive
 *
 * One-way: the displays never answer, so several can share a half-duplex bus without arbitration.
 */
import { canEncodeExactly, decodeBytes, encodeText } from './codepage.js';
import { closeSerialLine, openSerialLine, writeAndDrain, type SerialBinding } from './serial-line.js';

export const STX = 0x02;
export const ETX = 0x03;
export const BROADCAST_ADDRESS = 0;
export const MAX_NUMBER_LENGTH = 8;

export type LedCommand = { kind: 'show'; number: string } | { kind: 'clear' };

export interface LedFrame {
  address: number;
  command: LedCommand;
}

const SHOW = 0x4e; // 'N'
const CLEAR = 0x43; // 'C'

function checkAddress(address: number): void {
  if (!Number.isInteger(address) || address < 0 || address > 99) {
    throw new RangeError(`LED display address must be 0–99, got ${address}`);
  }
}

function checkNumber(number: string): void {
  const length = [...number].length;
  if (length < 1 || length > MAX_NUMBER_LENGTH) {
    throw new RangeError(`an LED display shows 1–${MAX_NUMBER_LENGTH} characters, got «${number}»`);
  }
  // Control bytes would collide with STX/ETX framing; other characters would show as '?'.
  const hasControl = [...number].some((char) => char.charCodeAt(0) < 0x20 || char === '\u007f');
  if (hasControl || !canEncodeExactly(number, 'CP866')) {
    throw new RangeError(`«${number}» has characters an LED display cannot show`);
  }
}

export function blockCheck(bytes: Uint8Array): number {
  return bytes.reduce((bcc, byte) => bcc ^ byte, 0);
}

export function encodeLedFrame(frame: LedFrame): Uint8Array {
  checkAddress(frame.address);
  const address = String(frame.address).padStart(2, '0');
  let body: number[];
  if (frame.command.kind === 'show') {
    checkNumber(frame.command.number);
    body = [
      address.charCodeAt(0),
      address.charCodeAt(1),
      SHOW,
      ...encodeText(frame.command.number, 'CP866'),
      ETX,
    ];
  } else {
    body = [address.charCodeAt(0), address.charCodeAt(1), CLEAR, ETX];
  }
  return Uint8Array.from([STX, ...body, blockCheck(Uint8Array.from(body))]);
}

/** Reads one frame back, as a display's firmware would; undefined for anything malformed. */
export function decodeLedFrame(bytes: Uint8Array): LedFrame | undefined {
  if (bytes.length < 6 || bytes[0] !== STX || bytes[bytes.length - 2] !== ETX) return undefined;
  const body = bytes.subarray(1, bytes.length - 1);
  if (blockCheck(body) !== bytes[bytes.length - 1]) return undefined;
  const digits = String.fromCharCode(body[0]!, body[1]!);
  if (!/^\d\d$/.test(digits)) return undefined;
  const address = Number(digits);
  const data = body.subarray(3, body.length - 1);
  if (body[2] === CLEAR && data.length === 0) return { address, command: { kind: 'clear' } };
  if (body[2] === SHOW && data.length >= 1 && data.length <= MAX_NUMBER_LENGTH) {
    return { address, command: { kind: 'show', number: decodeBytes(data, 'CP866') } };
  }
  return undefined;
}

export interface LedDisplayOptions {
  path: string;
  baudRate?: number;
  /** Which display hangs over which window: window id → address 1–99. */
  addressByWindow: Readonly<Record<string, number>>;
  binding?: SerialBinding;
}

export interface LedDisplays {
  show(windowId: string, number: string): Promise<void>;
  /** Blanks the display of a window closed or paused. */
  clear(windowId: string): Promise<void>;
  /** Blanks every display on the line at once (the broadcast address), e.g. at closing time. */
  clearAll(): Promise<void>;
  close(): Promise<void>;
}

export async function openLedDisplays(options: LedDisplayOptions): Promise<LedDisplays> {
  for (const address of Object.values(options.addressByWindow)) {
    checkAddress(address);
    if (address === BROADCAST_ADDRESS)
      throw new RangeError('address 00 is the broadcast address, not a display');
  }
  const port = await openSerialLine({
    path: options.path,
    baudRate: options.baudRate ?? 9600,
    binding: options.binding,
  });
  port.on('error', () => {});
  const addressOf = (windowId: string): number => {
    const address = options.addressByWindow[windowId];
    if (address === undefined) throw new Error(`no LED display is configured for window ${windowId}`);
    return address;
  };
  const send = (frame: LedFrame) => writeAndDrain(port, encodeLedFrame(frame));
  return {
    async show(windowId, number) {
      await send({ address: addressOf(windowId), command: { kind: 'show', number } });
    },
    async clear(windowId) {
      await send({ address: addressOf(windowId), command: { kind: 'clear' } });
    },
    async clearAll() {
      await send({ address: BROADCAST_ADDRESS, command: { kind: 'clear' } });
    },
    close: () => closeSerialLine(port),
  };
}
