import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface OfficeProcess {
  readonly pid: number;
  readonly url: string;
  /** Resolves when the process has ended, with its signal (a `kill -9` ends with `SIGKILL`). */
  readonly exited: Promise<NodeJS.Signals | number | null>;
  output(): string;
}

/**
 * A real office server as its own process — `npm start`'s entry (`apps/server/src/main.ts`) on a data
 * folder and a free port, with the environment given — so a test can kill it as a power cut would.
 */
export const startOfficeProcess = async (env: Record<string, string>): Promise<OfficeProcess> => {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'apps/server/src/main.ts')],
    {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', VIRTUAL_PRINTER: 'off', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code)),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`office process did not start: ${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /office server on (https?:\/\/localhost:\d+)/.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`office process exited: ${output}`));
    });
  });
  return { pid: child.pid!, url, exited, output: () => output };
};
