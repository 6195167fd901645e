/**
 * Opening and closing a serial line with serialport, shared by the serial printer, the LED window
 * displays and the call buttons. The binding can be injected: tests pass @serialport/binding-mock's
 * MockBinding, production uses serialport's native binding, loaded only when first needed so that
 * importing this package never requires the native module.
 */
import { SerialPortStream } from '@serialport/stream';

/**
 * The shape of a serialport binding (`BindingInterface` of @serialport/bindings-interface), restated
 * here: that package's exports map has no "types" entry, so with `moduleResolution: Bundler`
 * TypeScript cannot see its declarations and would type every binding as `any`.
 */
export interface SerialBinding {
  list(): Promise<{ path: string }[]>;
  open(options: { path: string; baudRate: number }): Promise<{ readonly isOpen: boolean }>;
}

export interface SerialLineOptions {
  /** e.g. /dev/ttyUSB0, /dev/ttyS0, COM3 */
  path: string;
  baudRate: number;
  binding?: SerialBinding;
}

async function nativeBinding(): Promise<SerialBinding> {
  const { SerialPort } = await import('serialport');
  return SerialPort.binding;
}

export async function openSerialLine(options: SerialLineOptions): Promise<SerialPortStream> {
  const binding = options.binding ?? (await nativeBinding());
  const port = new SerialPortStream({
    binding,
    path: options.path,
    baudRate: options.baudRate,
    autoOpen: false,
  });
  await new Promise<void>((resolve, reject) => {
    port.open((error) => (error ? reject(error) : resolve()));
  });
  return port;
}

export function writeAndDrain(port: SerialPortStream, bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    port.write(Buffer.from(bytes), (error) => {
      if (error) reject(error);
    });
    port.drain((error) => (error ? reject(error) : resolve()));
  });
}

export function closeSerialLine(port: SerialPortStream): Promise<void> {
  if (!port.isOpen) return Promise.resolve();
  return new Promise((resolve) => {
    // A failing close leaves nothing for the caller to do; the port is unusable either way.
    port.close(() => resolve());
  });
}
