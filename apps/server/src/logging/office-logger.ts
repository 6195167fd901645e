import { join } from 'node:path';
import pino, { type Logger, type LevelWithSilent } from 'pino';
import roll from 'pino-roll';
import { z } from 'zod';

/**
 * The server's own log (issue 15): structured JSON lines (pino) with a level, to standard output — which
 * a supervisor keeps (journald under systemd, WinSW's files on Windows) — and to rotated files in the
 * office's `logs/` folder, for an office PC nobody reads a journal on. Files roll by size with
 * pino-roll (the pino team's own roller: `office.N.log`, the newest `keep` kept). Both are written
 * synchronously (a server logs little), so the safety net's last line is on disk before the process
 * exits; a roll happens on the next turn of the event loop after a file reached its size. The audit
 * log is rotated by its own writer (transport/audit-log.ts), not here: its entries are records.
 */
export interface LogSettings {
  /** `LOG_LEVEL`: fatal, error, warn, info (default), debug, trace or silent. */
  level: LevelWithSilent;
  /** `LOG_DIR`: where the rotated files go (`<DATA_DIR>/logs`); null (`LOG_DIR=off`): none. */
  dir: string | null;
  /** `LOG_MAX_SIZE`: a file this large is closed and the next begun (pino-roll's units: `10m`, `500k`). */
  maxSize: string;
  /** `LOG_KEEP`: closed files kept beside the current one. */
  keep: number;
}

const levelSchema = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

export const logSettings = (env: NodeJS.ProcessEnv, dataDir: string): LogSettings => {
  const level = levelSchema.safeParse(env.LOG_LEVEL?.trim() || 'info');
  if (!level.success) throw new Error(`LOG_LEVEL must be one of ${levelSchema.options.join(', ')}`);
  const maxSize = env.LOG_MAX_SIZE?.trim() || '10m';
  if (!/^\d+[kmg]?$/.test(maxSize))
    throw new Error(`LOG_MAX_SIZE must be a size like 10m or 500k, not "${maxSize}"`);
  const keep = Number(env.LOG_KEEP ?? 10);
  if (!Number.isInteger(keep) || keep < 1) throw new Error(`LOG_KEEP must be a whole number of at least 1`);
  const dir = env.LOG_DIR?.trim();
  return { level: level.data, dir: dir === 'off' ? null : dir || join(dataDir, 'logs'), maxSize, keep };
};

export interface OfficeLogger {
  logger: Logger;
  /** Writes what is buffered and closes the files. */
  close(): void;
}

export const officeLogger = async (
  settings: LogSettings,
  stdout: pino.DestinationStream = pino.destination({ dest: 1, sync: true }),
): Promise<OfficeLogger> => {
  const files = settings.dir ? await rolledFiles(settings.dir, settings, stdout) : null;
  const streams: pino.StreamEntry[] = [
    { level: settings.level === 'silent' ? 'fatal' : settings.level, stream: stdout },
  ];
  if (files) streams.push({ level: settings.level === 'silent' ? 'fatal' : settings.level, stream: files });
  const logger = pino(
    { level: settings.level, timestamp: pino.stdTimeFunctions.isoTime, base: { pid: process.pid } },
    pino.multistream(streams),
  );
  return {
    logger,
    close: () => {
      files?.flushSync();
      files?.end();
    },
  };
};

/**
 * The rolled files, or none when the folder cannot be written (a read-only data folder, a full disk):
 * the server's log is no reason for the office not to start or to stop, so standard output carries on
 * alone and says why. A write that fails later is dropped the same way (SonicBoom's error event).
 */
const rolledFiles = async (
  dir: string,
  settings: LogSettings,
  stdout: pino.DestinationStream,
): Promise<Awaited<ReturnType<typeof roll>> | null> => {
  const notice = (error: unknown) =>
    stdout.write(
      `${JSON.stringify({ level: 40, time: new Date().toISOString(), pid: process.pid, msg: `log files in ${dir} not written: ${String(error)}` })}\n`,
    );
  try {
    const files = await roll({
      file: join(dir, 'office'),
      extension: '.log',
      size: settings.maxSize,
      mkdir: true,
      sync: true,
      limit: { count: settings.keep, removeOtherLogFiles: true },
    });
    let told = false;
    (files as unknown as NodeJS.EventEmitter).on('error', (error: unknown) => {
      if (!told) notice(error);
      told = true;
    });
    return files;
  } catch (error) {
    notice(error);
    return null;
  }
};
