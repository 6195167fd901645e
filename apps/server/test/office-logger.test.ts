import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { until } from '../../../test/support/test-office.js';
import { logSettings, officeLogger } from '../src/logging/office-logger.js';
import { startServerProcess } from './server-process.js';

/**
 * The server's log (issue 15): JSON lines with a level, to standard output and to files in the office's
 * logs folder, rolled by size (a tiny limit here) with only the newest few kept.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const sink = () => {
  const lines: string[] = [];
  return { lines, stream: { write: (line: string) => void lines.push(line) } };
};

describe('the office log', () => {
  it('writes levelled JSON lines and rolls its files by size, keeping the newest few', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'office-log-'));
    dirs.push(dir);
    const out = sink();
    const { logger, close } = await officeLogger(
      { level: 'info', dir: join(dir, 'logs'), maxSize: '1k', keep: 2 },
      out.stream,
    );
    // A line at a time, as a server logs: pino-roll rolls on the turn of the event loop after a write.
    for (let n = 1; n <= 60; n++) {
      logger.info({ n, padding: 'x'.repeat(100) }, `line ${n} of the office log`);
      await new Promise((resolve) => setImmediate(resolve));
    }
    logger.debug('not at this level');
    logger.warn({ file: 'audit.jsonl' }, 'log repaired');
    close();
    // pino-roll rolls and removes asynchronously: wait until what is kept has settled with the last line.
    const logFiles = () => readdirSync(join(dir, 'logs')).filter((f) => /^office\.\d+\.log$/.test(f));
    const numbers = () =>
      logFiles()
        .map((f) => Number(f.split('.')[1]))
        .sort((a, b) => a - b);
    const kept = () =>
      numbers()
        .flatMap((n) => readFileSync(join(dir, 'logs', `office.${n}.log`), 'utf8').split('\n'))
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { level: number; msg: string; n?: number; file?: string });
    await until(() => logFiles().length <= 3 && kept().at(-1)?.msg === 'log repaired', 10_000);

    // 60 lines of about 200 bytes are some twelve kilobytes: several rolls, the oldest files removed.
    expect(logFiles().length).toBeGreaterThanOrEqual(2);
    expect(numbers().at(-1)).toBeGreaterThanOrEqual(4);
    expect(numbers()[0]).toBeGreaterThan(1);
    const lines = kept();
    expect(lines.at(-1)).toMatchObject({ level: 40, msg: 'log repaired', file: 'audit.jsonl' });
    // What is kept is the newest lines, in order, none twice.
    const ns = lines.flatMap((line) => (line.n === undefined ? [] : [line.n]));
    expect(ns.at(-1)).toBe(60);
    expect(ns).toEqual(Array.from({ length: ns.length }, (_, i) => 61 - ns.length + i));
    expect(ns.length).toBeLessThan(60);
    // Each closed file was rolled at the first line that took it to the limit.
    for (const n of numbers().slice(0, -1)) {
      const size = readFileSync(join(dir, 'logs', `office.${n}.log`)).length;
      expect(size).toBeGreaterThanOrEqual(1024);
      expect(size).toBeLessThan(1024 + 400);
    }

    expect(out.lines).toHaveLength(61);
    const first = JSON.parse(out.lines[0]!) as { level: number; msg: string; time: string; n: number };
    expect(first).toMatchObject({ level: 30, msg: 'line 1 of the office log', n: 1 });
    expect(Number.isNaN(Date.parse(first.time))).toBe(false);
    expect(out.lines.join('')).not.toContain('not at this level');
  });

  it('takes its settings from the environment, refusing what it cannot use', () => {
    expect(logSettings({}, '/data')).toEqual({ level: 'info', dir: '/data/logs', maxSize: '10m', keep: 10 });
    expect(
      logSettings({ LOG_DIR: 'off', LOG_LEVEL: 'debug', LOG_MAX_SIZE: '500k', LOG_KEEP: '3' }, '/d'),
    ).toEqual({ level: 'debug', dir: null, maxSize: '500k', keep: 3 });
    expect(() => logSettings({ LOG_LEVEL: 'loud' }, '/d')).toThrow('LOG_LEVEL');
    expect(() => logSettings({ LOG_MAX_SIZE: 'big' }, '/d')).toThrow('LOG_MAX_SIZE');
    expect(() => logSettings({ LOG_KEEP: '0' }, '/d')).toThrow('LOG_KEEP');
  });

  it('the real server logs its start as JSON lines, to standard output and to logs/office.N.log', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'office-log-main-'));
    dirs.push(dataDir);
    const server = await startServerProcess(dataDir);
    try {
      const started = server
        .output()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { level: number; msg: string; pid: number });
      expect(started.find((line) => line.msg.includes('office server on'))).toMatchObject({
        level: 30,
        pid: server.child.pid,
      });
      await until(
        () =>
          readdirSync(join(dataDir, 'logs')).some((f) =>
            readFileSync(join(dataDir, 'logs', f), 'utf8').includes('office server on'),
          ),
        10_000,
      );
    } finally {
      await server.stop();
    }
  }, 90_000);
});
