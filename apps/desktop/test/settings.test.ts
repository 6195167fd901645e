import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSettings, settingsPath, settingsSchema, writeSettings } from '../src/settings.js';

const KIOSK = {
  version: 1,
  role: 'kiosk',
  serverUrl: 'http://10.0.0.5:8080',
  deviceToken: 'demo-kiosk-token',
  printer: { connection: { kind: 'network', host: '10.0.0.50' }, paper: '80mm', codePage: 'CP866' },
};

const folders: string[] = [];
const folder = () => {
  const made = mkdtempSync(join(tmpdir(), 'desktop-settings-'));
  folders.push(made);
  return made;
};
afterEach(() => {
  for (const made of folders.splice(0)) rmSync(made, { recursive: true, force: true });
});

describe('settings schema', () => {
  it('fills the printer defaults a technician would otherwise have to know: port 9100, paper check on', () => {
    const parsed = settingsSchema.parse(KIOSK);
    expect(parsed.role === 'kiosk' && parsed.printer.connection).toEqual({
      kind: 'network',
      host: '10.0.0.50',
      port: 9100,
      queryStatus: true,
    });
  });

  it('keeps the server as its origin, however it was typed', () => {
    expect(settingsSchema.parse({ ...KIOSK, serverUrl: ' HTTP://Office.Local:8080/ ' }).serverUrl).toBe(
      'http://office.local:8080',
    );
    expect(settingsSchema.parse({ ...KIOSK, serverUrl: 'https://queue.example' }).serverUrl).toBe(
      'https://queue.example',
    );
  });

  it.each([
    ['another protocol', { serverUrl: 'ftp://10.0.0.5' }],
    ['a path the UIs would read as a Socket.IO namespace', { serverUrl: 'http://10.0.0.5:8080/queue' }],
    ['a query', { serverUrl: 'http://10.0.0.5:8080/?a=1' }],
    ['credentials in the address', { serverUrl: 'http://admin:1111@10.0.0.5' }],
    ['not an address at all', { serverUrl: 'сервер в подсобке' }],
    ['no device token', { deviceToken: undefined }],
    ['a token shorter than the server accepts', { deviceToken: 'short' }],
    ['no printer on a kiosk', { printer: undefined }],
    ['an unknown paper', { printer: { ...KIOSK.printer, paper: '76mm' } }],
    ['an unknown code page', { printer: { ...KIOSK.printer, codePage: 'UTF-8' } }],
    [
      'a port out of range',
      { printer: { ...KIOSK.printer, connection: { kind: 'network', host: 'p', port: 70000 } } },
    ],
    [
      'a host with a path',
      { printer: { ...KIOSK.printer, connection: { kind: 'network', host: 'p/../x' } } },
    ],
    [
      'a baud rate no printer offers',
      { printer: { ...KIOSK.printer, connection: { kind: 'serial', path: 'COM3', baudRate: 12345 } } },
    ],
    [
      'a serial printer without a port',
      { printer: { ...KIOSK.printer, connection: { kind: 'serial', path: '' } } },
    ],
    ['an unknown role', { role: 'cashier' }],
    ['a future file version', { version: 2 }],
  ])('refuses %s', (_name, change) => {
    expect(settingsSchema.safeParse({ ...KIOSK, ...change }).success).toBe(false);
  });

  it('asks an operator for the server only, and a board for its token but no printer', () => {
    expect(settingsSchema.parse({ version: 1, role: 'operator', serverUrl: 'http://10.0.0.5:8080' })).toEqual(
      {
        version: 1,
        role: 'operator',
        serverUrl: 'http://10.0.0.5:8080',
      },
    );
    expect(
      settingsSchema.safeParse({ version: 1, role: 'board', serverUrl: 'http://10.0.0.5' }).success,
    ).toBe(false);
    const board = settingsSchema.parse({ ...KIOSK, role: 'board' });
    expect(board).not.toHaveProperty('printer');
  });
});

describe('settings file', () => {
  it('is missing on the first run', () => {
    expect(loadSettings(folder())).toEqual({ state: 'missing' });
  });

  it('reads back what was written, and leaves no temporary file behind', () => {
    const dir = folder();
    const settings = settingsSchema.parse(KIOSK);
    writeSettings(dir, settings);
    expect(loadSettings(dir)).toEqual({ state: 'ok', settings });
    expect(readdirSync(dir)).toEqual(['queue-desktop.json']);
  });

  it('is readable by its owner only: it holds the device token', () => {
    const dir = folder();
    writeSettings(dir, settingsSchema.parse(KIOSK));
    expect(statSync(settingsPath(dir)).mode & 0o777).toBe(0o600);
  });

  it('says what is wrong with a file cut short or edited by hand', () => {
    const dir = folder();
    writeFileSync(settingsPath(dir), '{"version":1,"role":"kio');
    const cut = loadSettings(dir);
    expect(cut.state === 'invalid' && cut.problem).toMatch(/JSON/);

    writeFileSync(settingsPath(dir), JSON.stringify({ ...KIOSK, deviceToken: undefined }));
    const edited = loadSettings(dir);
    expect(edited.state === 'invalid' && edited.problem).toMatch(/deviceToken/);
  });

  // Root reads any file, so this can only be seen as an ordinary user.
  it.skipIf(process.getuid?.() === 0)('reports an unreadable file as invalid, not as a first run', () => {
    const dir = folder();
    writeFileSync(settingsPath(dir), JSON.stringify(KIOSK));
    chmodSync(settingsPath(dir), 0o000);
    expect(loadSettings(dir).state).toBe('invalid');
  });

  it('never writes settings that would not load, and keeps the old ones', () => {
    const dir = folder();
    writeSettings(dir, settingsSchema.parse(KIOSK));
    const before = readFileSync(settingsPath(dir), 'utf8');
    const broken = { ...settingsSchema.parse(KIOSK), deviceToken: 'short' };
    expect(() => writeSettings(dir, broken)).toThrow();
    expect(readFileSync(settingsPath(dir), 'utf8')).toBe(before);
  });
});
