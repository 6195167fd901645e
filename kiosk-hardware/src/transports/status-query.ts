/**
 * Asks a bidirectional link (TCP socket, serial port) for the paper sensor status before a ticket is
 * sent. Shared by the network and serial transports, which both expose a Node duplex stream.
 */
import type { Duplex } from 'node:stream';
import type { PrintResult } from '../print-result.js';
import { interpretPaperStatus, PAPER_SENSOR_QUERY, type PaperStatus } from '../paper-status.js';

export type StatusAnswer = PaperStatus | 'timed_out' | 'closed';

export function queryPaperStatus(link: Duplex, timeoutMs: number): Promise<StatusAnswer> {
  return new Promise((resolve) => {
    const finish = (answer: StatusAnswer) => {
      clearTimeout(timer);
      link.off('data', onData);
      link.off('close', onClose);
      resolve(answer);
    };
    // A printer that hangs up instead of answering is not there for us, however long we wait.
    const onClose = () => finish('closed');
    const onData = (chunk: Buffer) => {
      const byte = chunk[0];
      if (byte !== undefined) finish(interpretPaperStatus(byte));
    };
    const timer = setTimeout(() => finish('timed_out'), timeoutMs);
    link.on('data', onData);
    link.once('close', onClose);
    link.write(Buffer.from(PAPER_SENSOR_QUERY));
  });
}

/** What a status answer means for the print; undefined means "go ahead and print". */
export function statusBlocksPrint(answer: StatusAnswer): PrintResult | undefined {
  switch (answer) {
    case 'paper_out':
      return { status: 'paper_out', detail: 'roll paper end sensor reports no paper' };
    case 'timed_out':
      return { status: 'timed_out', detail: 'no answer to DLE EOT 4 status query' };
    case 'closed':
      return { status: 'offline', detail: 'the printer closed the connection instead of answering' };
    case 'not_a_status':
      return { status: 'error', detail: 'the printer answered the status query with an unexpected byte' };
    default:
      return undefined;
  }
}
