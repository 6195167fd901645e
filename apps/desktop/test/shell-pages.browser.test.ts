import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startVirtualPrinter, type VirtualPrinter } from '@queue/kiosk-hardware';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '@queue/e2e/axe';
import { launchBrowser, screenshot } from '@queue/e2e/browser';
import { TestOfficeServer, until } from '@queue/e2e/test-office';
import { buildDesktop } from '../scripts/build-desktop.js';
import { verifyAdministrator } from '../src/admin-verification.js';
import { AttemptLimiter } from '../src/attempt-limiter.js';
import type { SettingsState } from '../src/desktop-bridge.js';
import { checkDeviceToken } from '../src/device-check.js';
import { ExitGuard } from '../src/exit-guard.js';
import { createPrintBridge } from '../src/print-bridge.js';
import { loadSettings, settingsPath } from '../src/settings.js';
import { printerFromForm } from '../src/settings-form.js';
import { saveSettings, settingsFormSchema } from '../src/settings-save.js';
import { trialTicket } from '../src/trial-ticket.js';

/**
 * The shell's own pages in real Chromium, built as the app ships them and loaded from file:// as
 * Electron's loadFile does. In place of the preload and the main process, `window.queueShell` calls
 * into this test, which answers with the very modules main.ts uses — against a real office server and
 * the real virtual printer — so the page, the rules and the server are tested together.
 */
let office: TestOfficeServer;
let printer: VirtualPrinter;
let browser: Browser;
let out: string;
let userDataDir: string;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'desktop-pages-'));
  userDataDir = mkdtempSync(join(tmpdir(), 'desktop-user-data-'));
  [office, printer, browser] = await Promise.all([
    TestOfficeServer.start(),
    startVirtualPrinter({ port: 0 }),
    launchBrowser(),
    buildDesktop(out),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await printer?.close();
  await office?.stop();
  rmSync(out, { recursive: true, force: true });
  rmSync(userDataDir, { recursive: true, force: true });
});

interface Shell {
  state: SettingsState;
  guard: ExitGuard;
  back: number;
}

/**
 * Opens a shell page with a bridge wired to the real modules, as main.ts wires its IPC. The pages'
 * Content-Security-Policy forbids inline scripts, so axe-core (injected inline) needs `axe: true`,
 * which lifts the policy; the other tests run under it, as the app does.
 */
async function openPage(
  name: string,
  state: SettingsState,
  { axe = false, viewport = { width: 1280, height: 900 } } = {},
) {
  const limiter = new AttemptLimiter();
  const shell: Shell = {
    state,
    guard: new ExitGuard({ verify: (c) => verifyAdministrator(office.url, c), limiter }),
    back: 0,
  };
  const page = await browser.newPage({ viewport, bypassCSP: axe });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.exposeFunction('__shell', async (kind: string, ...args: unknown[]) => {
    switch (kind) {
      case 'load':
        return shell.state;
      case 'save':
        return saveSettings(
          { form: args[0], credentials: args[1] },
          { userDataDir, verifyAdministrator, checkDeviceToken, limiter },
        );
      case 'trial': {
        const form = settingsFormSchema.parse(args[0]);
        const parsed = printerFromForm(form);
        if (!parsed.ok) return parsed;
        return {
          ok: true,
          result: await createPrintBridge({ printer: parsed.printer }).print(trialTicket(new Date())),
        };
      }
      case 'admin':
        return shell.guard.authorise(args[1], args[0] === 'exit' ? 'exit' : 'settings');
      default:
        shell.back += 1;
        return null;
    }
  });
  await page.addInitScript(() => {
    const call = (window as unknown as { __shell: (...args: unknown[]) => Promise<unknown> }).__shell;
    Object.assign(window, {
      queueShell: {
        loadSettings: () => call('load'),
        saveSettings: (form: unknown, credentials: unknown) => call('save', form, credentials),
        trialPrint: (form: unknown) => call('trial', form),
        admin: (purpose: unknown, credentials: unknown) => call('admin', purpose, credentials),
        back: () => void call('back'),
      },
    });
  });
  await page.goto(pathToFileURL(join(out, 'pages', `${name}.html`)).href);
  return { page, shell, errors };
}

