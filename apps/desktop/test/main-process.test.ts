import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startVirtualPrinter, type VirtualPrinter } from '@queue/kiosk-hardware';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TestOfficeServer, until } from '@queue/e2e/test-office';
import { buildDesktop } from '../scripts/build-desktop.js';
import { parseBridgeArguments } from '../src/bridge-arguments.js';
import { IPC } from '../src/ipc-channels.js';
import { roleUrl } from '../src/role-url.js';
import { loadSettings, settingsSchema } from '../src/settings.js';
import { type FakeElectron, FakeBrowserWindow, installFakeElectron } from './fake-electron.js';

/**
 * The built main process (dist/main.cjs) run against a stand-in Electron (fake-electron.ts): the glue
 * of main.ts, checked as shipped — which window it opens, what it loads, and how it answers keys,
 * loads that fail, closes and IPC calls — with a real office server and the virtual printer behind it.
 */
const require = createRequire(import.meta.url);
let office: TestOfficeServer;
let printer: VirtualPrinter;
let out: string;
let appData: string;
let electron: FakeElectron;
let uninstall = () => {};

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'desktop-main-'));
  [office, printer] = await Promise.all([
    TestOfficeServer.start(),
    startVirtualPrinter({ port: 0 }),
    buildDesktop(out),
  ]);
});
afterAll(async () => {
  await printer?.close();
  await office?.stop();
  rmSync(out, { recursive: true, force: true });
});
const testArgv = process.argv;
afterEach(() => {
  process.argv = testArgv;
  uninstall();
  rmSync(appData, { recursive: true, force: true });
});

/** Starts the main process afresh, with `settings` in its settings file (or none). */
async function startMain(settings: object | null, argv: string[] = []) {
  appData = mkdtempSync(join(tmpdir(), 'desktop-appdata-'));
  if (settings) {
    mkdirSync(join(appData, 'queue-desktop'));
    writeFileSync(join(appData, 'queue-desktop', 'queue-desktop.json'), JSON.stringify(settings));
  }
  ({ electron, uninstall } = installFakeElectron(appData));
  const main = join(out, 'main.cjs');
  delete require.cache[main];
  // As Electron starts it; restored after each test.
  process.argv = [process.execPath, main, ...argv];
  require(main);
  await until(() => FakeBrowserWindow.all.length === 1);
  return FakeBrowserWindow.all[0]!;
}

const page = (name: string) => pathToFileURL(join(out, 'pages', `${name}.html`)).href;
const key = (key: string, code: string, mods: object = {}) => ({
  type: 'keyDown',
  key,
  code,
  control: false,
  alt: false,
  shift: false,
  meta: false,
  ...mods,
});

const kiosk = () =>
  settingsSchema.parse({
    version: 1,
    role: 'kiosk',
    serverUrl: office.url,
    deviceToken: 'demo-kiosk-token',
    printer: {
      connection: { kind: 'network', host: '127.0.0.1', port: printer.port },
      paper: '80mm',
      codePage: 'CP866',
    },
  });

const TICKET = {
  officeName: 'ЦОК',
  number: 'В042',
  topic: 'Оплата',
  issuedAtLocal: '03.02.2025 10:15',
};
const OPTIONS = {
  paper: '80mm',
  codePage: 'CP866',
  fields: { officeName: true, dateTime: true, peopleAhead: true, expectedWait: true, qr: false },
};

