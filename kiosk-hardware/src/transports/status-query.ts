/**
 * Asks a bidirectional link (TCP socket, serial port) for the paper sensor status before a ticket is
 * sent. Shared by the network and serial transports, which both expose a Node duplex stream.
 */
import type { Duplex } from 'node:stream';
import { interpretPaperStatus, PAPER_SENSOR_QUERY, type PaperStatus } from '../paper-status.js';

export type StatusAnswer = PaperStatus | 'timed_out';

export function queryPaperStatus(link: Duplex, timeoutMs: number): Promise<StatusAnswer> {
  return new Promise((resolve) => {
    const finish = (answer: StatusAnswer) => {
      clearTimeout(timer);
      link.off('data', onData);
      resolve(answer);
    };
    const onData = (chunk: Buffer) => {
      const byte = chunk[0];
      if (byte !== undefined) finish(interpretPaperStatus(byte));
    };
    const timer = setTimeout(() => finish('timed_out'), timeoutMs);
    link.on('data', onData);
    link.write(Buffer.from(PAPER_SENSOR_QUERY));
  });
}

/** What a status answer means for the print; undefined means "go ahead and print". */
export function statusBlocksPrint(
  answer: StatusAnswer,
): { status: 'paper_out' | 'timed_out' | 'error'; detail: string } | undefined {
  switch (answer) {
    case 'paper_out':
      return { status: 'paper_out', detail: 'roll paper end sensor reports no paper' };
    case 'timed_out':
      return { status: 'timed_out', detail: 'no answer to DLE EOT 4 status query' };
    case 'not_a_status':
      return { status: 'error', detail: 'the printer answered the status query with an unexpected byte' };
    default:
      return undefined;
  }
}
