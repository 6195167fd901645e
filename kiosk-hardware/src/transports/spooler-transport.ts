/**
 * A printer installed in the system, reached through its print spooler with the ticket's ESC/POS bytes
 * passed raw (issue 15: most kiosk printers in offices are installed as ordinary printers). On Linux and
 * macOS that is CUPS: `lp -d <queue> -o raw`, the bytes on standard input, for a queue made raw
 * (`lpadmin -p <queue> -v usb://… -m raw` or a queue whose driver passes raw jobs through). `lp` is the
 * spooler's own client, present wherever CUPS is, so nothing native is added to the kiosk; the command
 * is built here and run without a shell, so a queue name cannot carry anything else.
 *
 * The spooler accepting the job is what «printed» means here: CUPS tells no more without polling the
 * job, and a printer out of paper shows as a job held in the queue (the kiosk's paper check is the
 * network and serial transports'). Windows' spooler is not driven here yet (docs/HARDWARE.md).
 */
import { spawn } from 'node:child_process';
import { errorDetail, type PrinterTransport, type PrintResult } from '../print-result.js';

export interface SpoolerTransportOptions {
  /** The spooler's name of the printer (`lpstat -p` lists them). */
  queue: string;
  timeoutMs?: number;
  /** The spooler's client; `lp` on the PATH unless told (a test puts its own there). */
  command?: string;
}

/** A queue name as CUPS allows it: printable, no spaces, slashes or `#`; never an option (`-…`). */
const QUEUE_NAME = /^[^\s/#-][^\s/#]{0,127}$/;

/** The spooler command for a raw job to `queue`: program and arguments, never through a shell. */
export const spoolerCommand = (queue: string, command = 'lp'): { program: string; args: string[] } => {
  if (!QUEUE_NAME.test(queue)) throw new Error(`not a printer queue name: ${JSON.stringify(queue)}`);
  return { program: command, args: ['-d', queue, '-o', 'raw', '-t', 'ticket', '-s'] };
};

export function spoolerTransport(options: SpoolerTransportOptions): PrinterTransport {
  const timeoutMs = options.timeoutMs ?? 10_000;
  return {
    description: `spooler:${options.queue}`,
    send(bytes) {
      return new Promise<PrintResult>((resolve) => {
        let command: { program: string; args: string[] };
        try {
          command = spoolerCommand(options.queue, options.command);
        } catch (error) {
          resolve({ status: 'error', detail: errorDetail(error) });
          return;
        }
        const child = spawn(command.program, command.args, { stdio: ['pipe', 'ignore', 'pipe'] });
        let stderr = '';
        let settled = false;
        const done = (result: PrintResult) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve(result);
        };
        const timer = setTimeout(() => {
          child.kill();
          done({
            status: 'timed_out',
            detail: `${command.program} did not take the ticket within ${timeoutMs} ms`,
          });
        }, timeoutMs);
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
        });
        child.on('error', (error) =>
          // No spooler client at all: CUPS is not installed on this kiosk.
          done({ status: 'offline', detail: `${command.program}: ${errorDetail(error)}` }),
        );
        child.on('close', (code) =>
          done(
            code === 0
              ? { status: 'printed' }
              : {
                  status: 'error',
                  detail: `${command.program} ended ${code}: ${stderr.trim().slice(0, 300)}`,
                },
          ),
        );
        child.stdin.on('error', () => {
          // The spooler closed its input early; its exit code says why.
        });
        child.stdin.end(Buffer.from(bytes));
      });
    },
  };
}
