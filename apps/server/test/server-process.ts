import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * The real office server (`main.ts`, as `npm start` runs it) in a child process of its own, so a test
 * can see it die, kill it with SIGKILL, or run it as another user.
 */
const MAIN = resolve(import.meta.dirname, '../src/main.ts');

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Everything it printed so far. */
  output: () => string;
  /** Null while it runs. */
  exitCode: () => number | null | 'signal';
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

export const startServerProcess = async (
  dataDir: string,
  options: { uid?: number; gid?: number } = {},
): Promise<ServerProcess> => {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, DEMO_HOURS: 'always', VIRTUAL_PRINTER_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options,
  });
  let out = '';
  let exit: number | null | 'signal' = null;
  const exited = new Promise<void>((done) =>
    child.on('exit', (code, signal) => {
      exit = signal ? 'signal' : code;
      done();
    }),
  );
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const url = await new Promise<string>((ready, fail) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /office server on (http:\/\/localhost:\d+)/.exec(out);
      if (match) ready(match[1]!);
    });
    void exited.then(() => fail(new Error(`server exited ${exit}: ${out}`)));
  });
  return {
    child,
    url,
    output: () => out,
    exitCode: () => exit,
    stop: async (signal = 'SIGTERM') => {
      if (exit === null) child.kill(signal);
      await exited;
    },
  };
};
