import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVER_ENV, SERVER_NODE_FLAGS, bundleServer as bundle } from '../scripts/server-bundle.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = join(ROOT, 'bench', 'server-entry.ts');

/**
 * How the server runs: `bundle` is the sources bundled into one JavaScript file by esbuild, as `npm
 * start` runs it; `tsx` compiles the TypeScript as it loads (how tests and development run it).
 * The bundle carries the pure-JavaScript npm packages too; tsx loads them from node_modules.
 */
export type ServerBuild = { kind: 'tsx' } | { kind: 'bundle'; file: string };

/**
 * `root` is the checkout whose sources are bundled (default: this one). Another checkout of the same
 * repository measures a before/after with everything else equal. The bundle is built as `npm start`
 * builds the server's (scripts/server-bundle.mjs), from the benchmark's entry.
 */
export const bundleServer = async (root = ROOT): Promise<ServerBuild> => {
  // Inside node_modules (its .cache), so the bundle finds the npm packages it leaves out.
  const dir = join(ROOT, 'node_modules', '.cache', 'queue-bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, root === ROOT ? 'server.mjs' : 'server-other.mjs');
  await bundle({ entry: join(root, 'bench', 'server-entry.ts'), outfile: file, root });
  return { kind: 'bundle', file };
};

/** A free loopback port, so the cold start can be timed from the spawn to the first /health answer. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface ServerStats {
  run: number[];
  append: number[];
  memory: { rss: number; heapUsed: number; heapTotal: number; external: number; arrayBuffers: number };
  startup: { loadMs: number; startServerMs: number };
}

export interface ServerRun {
  url: string;
  pid: number;
  /** From spawn to the first `/health` answering 200, in ms. */
  readyMs: number;
  /** The office's last sequence number as `/health` reports it. */
  health: () => Promise<{ seq: number; day: string | null }>;
  /** Peak resident memory of the server process so far (VmHWM), in MB. */
  peakRssMb: () => number;
  /** CPU time the server process has used so far (user + system), in ms. */
  cpuMs: () => number;
  /** The same, split: user (JavaScript, V8) and system (the kernel: fsync, socket writes). */
  cpuSplitMs: () => { user: number; system: number };
  /** The entry's own timings: `runtime.run` and its fsynced append since the last call, and memory. */
  stats: () => Promise<ServerStats>;
  kill: (signal: NodeJS.Signals) => Promise<void>;
  stderr: () => string;
}

/** Fields 14 and 15 of /proc/<pid>/stat: user and system time in clock ticks (100 per second). */
const cpuSplit = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return { user: Number(fields[11]) * 10, system: Number(fields[12]) * 10 };
};

/** Starts the server as its own process, with the Node flags `npm start` uses, and waits for /health. */
export const startServerProcess = async (options: {
  dataDir: string;
  port: number;
  clockStart: number;
  build: ServerBuild;
  nodeArgs?: string[];
  timeoutMs?: number;
}): Promise<ServerRun> => {
  const url = `http://127.0.0.1:${options.port}`;
  const program = options.build.kind === 'tsx' ? ['--import', 'tsx', ENTRY] : [options.build.file];
  const started = performance.now();
  const child: ChildProcess = spawn(
    process.execPath,
    [...SERVER_NODE_FLAGS, ...(options.nodeArgs ?? []), ...program],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        ...SERVER_ENV,
        DATA_DIR: options.dataDir,
        PORT: String(options.port),
        BENCH_CLOCK_START: String(options.clockStart),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = started + (options.timeoutMs ?? 30_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${errors}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.status === 200) {
        await response.body?.cancel();
        break;
      }
    } catch {
      // Not listening yet.
    }
    if (performance.now() > deadline) throw new Error(`server not ready: ${errors}`);
    await sleep(5);
  }
  const readyMs = performance.now() - started;
  const pid = child.pid!;
  return {
    url,
    pid,
    readyMs,
    health: async () => {
      const body = (await (await fetch(`${url}/health`)).json()) as { seq: number; day: string | null };
      return { seq: body.seq, day: body.day };
    },
    peakRssMb: () => {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      return kb / 1024;
    },
    cpuMs: () => {
      const { user, system } = cpuSplit(pid);
      return user + system;
    },
    cpuSplitMs: () => cpuSplit(pid),
    stats: async () => (await (await fetch(`${url}/bench/stats`)).json()) as ServerStats,
    kill: async (signal) => {
      if (child.exitCode === null) child.kill(signal);
      await exited;
    },
    stderr: () => errors,
  };
};