describe('main process: a kiosk', () => {
  it("opens one locked window on the kiosk's page, with the bridge and the lock-down wired", async () => {
    const window = await startMain(kiosk());
    const contents = window.webContents;
    const url = roleUrl(kiosk());

    expect(window.options).toMatchObject({ kiosk: true, fullscreen: true, closable: false });
    expect(window.options.webPreferences?.preload).toBe(join(out, 'preload.cjs'));
    const info = parseBridgeArguments(window.options.webPreferences?.additionalArguments as string[]);
    expect(info).toEqual({
      role: 'kiosk',
      version: '0.1.0-test',
      printer: { paper: '80mm', codePage: 'CP866' },
    });
    expect(contents.loaded).toEqual([url]);
    expect(electron.switches).toContainEqual(['disable-pinch', undefined]);
    expect(electron.applicationMenu).toBeNull();
    expect(electron.displaySleepBlocked).toEqual(['prevent-display-sleep']);
    expect(electron.paths.userData).toBe(join(appData, 'queue-desktop'));

    // Permissions: none for the office's pages.
    let granted: boolean | undefined;
    electron.permissionRequest?.(contents, 'media', (answer) => {
      granted = answer;
    });
    expect(granted).toBe(false);
    expect(electron.permissionCheck?.()).toBe(false);

    // Zoom pinned at 100 % after each load and after Ctrl + wheel.
    contents.emit('did-finish-load');
    expect(contents.visualZoomLimits).toEqual([1, 1]);
    contents.setZoomFactor(2);
    contents.emit('zoom-changed');
    expect(contents.zoomFactor).toBe(1);

    // Keys, links, pop-ups and the close button.
    expect(contents.cancelled('before-input-event', key('F4', 'F4', { alt: true }))).toBe(true);
    expect(contents.cancelled('before-input-event', key('Escape', 'Escape'))).toBe(true);
    expect(contents.cancelled('before-input-event', key('7', 'Digit7'))).toBe(false);
    expect(contents.cancelled('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.cancelled('will-navigate', `${office.url}/kiosk/?step=2`)).toBe(false);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(window.tryClose()).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });

  it('prints for the office page on the local printer, and for nobody else', async () => {
    await startMain(kiosk());
    const url = roleUrl(kiosk());
    const before = printer.tickets().length;
    expect(await electron.invoke(IPC.printTicket, url, TICKET, OPTIONS)).toEqual({ status: 'printed' });
    await until(() => printer.tickets().length > before);
    expect(printer.tickets()[before]!.lines.map((line) => line.text)).toContain('В042');

    const foreign = await electron.invoke(IPC.printTicket, 'https://example.com/', TICKET, OPTIONS);
    expect(foreign).toMatchObject({ status: 'error' });
    const bad = await electron.invoke(IPC.printTicket, url, { ...TICKET, number: '' }, OPTIONS);
    expect(bad).toMatchObject({ status: 'error', detail: expect.stringMatching(/invalid print request/) });
    // The shell pages' channels do not answer the office page.
    expect(await electron.invoke(IPC.shellLoad, url)).toBeNull();
  });

  it('shows the connecting page when the server is not there, and tries the kiosk page again', async () => {
    const window = await startMain(kiosk());
    const contents = window.webContents;
    contents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', roleUrl(kiosk()), true);
    expect(contents.loaded).toHaveLength(1);
    contents.emit('did-fail-load', {}, -102, 'ERR_CONNECTION_REFUSED', roleUrl(kiosk()), true);
    expect(contents.loaded.at(-1)).toBe(page('offline'));
    await until(() => contents.loaded.length === 3, 3000);
    expect(contents.loaded.at(-1)).toBe(roleUrl(kiosk()));
  });

  it("opens the administrator's page on Ctrl+Alt+Shift+S, and closes only for an administrator", async () => {
    const window = await startMain(kiosk());
    const contents = window.webContents;
    expect(
      contents.cancelled('before-input-event', key('S', 'KeyS', { control: true, alt: true, shift: true })),
    ).toBe(true);
    expect(contents.loaded.at(-1)).toBe(page('admin'));

    const refused = await electron.invoke(IPC.shellAdmin, page('admin'), 'exit', {
      login: 'op1',
      pin: '1234',
    });
    expect(refused).toMatchObject({ ok: false, reason: 'not_administrator' });
    expect(window.tryClose()).toBe(false);
    // The same call from the office page is not the shell page's to make.
    expect(
      await electron.invoke(IPC.shellAdmin, roleUrl(kiosk()), 'exit', { login: 'admin', pin: '1111' }),
    ).toMatchObject({ ok: false });

    const allowed = await electron.invoke(IPC.shellAdmin, page('admin'), 'exit', {
      login: 'admin',
      pin: '1111',
    });
    expect(allowed).toMatchObject({ ok: true });
    await until(() => electron.quits === 1);
    expect(window.tryClose()).toBe(true);
  });

  it('lets the kiosk page exit through the bridge after its own PIN screen, the server deciding', async () => {
    const window = await startMain(kiosk());
    const url = roleUrl(kiosk());
    expect(await electron.invoke(IPC.admin, url, 'exit', { login: 'admin', pin: '0000' })).toMatchObject({
      ok: false,
      reason: 'wrong_credentials',
    });
    expect(await electron.invoke(IPC.admin, url, 'settings', { login: 'admin', pin: '1111' })).toMatchObject({
      ok: true,
    });
    await until(() => window.webContents.loaded.at(-1) === page('settings'));
    expect(window.tryClose()).toBe(false);
    // The settings page, reached by an administrator, may paste; still no way out by keys.
    expect(window.webContents.cancelled('before-input-event', key('v', 'KeyV', { control: true }))).toBe(
      false,
    );
    expect(window.webContents.cancelled('before-input-event', key('F4', 'F4', { alt: true }))).toBe(true);
    const state = await electron.invoke(IPC.shellLoad, page('settings'));
    expect(state).toMatchObject({
      reason: 'change',
      role: 'kiosk',
      form: { deviceToken: 'demo-kiosk-token' },
    });
    electron.send(IPC.shellBack, page('settings'));
    expect(window.webContents.loaded.at(-1)).toBe(url);
  });
});

describe('main process: first run', () => {
  it('opens the settings page in an ordinary window, saves what the server confirms, and restarts', async () => {
    const window = await startMain(null);
    expect(window.options.kiosk).toBeUndefined();
    expect(window.webContents.loaded).toEqual([page('settings')]);
    expect(window.tryClose()).toBe(true);
    expect(await electron.invoke(IPC.shellLoad, page('settings'))).toEqual({
      form: {},
      reason: 'first_run',
      problem: null,
      role: null,
    });

    const form = { serverUrl: office.url, role: 'board', deviceToken: 'demo-board-token' };
    expect(
      await electron.invoke(IPC.shellSave, page('settings'), form, { login: 'admin', pin: '1111' }),
    ).toMatchObject({
      ok: true,
    });
    const saved = loadSettings(join(appData, 'queue-desktop'));
    expect(saved.state === 'ok' && saved.settings.role).toBe('board');
    await until(() => electron.relaunches.length === 1, 4000);
    expect(electron.quits).toBe(1);
  });

  it('says what is wrong with a damaged settings file instead of starting locked', async () => {
    const window = await startMain({ version: 1, role: 'kiosk', serverUrl: 'http://x' });
    expect(window.webContents.loaded).toEqual([page('settings')]);
    expect(await electron.invoke(IPC.shellLoad, page('settings'))).toMatchObject({
      reason: 'invalid',
      problem: expect.stringMatching(/deviceToken/),
    });
  });
});

describe('main process: started with --settings', () => {
  it('shows the settings in an ordinary window, and goes back to the locked kiosk only by a restart', async () => {
    const window = await startMain(kiosk(), ['--settings']);
    expect(window.options.kiosk).toBeUndefined();
    expect(window.webContents.loaded).toEqual([page('settings')]);
    expect(await electron.invoke(IPC.shellLoad, page('settings'))).toMatchObject({
      reason: 'change',
      role: 'kiosk',
    });
    electron.send(IPC.shellBack, page('settings'));
    // The same program again, without --settings.
    expect(electron.relaunches).toEqual([{ args: [join(out, 'main.cjs')] }]);
    expect(electron.quits).toBe(1);
    // Never the kiosk's page in the unlocked window.
    expect(window.webContents.loaded).toEqual([page('settings')]);
  });
});

describe('main process: a hall board', () => {
  it('opens the board locked, with sound allowed without a click', async () => {
    const window = await startMain({
      version: 1,
      role: 'board',
      serverUrl: office.url,
      deviceToken: 'demo-board-token',
    });
    expect(window.options).toMatchObject({ kiosk: true });
    expect(window.options.webPreferences?.autoplayPolicy).toBe('no-user-gesture-required');
    expect(electron.switches).toContainEqual(['autoplay-policy', 'no-user-gesture-required']);
    expect(window.webContents.loaded).toEqual([
      `${office.url}/board/?server=${encodeURIComponent(office.url)}&token=demo-board-token`,
    ]);
    // A board has no printer.
    expect(
      await electron.invoke(IPC.printTicket, window.webContents.loaded[0]!, TICKET, OPTIONS),
    ).toMatchObject({
      status: 'error',
    });
  });
});

describe('main process: an operator console', () => {
  it('opens an ordinary window with a menu that the operator closes as any window', async () => {
    const window = await startMain({ version: 1, role: 'operator', serverUrl: office.url });
    expect(window.options.kiosk).toBeUndefined();
    expect(electron.applicationMenu).toMatchObject({ template: expect.any(Array) });
    expect(electron.displaySleepBlocked).toEqual([]);
    expect(window.webContents.cancelled('before-input-event', key('F4', 'F4', { alt: true }))).toBe(false);
    expect(window.tryClose()).toBe(true);
  });
});
