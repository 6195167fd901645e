import { createServer } from 'node:net';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestOfficeServer } from '@queue/e2e/test-office';
import { verifyAdministrator } from '../src/admin-verification.js';
import { AttemptLimiter } from '../src/attempt-limiter.js';
import { checkDeviceToken } from '../src/device-check.js';
import type { SettingsForm } from '../src/form-fields.js';
import { loadSettings, settingsPath } from '../src/settings.js';
import { type SaveDependencies, saveSettings } from '../src/settings-save.js';

let office: TestOfficeServer;
let closedUrl: string;
const folders: string[] = [];

beforeAll(async () => {
  office = await TestOfficeServer.start();
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  closedUrl = `http://127.0.0.1:${(closed.address() as { port: number }).port}`;
  await new Promise((resolve) => closed.close(resolve));
});
afterAll(async () => {
  await office.stop();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

const deps = (limiter = new AttemptLimiter()): SaveDependencies => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'desktop-save-'));
  folders.push(userDataDir);
  return {
    userDataDir,
    verifyAdministrator: (url, credentials) => verifyAdministrator(url, credentials, { timeoutMs: 3000 }),
    checkDeviceToken: (url, token, role) => checkDeviceToken(url, token, role, 3000),
    limiter,
  };
};

const kioskForm = (): SettingsForm => ({
  serverUrl: office.url,
  role: 'kiosk',
  deviceToken: 'demo-kiosk-token',
  printerKind: 'network',
  printerHost: '127.0.0.1',
  printerPort: '9100',
  paper: '80mm',
  codePage: 'CP866',
});
const ADMIN = { login: 'admin', pin: '1111' };

describe('device token check', () => {
  it("accepts a kiosk's token for a kiosk and a board's for a board, in a real Socket.IO handshake", async () => {
    expect(await checkDeviceToken(office.url, 'demo-kiosk-token', 'kiosk')).toEqual({ outcome: 'accepted' });
    expect(await checkDeviceToken(office.url, 'demo-board-token', 'board')).toEqual({ outcome: 'accepted' });
  });

  it("notices a board's token on a kiosk, an unknown token, and a silent address", async () => {
    expect(await checkDeviceToken(office.url, 'demo-board-token', 'kiosk')).toEqual({
      outcome: 'wrong_role',
      actual: 'board',
    });
    expect(await checkDeviceToken(office.url, 'no-such-device-token', 'kiosk')).toEqual({
      outcome: 'rejected',
    });
    expect((await checkDeviceToken(closedUrl, 'demo-kiosk-token', 'kiosk', 2000)).outcome).toBe(
      'unreachable',
    );
  });
});

describe('saving the settings page', () => {
  it("writes a kiosk's settings once the server confirms the administrator and the device token", async () => {
    const d = deps();
    const outcome = await saveSettings({ form: kioskForm(), credentials: ADMIN }, d);
    expect(outcome.ok).toBe(true);
    const loaded = loadSettings(d.userDataDir);
    expect(loaded.state === 'ok' && loaded.settings).toMatchObject({
      role: 'kiosk',
      serverUrl: office.url,
      deviceToken: 'demo-kiosk-token',
      printer: { connection: { kind: 'network', host: '127.0.0.1', port: 9100 }, paper: '80mm' },
    });
  });

  it('saves an operator console with no token to check', async () => {
    const d = deps();
    const outcome = await saveSettings(
      { form: { serverUrl: office.url, role: 'operator' }, credentials: ADMIN },
      d,
    );
    expect(outcome).toEqual({ ok: true, settings: { version: 1, role: 'operator', serverUrl: office.url } });
  });

  it.each([
    ['an operator', { login: 'op1', pin: '1234' }, 'Сохранить настройки может только администратор.'],
    ['a wrong PIN', { login: 'admin', pin: '0000' }, 'Логин или PIN не подошли.'],
    ['no PIN', { login: 'admin', pin: '' }, 'Введите логин и PIN администратора.'],
  ])('refuses %s and writes nothing', async (_name, credentials, message) => {
    const d = deps();
    const outcome = await saveSettings({ form: kioskForm(), credentials }, d);
    expect(outcome).toEqual({ ok: false, errors: { credentials: expect.objectContaining({ ru: message }) } });
    expect(existsSync(settingsPath(d.userDataDir))).toBe(false);
  });

  it("refuses a board's token on a kiosk, saying so beside the token", async () => {
    const d = deps();
    const outcome = await saveSettings(
      { form: { ...kioskForm(), deviceToken: 'demo-board-token' }, credentials: ADMIN },
      d,
    );
    expect(!outcome.ok && outcome.errors.deviceToken?.ru).toBe(
      'Этот токен выдан устройству другой роли (board).',
    );
    expect(existsSync(settingsPath(d.userDataDir))).toBe(false);
  });

  it('says no queue server answers at a mistyped address', async () => {
    const d = deps();
    const outcome = await saveSettings(
      { form: { ...kioskForm(), serverUrl: closedUrl }, credentials: ADMIN },
      d,
    );
    expect(!outcome.ok && Object.keys(outcome.errors)).toEqual(['serverUrl']);
    expect(existsSync(settingsPath(d.userDataDir))).toBe(false);
  });

  it('shows every field problem and a missing PIN at once, before asking the server anything', async () => {
    const d = deps();
    let asked = 0;
    const outcome = await saveSettings(
      { form: { ...kioskForm(), printerHost: '', deviceToken: '' }, credentials: { login: '', pin: '' } },
      {
        ...d,
        verifyAdministrator: async () => {
          asked += 1;
          return { outcome: 'verified', staffName: '' };
        },
      },
    );
    expect(!outcome.ok && Object.keys(outcome.errors).sort()).toEqual([
      'credentials',
      'deviceToken',
      'printerHost',
    ]);
    expect(asked).toBe(0);
  });

  it('refuses a request that is not a form', async () => {
    for (const request of [
      null,
      'serverUrl=x',
      { form: { serverUrl: 42 }, credentials: ADMIN },
      { form: { evil: 'x' } },
    ]) {
      expect(await saveSettings(request, deps())).toMatchObject({
        ok: false,
        errors: { request: expect.anything() },
      });
    }
  });

  it('is locked together with the exit after five wrong PINs', async () => {
    const limiter = new AttemptLimiter({ maxFailures: 5, lockoutMs: 60_000 });
    for (let i = 0; i < 5; i++) limiter.failed();
    const d = deps(limiter);
    const outcome = await saveSettings({ form: kioskForm(), credentials: ADMIN }, d);
    expect(!outcome.ok && outcome.errors.credentials?.ru).toMatch(/Слишком много неудачных попыток/);
    expect(existsSync(settingsPath(d.userDataDir))).toBe(false);
  });
});
