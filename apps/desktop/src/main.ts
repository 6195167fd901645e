/**
 * The Electron entry: glue only (DESIGN §7). It reads the settings, opens one window for the role and
 * wires Electron's events to the tested modules beside it, which decide everything: the window's options
 * and lock-down (window-policy), its address (role-url), where it may go (navigation-policy), printing
 * (print-bridge), the way out (exit-guard) and the settings (settings, settings-save).
 */
import { join } from 'node:path';
import {
  BrowserWindow,
  app,
  ipcMain,
  Menu,
  type IpcMainInvokeEvent,
  powerSaveBlocker,
  session,
} from 'electron';
import { verifyAdministrator } from './admin-verification.js';
import { AttemptLimiter } from './attempt-limiter.js';
import { bridgeArguments } from './bridge-arguments.js';
import type { SettingsState, TrialPrintOutcome } from './desktop-bridge.js';
import { checkDeviceToken } from './device-check.js';
import { type AdminPurpose, ExitGuard, type GuardDecision } from './exit-guard.js';
import { IPC } from './ipc-channels.js';
import { isPageLost, retryDelayMs } from './load-retry.js';
import { isOfficePage, isShellPage, isTrustedSender, mayNavigate } from './navigation-policy.js';
import { operatorMenu } from './operator-menu.js';
import { createPrintBridge, type PrintBridge } from './print-bridge.js';
import { roleUrl } from './role-url.js';
import { type DesktopSettings, type LoadedSettings, loadSettings } from './settings.js';
import { formFromSettings, printerFromForm } from './settings-form.js';
import { type SaveOutcome, saveSettings, settingsFormSchema } from './settings-save.js';
import { trialTicket } from './trial-ticket.js';
import { blocksInput, isAdminChord, windowPolicy } from './window-policy.js';

const PAGES = join(__dirname, 'pages');
const page = (name: 'settings' | 'admin' | 'offline') => join(PAGES, `${name}.html`);

// A fixed folder, so the settings file is where docs/DESKTOP.md says, whatever the product name.
app.setPath('userData', join(app.getPath('appData'), 'queue-desktop'));
const userDataDir = app.getPath('userData');
const loaded: LoadedSettings = loadSettings(userDataDir);
const settings: DesktopSettings | null = loaded.state === 'ok' ? loaded.settings : null;
const askForSettings = settings === null || process.argv.includes('--settings');
// The first run and `--settings` get an ordinary window; the role's lock-down starts with the role.
const policy = windowPolicy(askForSettings || !settings ? 'operator' : settings.role, {
  preload: join(__dirname, 'preload.cjs'),
  preloadArguments: bridgeArguments({
    role: settings?.role ?? 'operator',
    version: app.getVersion(),
    printer: settings?.role === 'kiosk' ? settings.printer : null,
  }),
});
for (const [name, value] of policy.switches) app.commandLine.appendSwitch(name, value);

const limiter = new AttemptLimiter();
const guard =
  settings && new ExitGuard({ verify: (c) => verifyAdministrator(settings.serverUrl, c), limiter });
const printBridge: PrintBridge | null =
  settings?.role === 'kiosk' ? createPrintBridge({ printer: settings.printer }) : null;
let window: BrowserWindow | null = null;
let shellPage: 'settings' | 'admin' | 'offline' | null = null;
let shuttingDown = false;
let attempt = 0;
let retry: NodeJS.Timeout | undefined;

if (!app.requestSingleInstanceLock()) app.quit();
app.on('second-instance', () => window?.focus());
// The operating system shutting down is no visitor pressing keys: let it through.
process.on('SIGTERM', () => {
  shuttingDown = true;
  app.quit();
});

function showOffice(): void {
  if (!window || !settings) return;
  shellPage = null;
  clearTimeout(retry);
  window.loadURL(roleUrl(settings)).catch(() => {
    // did-fail-load below shows the offline page and retries.
  });
}

function showShellPage(name: 'settings' | 'admin' | 'offline'): void {
  if (!window) return;
  shellPage = name;
  clearTimeout(retry);
  void window.loadFile(page(name));
}

function quitAuthorised(): void {
  shuttingDown = true;
  app.quit();
}

/** A new role means new Chromium switches, a new menu and a new lock: the program starts afresh. */
function restart(): void {
  app.relaunch({ args: process.argv.slice(1).filter((a) => a !== '--settings') });
  quitAuthorised();
}

async function onAdmin(purpose: AdminPurpose, credentials: unknown): Promise<GuardDecision> {
  if (!guard) return { ok: false, reason: 'invalid', message: { ru: 'Нет настроек.', en: 'No settings.' } };
  const decision = await guard.authorise(credentials, purpose);
  if (decision.ok && purpose === 'exit') setTimeout(quitAuthorised, 300);
  if (decision.ok && purpose === 'settings') setTimeout(() => showShellPage('settings'), 300);
  return decision;
}

const fromOffice = (event: IpcMainInvokeEvent) =>
  settings !== null && shellPage === null && isTrustedSender(event.senderFrame?.url, settings.serverUrl);
