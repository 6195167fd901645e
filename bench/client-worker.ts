import { parentPort, workerData } from 'node:worker_threads';
import type { CommandInput, CommandResponse } from '@queue/protocol';
import { type CommandSender, type HallScreen, connectScreen, staffSender } from './office-clients.js';

/**
 * A share of the benchmark's clients in a thread of its own. In one thread, every screen applying a
 * patch would hold up every console's acknowledgement behind it — a cost of the benchmark, not of the
 * server (in an office each is its own device). Times are absolute (`timeOrigin + now`), so they
 * compare across threads.
 */
export type ClientSpec =
  | { kind: 'staff'; name: string; login: string; pin: string }
  | { kind: 'screen'; name: string; token: string };

export interface WorkerInput {
  url: string;
  clients: ClientSpec[];
}

export type ToWorker =
  | { type: 'send'; id: number; client: string; command: CommandInput }
  | { type: 'calls' }
  | { type: 'close' };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'ack'; id: number; sentAt: number; ackMs: number; response: CommandResponse }
  | { type: 'calls'; seen: Record<string, number[]> };

const now = () => performance.timeOrigin + performance.now();

const port = parentPort;
if (!port) throw new Error('client-worker runs as a worker thread');
const { url, clients } = workerData as WorkerInput;

const senders = new Map<string, CommandSender>();
const screens: HallScreen[] = [];

const start = async () => {
  for (let i = 0; i < clients.length; i += 5) {
    await Promise.all(
      clients.slice(i, i + 5).map(async (spec) => {
        if (spec.kind === 'staff') {
          senders.set(spec.name, await staffSender(url, spec.login, spec.pin));
          return;
        }
        const screen = await connectScreen(url, spec.name, spec.token, now);
        screens.push(screen);
        // A kiosk both shows the hall's state and issues tickets.
        senders.set(spec.name, {
          name: spec.name,
          send: async (command) => {
            const sentAt = performance.now();
            const response = await screen.client.send(command);
            return { response, ackMs: performance.now() - sentAt, sentAt };
          },
          close: screen.close,
        });
      }),
    );
  }
};

port.on('message', (message: ToWorker) => {
  if (message.type === 'send') {
    const sender = senders.get(message.client);
    if (!sender) throw new Error(`no client ${message.client} in this worker`);
    const sentAt = now();
    void sender.send(message.command).then(({ response, ackMs }) => {
      port.postMessage({ type: 'ack', id: message.id, sentAt, ackMs, response } satisfies FromWorker);
    });
    return;
  }
  if (message.type === 'calls') {
    const seen: Record<string, number[]> = {};
    for (const screen of screens) {
      if (!screen.name.startsWith('board-')) continue;
      for (const [id, at] of screen.seen) seen[id] = [...(seen[id] ?? []), at];
    }
    port.postMessage({ type: 'calls', seen } satisfies FromWorker);
    return;
  }
  for (const sender of senders.values()) sender.close();
  port.close();
});

start().then(
  () => port.postMessage({ type: 'ready' } satisfies FromWorker),
  (error: unknown) => port.postMessage({ type: 'failed', message: String(error) } satisfies FromWorker),
);
