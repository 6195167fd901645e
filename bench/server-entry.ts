/**
 * The benchmark's server process: the real office server (`startServer`) on loopback, on the office
 * folder the benchmark prepared in DATA_DIR. Its clock starts at BENCH_CLOCK_START (the evening of the
 * generated live day) and runs at real speed, so the office's day is the one on disk.
 *
 * For the analysis it also times, from outside the server's code, each `runtime.run` (decide, fsync,
 * apply, views, sending) and the fsynced append inside it, and serves them at GET /bench/stats.
 */
import { ALWAYS_OPEN, demoOffice } from '@queue/engine';
import { startServer } from '@queue/server';

const loadedAt = performance.now();
const dataDir = process.env.DATA_DIR;
const port = Number(process.env.PORT);
const clockStart = Number(process.env.BENCH_CLOCK_START);
if (!dataDir || !Number.isInteger(port) || !Number.isFinite(clockStart)) {
  console.error('DATA_DIR, PORT and BENCH_CLOCK_START are required');
  process.exit(2);
}
const startedAt = Date.now();

const samples = { run: [] as number[], append: [] as number[] };

const server = await startServer({
  dataDir,
  port,
  host: '127.0.0.1',
  clock: () => clockStart + (Date.now() - startedAt),
  // Ignored: the folder already holds the benchmark office.
  config: demoOffice({ hours: ALWAYS_OPEN }),
  routes: async (app) => {
    app.get('/bench/stats', () => {
      const answer = { ...samples, memory: process.memoryUsage(), startup };
      samples.run = [];
      samples.append = [];
      return answer;
    });
  },
});
const startup = { loadMs: loadedAt, startServerMs: performance.now() - loadedAt };

const runtime = server.runtime;
const run = runtime.run.bind(runtime);
runtime.run = (command, actor) => {
  const t = performance.now();
  const result = run(command, actor);
  samples.run.push(performance.now() - t);
  return result;
};
const store = server.store;
const append = store.append.bind(store);
store.append = (events) => {
  const t = performance.now();
  append(events);
  samples.append.push(performance.now() - t);
};

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