const fromShell = (event: IpcMainInvokeEvent) => isShellPage(event.senderFrame?.url, PAGES);
const refused = { ok: false, reason: 'invalid', message: { ru: 'Запрос отклонён.', en: 'Request refused.' } };

ipcMain.handle(IPC.printTicket, (event, print: unknown, options: unknown) => {
  if (!fromOffice(event))
    return { status: 'error', detail: 'print request from a page not of the office server' };
  if (!printBridge)
    return { status: 'error', detail: 'this desktop has no local printer (role is not kiosk)' };
  return printBridge.print({ print, options });
});
ipcMain.handle(IPC.admin, (event, purpose: unknown, credentials: unknown) =>
  fromOffice(event) && (purpose === 'exit' || purpose === 'settings')
    ? onAdmin(purpose, credentials)
    : refused,
);
ipcMain.on(IPC.openAdmin, (event) => {
  if (settings && isTrustedSender(event.senderFrame?.url, settings.serverUrl)) showShellPage('admin');
});
ipcMain.handle(IPC.shellAdmin, (event, purpose: unknown, credentials: unknown) =>
  fromShell(event) && (purpose === 'exit' || purpose === 'settings')
    ? onAdmin(purpose, credentials)
    : refused,
);
ipcMain.handle(IPC.shellLoad, (event): SettingsState | null => {
  if (!fromShell(event)) return null;
  return {
    form: settings ? formFromSettings(settings) : {},
    reason: loaded.state === 'missing' ? 'first_run' : loaded.state === 'invalid' ? 'invalid' : 'change',
    problem: loaded.state === 'invalid' ? loaded.problem : null,
    role: settings?.role ?? null,
  };
});
ipcMain.handle(
  IPC.shellSave,
  async (event, form: unknown, credentials: unknown): Promise<SaveOutcome | null> => {
    if (!fromShell(event) || shellPage !== 'settings') return null;
    const outcome = await saveSettings(
      { form, credentials },
      { userDataDir, verifyAdministrator, checkDeviceToken, limiter },
    );
    // A moment for the page to say so first.
    if (outcome.ok) setTimeout(restart, 1500);
    return outcome;
  },
);
ipcMain.handle(IPC.shellTrialPrint, async (event, form: unknown): Promise<TrialPrintOutcome | null> => {
  const parsed = settingsFormSchema.safeParse(form);
  if (!fromShell(event) || shellPage !== 'settings' || !parsed.success) return null;
  const printer = printerFromForm(parsed.data);
  if (!printer.ok) return printer;
  return {
    ok: true,
    result: await createPrintBridge({ printer: printer.printer }).print(trialTicket(new Date())),
  };
});
ipcMain.on(IPC.shellBack, (event) => {
  if (!isShellPage(event.senderFrame?.url, PAGES)) return;
  if (!settings) quitAuthorised();
  // Started with --settings, the window is not the role's locked one: only a restart makes it so.
  else if (askForSettings) restart();
  else showOffice();
});

function createWindow(): BrowserWindow {
  const created = new BrowserWindow(policy.options);
  const contents = created.webContents;
  created.once('ready-to-show', () => created.show());
  if (policy.fixedZoom) {
    contents.on('did-finish-load', () => {
      contents.setZoomFactor(1);
      void contents.setVisualZoomLevelLimits(1, 1);
    });
    contents.on('zoom-changed', () => contents.setZoomFactor(1));
  }
  contents.on('before-input-event', (event, input) => {
    if (isAdminChord(input) && settings) {
      event.preventDefault();
      showShellPage('admin');
    } else if (blocksInput(policy, input, shellPage === 'settings')) {
      event.preventDefault();
    }
  });
  contents.on('will-navigate', (event, url) => {
    if (!settings || !mayNavigate(url, settings.serverUrl)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('did-fail-load', (_event, code, _description, _url, isMainFrame) => {
    if (!isPageLost(code, isMainFrame) || shellPage !== null) return;
    showShellPage('offline');
    retry = setTimeout(showOffice, retryDelayMs(attempt++));
  });
  contents.on('did-finish-load', () => {
    if (settings && isOfficePage(contents.getURL(), settings.serverUrl)) attempt = 0;
  });
  contents.on('render-process-gone', () => {
    retry = setTimeout(shellPage === null ? showOffice : () => showShellPage(shellPage ?? 'offline'), 1000);
  });
  created.on('close', (event) => {
    if (policy.locked && !shuttingDown && !guard?.exitAuthorised) event.preventDefault();
  });
  created.on('session-end', () => {
    shuttingDown = true;
  });
  return created;
}

app.whenReady().then(() => {
  Menu.setApplicationMenu(
    policy.locked ? null : Menu.buildFromTemplate(operatorMenu(() => settings && showShellPage('admin'))),
  );
  // The office's pages need no camera, microphone, location or notifications.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  if (policy.preventDisplaySleep) powerSaveBlocker.start('prevent-display-sleep');
  window = createWindow();
  if (askForSettings) showShellPage('settings');
  else showOffice();
});

app.on('window-all-closed', () => app.quit());
