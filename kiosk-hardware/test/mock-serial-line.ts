/**
 * A serialport binding for tests: @serialport/binding-mock's MockBinding, keeping hold of each port the
 * code under test opens so the test can read what was written and make the device "send" bytes.
 * With `answerStatus`, the port behaves like a serial receipt printer answering DLE EOT 4.
 */
import { MockBinding, type MockPortBinding } from '@serialport/binding-mock';
import { PAPER_SENSOR_QUERY } from '../src/paper-status.js';
import type { SerialBinding } from '../src/serial-line.js';

export interface MockSerialLine {
  binding: SerialBinding;
  /** Ports opened so far, oldest first. */
  opened: MockPortBinding[];
  /** The last port opened; fails the test if none was. */
  port(): MockPortBinding;
}

export function mockSerialLine(path: string, options: { answerStatus?: number } = {}): MockSerialLine {
  MockBinding.createPort(path, { record: true });
  const opened: MockPortBinding[] = [];
  const binding: SerialBinding = {
    list: () => MockBinding.list(),
    async open(openOptions) {
      const port = await MockBinding.open(openOptions);
      opened.push(port);
      const { answerStatus } = options;
      if (answerStatus !== undefined) {
        const write = port.write.bind(port);
        port.write = async (buffer: Buffer) => {
          await write(buffer);
          if (buffer.equals(Buffer.from(PAPER_SENSOR_QUERY))) port.emitData(Buffer.of(answerStatus));
        };
      }
      return port;
    },
  };
  return {
    binding,
    opened,
    port() {
      const last = opened.at(-1);
      if (!last) throw new Error(`nothing opened ${path}`);
      return last;
    },
  };
}

/** Resolves once the condition holds, checking every few milliseconds; serial I/O completes on later ticks. */
export async function until(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
