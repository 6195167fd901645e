import { Worker } from 'node:worker_threads';
import type { CommandInput, CommandResponse } from '@queue/protocol';
import type { ClientSpec, FromWorker, ToWorker, WorkerInput } from './client-worker.js';

/**
 * The benchmark's clients spread over worker threads (see client-worker.ts), driven from here: a
 * command goes to the thread that holds its client, and comes back with its absolute send time.
 */
export class ClientPool {
  private readonly home = new Map<string, Worker>();
  private readonly pending = new Map<number, (ack: Extract<FromWorker, { type: 'ack' }>) => void>();
  private nextId = 0;

  private constructor(private readonly workers: Worker[]) {}

  static async start(url: string, groups: ClientSpec[][]): Promise<ClientPool> {
    // A worker thread does not inherit tsx's loader: it loads the TypeScript module through tsx's API.
    const file = new URL('./client-worker.ts', import.meta.url).href;
    const boot = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(file)}, ${JSON.stringify(file)}))`;
    const workers = groups.map(
      (clients) => new Worker(boot, { eval: true, workerData: { url, clients } satisfies WorkerInput }),
    );
    const pool = new ClientPool(workers);
    await Promise.all(
      workers.map(
        (worker, i) =>
          new Promise<void>((resolve, reject) => {
            for (const client of groups[i]!) pool.home.set(client.name, worker);
            worker.on('error', reject);
            worker.on('message', (message: FromWorker) => {
              if (message.type === 'ready') resolve();
              else if (message.type === 'failed') reject(new Error(message.message));
              else if (message.type === 'ack') {
                pool.pending.get(message.id)?.(message);
                pool.pending.delete(message.id);
              }
            });
          }),
      ),
    );
    return pool;
  }

  has(client: string): boolean {
    return this.home.has(client);
  }

  send(
    client: string,
    command: CommandInput,
  ): Promise<{ response: CommandResponse; ackMs: number; sentAt: number }> {
    const worker = this.home.get(client);
    if (!worker) throw new Error(`no client ${client}`);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, ({ response, ackMs, sentAt }) => resolve({ response, ackMs, sentAt }));
      worker.postMessage({ type: 'send', id, client, command } satisfies ToWorker);
    });
  }

  /** When each call first showed on each board (absolute ms), from every thread. */
  async calls(): Promise<Map<string, number[]>> {
    const merged = new Map<string, number[]>();
    await Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            const listen = (message: FromWorker) => {
              if (message.type !== 'calls') return;
              worker.off('message', listen);
              for (const [id, times] of Object.entries(message.seen)) {
                merged.set(id, [...(merged.get(id) ?? []), ...times]);
              }
              resolve();
            };
            worker.on('message', listen);
            worker.postMessage({ type: 'calls' } satisfies ToWorker);
          }),
      ),
    );
    return merged;
  }

  async close(): Promise<void> {
    for (const worker of this.workers) worker.postMessage({ type: 'close' } satisfies ToWorker);
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
