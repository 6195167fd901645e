import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXIT_UNEXPECTED } from '../src/process-safety-net.js';

/**
 * The process-level safety net (issue 13): what nothing caught is written out and the process ends with
 * a non-zero code, for its supervisor to start it again. A real Node process, with the real module.
 */
const NET = pathToFileURL(resolve(import.meta.dirname, '../src/process-safety-net.ts')).href;

const run = (failure: string) =>
  spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `const { installProcessSafetyNet } = await import(${JSON.stringify(NET)});
       installProcessSafetyNet();
       setTimeout(() => { ${failure} }, 10);
       setTimeout(() => console.log('still running'), 2000);`,
    ],
    { encoding: 'utf8', timeout: 30_000 },
  );

describe('the process safety net', () => {
  it('logs an uncaught exception and exits non-zero', () => {
    const result = run(`throw new Error('a bug nobody caught')`);
    expect(result.status).toBe(EXIT_UNEXPECTED);
    expect(result.stderr).toContain(
      'office server stopping on an uncaught exception: Error: a bug nobody caught',
    );
    expect(result.stdout).not.toContain('still running');
  });

  it('logs an unhandled rejection and exits non-zero', () => {
    const result = run(`Promise.reject(new Error('a promise nobody awaited'))`);
    expect(result.status).toBe(EXIT_UNEXPECTED);
    expect(result.stderr).toContain('unhandled rejection: Error: a promise nobody awaited');
    expect(result.stdout).not.toContain('still running');
  });
});