const FIRST_RUN: SettingsState = { form: {}, reason: 'first_run', problem: null, role: null };
const visible = (page: Page, selector: string) => page.locator(selector).isVisible();

describe('settings page', () => {
  it('asks a first run for the server and role, showing only the fields the chosen role needs', async () => {
    const { page, errors } = await openPage('settings', FIRST_RUN, { axe: true });
    await page.waitForFunction(() => document.querySelector('#reason')?.textContent?.includes('впервые'));
    expect(await page.locator('#back').textContent()).toBe('Закрыть программу');
    // Nothing chosen yet: no token, no printer.
    expect(await visible(page, '#deviceToken')).toBe(false);

    await page.getByLabel('Киоск выдачи талонов').check();
    expect(await visible(page, '#deviceToken')).toBe(true);
    expect(await visible(page, '#printerHost')).toBe(true);
    expect(await visible(page, '#printerPath')).toBe(false);
    await page.getByLabel('Подключение').selectOption('serial');
    expect(await visible(page, '#printerPath')).toBe(true);
    expect(await visible(page, '#printerBaudRate')).toBe(true);
    expect(await visible(page, '#printerHost')).toBe(false);
    await page.getByLabel('Подключение').selectOption('network');
    await screenshot(page, 'desktop-settings-kiosk');

    await page.getByLabel('Табло в зале').check();
    expect(await visible(page, '#deviceToken')).toBe(true);
    expect(await visible(page, '#printerHost')).toBe(false);
    await page.getByLabel('Пульт оператора').check();
    expect(await visible(page, '#deviceToken')).toBe(false);

    await page.getByLabel('Киоск выдачи талонов').check();
    expect(errors).toEqual([]);
    // Last: axe-core's own requests for the style sheet fail on file:// and would show as console errors.
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows each problem beside its field, marks the field, and moves the focus to the first', async () => {
    const { page } = await openPage('settings', FIRST_RUN);
    await page.getByLabel('Киоск выдачи талонов').check();
    await page.getByLabel('Адрес сервера').fill('192.168.1.10');
    await page.getByLabel('IP-адрес принтера').fill('');
    await page.getByRole('button', { name: 'Сохранить и запустить' }).click();
    await page.locator('#serverUrl-error').waitFor();
    expect(await page.locator('#serverUrl-error').textContent()).toContain('http://192.168.1.10:8080');
    expect(await page.locator('#deviceToken-error').textContent()).toContain('токен устройства');
    expect(await page.locator('#printerHost-error').textContent()).toContain('IP-адрес');
    expect(await page.locator('#credentials-error').textContent()).toBe(
      'Введите логин и PIN администратора.',
    );
    expect(await page.locator('#serverUrl').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('serverUrl');
    await screenshot(page, 'desktop-settings-errors');

    // In English, the same problems in English.
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.locator('h1').textContent()).toBe('Workstation settings');
    expect(await page.locator('#credentials-error').textContent()).toBe(
      "Enter the administrator's login and PIN.",
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'Русский' }).click();
    expect(await page.locator('h1').textContent()).toBe('Настройки рабочего места');
    expect(existsSync(settingsPath(userDataDir))).toBe(false);
    await page.close();
  });

  it('prints a trial ticket, then saves a kiosk the server confirms', async () => {
    const { page, errors } = await openPage('settings', FIRST_RUN);
    await page.getByLabel('Киоск выдачи талонов').check();
    await page.getByLabel('Адрес сервера').fill(office.url);
    await page.getByLabel('Токен устройства').fill('demo-kiosk-token');
    await page.getByLabel('IP-адрес принтера').fill('127.0.0.1');
    await page.getByLabel('Порт', { exact: true }).fill(String(printer.port));
    await page.getByLabel('58 мм').check();

    const before = printer.tickets().length;
    await page.getByRole('button', { name: 'Напечатать пробный талон' }).click();
    await page.locator('#trial-result.ok').waitFor();
    expect(await page.locator('#trial-result').textContent()).toContain('Талон напечатан');
    await until(() => printer.tickets().length > before);
    const trial = printer.tickets()[before]!.lines.map((line) => line.text);
    expect(trial).toContain('А000');
    expect(trial).toContain('-'.repeat(32)); // 58 mm, as chosen

    await page.getByLabel('Логин').fill('op1');
    await page.getByLabel('PIN').fill('1234');
    await page.getByRole('button', { name: 'Сохранить и запустить' }).click();
    await page.locator('#credentials-error').waitFor();
    expect(await page.locator('#credentials-error').textContent()).toBe(
      'Сохранить настройки может только администратор.',
    );

    await page.getByLabel('Логин').fill('admin');
    await page.getByLabel('PIN').fill('1111');
    await page.getByRole('button', { name: 'Сохранить и запустить' }).click();
    await page.locator('#save-result').waitFor();
    expect(await page.locator('#save-result').textContent()).toBe(
      'Настройки сохранены. Программа перезапускается…',
    );
    expect(await page.locator('#credentials-error').isHidden()).toBe(true);
    await screenshot(page, 'desktop-settings-saved');
    const saved = loadSettings(userDataDir);
    expect(saved.state === 'ok' && saved.settings).toMatchObject({
      role: 'kiosk',
      serverUrl: office.url,
      printer: { paper: '58mm', connection: { kind: 'network', host: '127.0.0.1', port: printer.port } },
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens filled with the current settings when an administrator changes them', async () => {
    const { page, shell } = await openPage('settings', {
      form: { serverUrl: office.url, role: 'board', deviceToken: 'demo-board-token' },
      reason: 'change',
      problem: null,
      role: 'board',
    });
    await page.waitForFunction(() => (document.querySelector('#serverUrl') as HTMLInputElement).value !== '');
    expect(await page.locator('#serverUrl').inputValue()).toBe(office.url);
    expect(await page.getByLabel('Табло в зале').isChecked()).toBe(true);
    expect(await page.locator('#deviceToken').inputValue()).toBe('demo-board-token');
    expect(await visible(page, '#printerHost')).toBe(false);
    await page.getByRole('button', { name: 'Вернуться без изменений' }).click();
    await until(() => shell.back === 1);
    await page.close();
  });
});

describe('administrator page', () => {
  it('keeps a wrong PIN and an operator out, and lets an administrator close the program', async () => {
    const { page, shell, errors } = await openPage('admin', FIRST_RUN, { axe: true });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('login');
    await page.getByLabel('Логин').fill('admin');
    await page.getByLabel('PIN').fill('0000');
    await page.getByRole('button', { name: 'Закрыть программу' }).click();
    await page.locator('#message.error').waitFor();
    expect(await page.locator('#message').textContent()).toBe('Логин или PIN не подошли.');
    expect(await page.getByLabel('PIN').inputValue()).toBe('');
    await screenshot(page, 'desktop-admin-wrong-pin');

    await page.getByLabel('Логин').fill('op1');
    await page.getByLabel('PIN').fill('1234');
    await page.getByRole('button', { name: 'Закрыть программу' }).click();
    await page.waitForFunction(() =>
      document.querySelector('#message')?.textContent?.includes('только администратору'),
    );
    expect(shell.guard.exitAuthorised).toBe(false);

    await page.getByLabel('Логин').fill('admin');
    await page.getByLabel('PIN').fill('1111');
    await page.getByRole('button', { name: 'Закрыть программу' }).click();
    await page.waitForFunction(
      () => document.querySelector('#message')?.textContent === 'Программа закрывается.',
    );
    expect(shell.guard.exitAuthorised).toBe(true);
    expect(errors).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('connecting page', () => {
  it('tells a visitor at a portrait kiosk, politely, that the terminal is reconnecting', async () => {
    const { page, errors } = await openPage('offline', FIRST_RUN, {
      axe: true,
      viewport: { width: 1080, height: 1920 },
    });
    expect(await page.locator('h1').textContent()).toBe('Подключаемся к серверу очереди');
    expect(await page.locator('main').textContent()).toContain('Извините за неудобство');
    await screenshot(page, 'desktop-offline');
    expect(errors).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
