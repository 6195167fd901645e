/**
 * The desktop's settings file in Electron's user data folder: which office server, which role this
 * computer plays, and (for a kiosk) its ticket printer. Parsed with zod on every read, because the file
 * may have been edited by hand or cut short by a power loss.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { PrinterConnection } from '@queue/kiosk-hardware';
import { z } from 'zod';

export const SETTINGS_FILE = 'queue-desktop.json';
export const ROLES = ['kiosk', 'operator', 'board'] as const;
export type Role = (typeof ROLES)[number];

/** Baud rates receipt printers offer on their self-test page. */
export const BAUD_RATES = [2400, 4800, 9600, 19200, 38400, 57600, 115200] as const;

/**
 * The office server's address, kept as its origin (`http://10.0.0.5:8080`). No path: the UIs connect
 * Socket.IO to the origin they are given (packages/ui `serverUrl`), where a path would be read as a
 * Socket.IO namespace.
 */
export const serverUrlSchema = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .transform((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not a URL' });
      return z.NEVER;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      ctx.addIssue({ code: 'custom', message: 'only http and https' });
      return z.NEVER;
    }
    if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
      ctx.addIssue({ code: 'custom', message: 'only the address, without a path' });
      return z.NEVER;
    }
    return url.origin;
  });

/** What the server accepts in the Socket.IO handshake (`handshakeSchema` of @queue/protocol). */
const deviceToken = z.string().trim().min(10).max(4096);
const timeoutMs = z.number().int().min(500).max(60_000).optional();
/** A host name or an IPv4/IPv6 address: letters, digits, dots, dashes, colons. */
const host = z
  .string()
  .trim()
  .min(1)
  .max(253)
  .regex(/^[A-Za-z0-9.:\-[\]]+$/);
const devicePath = z.string().trim().min(1).max(260);

export const printerConnectionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('network'),
    host,
    port: z.number().int().min(1).max(65_535).default(9100),
    timeoutMs,
    queryStatus: z.boolean().default(true),
  }),
  z.object({ kind: z.literal('device-file'), path: devicePath, timeoutMs }),
  z.object({
    kind: z.literal('serial'),
    path: devicePath,
    baudRate: z
      .number()
      .int()
      .refine((rate) => (BAUD_RATES as readonly number[]).includes(rate))
      .default(9600),
    timeoutMs,
    queryStatus: z.boolean().default(true),
  }),
  // The parsed connection is handed to kiosk-hardware's transportFor as it is.
]) satisfies z.ZodType<PrinterConnection>;

export const printerSettingsSchema = z.object({
  connection: printerConnectionSchema,
  /** The roll in this printer; it decides the layout, whatever the kiosk page asks for. */
  paper: z.enum(['80mm', '58mm']),
  codePage: z.enum(['CP866', 'WPC1251']),
  /** The `ESC t` number of the table on clone printers that number tables differently (HARDWARE.md §1.3). */
  codePageTable: z.number().int().min(0).max(255).optional(),
});

export const settingsSchema = z.discriminatedUnion('role', [
  z.object({
    version: z.literal(1),
    role: z.literal('kiosk'),
    serverUrl: serverUrlSchema,
    deviceToken,
    // A kiosk in the shell prints locally; a browser kiosk is the one the server prints for (DESIGN §6).
    printer: printerSettingsSchema,
  }),
  z.object({ version: z.literal(1), role: z.literal('board'), serverUrl: serverUrlSchema, deviceToken }),
  z.object({ version: z.literal(1), role: z.literal('operator'), serverUrl: serverUrlSchema }),
]);

export type DesktopSettings = z.output<typeof settingsSchema>;
export type PrinterSettings = z.output<typeof printerSettingsSchema>;

export type LoadedSettings =
  | { state: 'ok'; settings: DesktopSettings }
  | { state: 'missing' }
  | { state: 'invalid'; problem: string };

export const settingsPath = (userDataDir: string): string => join(userDataDir, SETTINGS_FILE);

export function loadSettings(userDataDir: string): LoadedSettings {
  let raw: string;
  try {
    raw = readFileSync(settingsPath(userDataDir), 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return { state: 'missing' };
    return { state: 'invalid', problem: error instanceof Error ? error.message : String(error) };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { state: 'invalid', problem: `not JSON: ${error instanceof Error ? error.message : error}` };
  }
  const parsed = settingsSchema.safeParse(json);
  if (!parsed.success) return { state: 'invalid', problem: z.prettifyError(parsed.error) };
  return { state: 'ok', settings: parsed.data };
}

/**
 * Writes the file so that a power cut leaves either the old settings or the new ones, never half: a
 * temporary file, fsync, rename over the old one, fsync of the folder (the same rule as the server's
 * storage, DESIGN §4).
 */
export function writeSettings(userDataDir: string, settings: DesktopSettings): void {
  const checked = settingsSchema.parse(settings);
  mkdirSync(userDataDir, { recursive: true });
  const target = settingsPath(userDataDir);
  const temporary = `${target}.${process.pid}.tmp`;
  const file = openSync(temporary, 'w', 0o600);
  try {
    writeSync(file, `${JSON.stringify(checked, null, 2)}\n`);
    fsyncSync(file);
  } finally {
    closeSync(file);
  }
  renameSync(temporary, target);
  fsyncFolder(userDataDir);
}

function fsyncFolder(folder: string): void {
  // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const handle = openSync(folder, 'r');
  try {
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
}
