/**
 * A stand-in for the parts of Electron that main.ts touches, so the built main process (dist/main.cjs,
 * the very file the installers ship) can run in plain Node. The real Electron binary cannot be
 * downloaded here; this records what the glue asks of Electron and lets a test play Electron's events
 * (a key press, a failed load, a close, an IPC call) back into it.
 */
import { EventEmitter } from 'node:events';
import Module from 'node:module';
import { pathToFileURL } from 'node:url';

export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export const fakeEvent = (): FakeEvent => ({
  defaultPrevented: false,
  preventDefault() {
    this.defaultPrevented = true;
  },
});

export class FakeWebContents extends EventEmitter {
  url = '';
  readonly loaded: string[] = [];
  zoomFactor = 1;
  visualZoomLimits: [number, number] | null = null;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;

  loadURL(url: string): Promise<void> {
    this.url = url;
    this.loaded.push(url);
    return Promise.resolve();
  }

  loadFile(path: string): Promise<void> {
    return this.loadURL(pathToFileURL(path).href);
  }

  getURL(): string {
    return this.url;
  }

  setZoomFactor(factor: number): void {
    this.zoomFactor = factor;
  }

  setVisualZoomLevelLimits(minimum: number, maximum: number): Promise<void> {
    this.visualZoomLimits = [minimum, maximum];
    return Promise.resolve();
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  /** Plays an Electron event that can be cancelled; says whether the handler cancelled it. */
  cancelled(name: string, ...args: unknown[]): boolean {
    const event = fakeEvent();
    this.emit(name, event, ...args);
    return event.defaultPrevented;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly all: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  shown = false;

  constructor(readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> }) {
    super();
    FakeBrowserWindow.all.push(this);
  }

  show(): void {
    this.shown = true;
  }

  // BrowserWindow's own shortcuts to its webContents.
  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }

  loadFile(path: string): Promise<void> {
    return this.webContents.loadFile(path);
  }

  focus(): void {}

  /** The user or the window manager asks the window to close; true when it may. */
  tryClose(): boolean {
    const event = fakeEvent();
    this.emit('close', event);
    return !event.defaultPrevented;
  }
}

type Handler = (event: { senderFrame: { url: string } | null }, ...args: unknown[]) => unknown;

export interface FakeElectron {
  switches: [string, string | undefined][];
  paths: Record<string, string>;
  quits: number;
  relaunches: unknown[];
  applicationMenu: unknown;
  displaySleepBlocked: string[];
  permissionRequest:
    | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void)
    | null;
  permissionCheck: ((...args: unknown[]) => boolean) | null;
  handlers: Map<string, Handler>;
  listeners: Map<string, Handler>;
  /** An `ipcRenderer.invoke` from a page at `url`. */
  invoke(channel: string, url: string, ...args: unknown[]): Promise<unknown>;
  /** An `ipcRenderer.send` from a page at `url`. */
  send(channel: string, url: string, ...args: unknown[]): void;
}

/** Builds a fresh fake and makes `require('electron')` return it until `uninstall()`. */
export function installFakeElectron(appData: string): { electron: FakeElectron; uninstall: () => void } {
  FakeBrowserWindow.all.length = 0;
  const electron: FakeElectron = {
    switches: [],
    paths: { appData },
    quits: 0,
    relaunches: [],
    applicationMenu: undefined,
    displaySleepBlocked: [],
    permissionRequest: null,
    permissionCheck: null,
    handlers: new Map(),
    listeners: new Map(),
    async invoke(channel, url, ...args) {
      const handler = electron.handlers.get(channel);
      if (!handler) throw new Error(`no handler for ${channel}`);
      return handler({ senderFrame: { url } }, ...args);
    },
    send(channel, url, ...args) {
      electron.listeners.get(channel)?.({ senderFrame: { url } }, ...args);
    },
  };
  const app = Object.assign(new EventEmitter(), {
    setPath: (name: string, path: string) => {
      electron.paths[name] = path;
    },
    getPath: (name: string) => electron.paths[name] ?? '',
    getVersion: () => '0.1.0-test',
    commandLine: {
      appendSwitch: (name: string, value?: string) => electron.switches.push([name, value]),
    },
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    quit: () => {
      electron.quits += 1;
    },
    relaunch: (options: unknown) => electron.relaunches.push(options),
  });
  const fake = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handle: (channel: string, handler: Handler) => electron.handlers.set(channel, handler),
      on: (channel: string, handler: Handler) => electron.listeners.set(channel, handler),
    },
    Menu: {
      setApplicationMenu: (menu: unknown) => {
        electron.applicationMenu = menu;
      },
      buildFromTemplate: (template: unknown) => ({ template }),
    },
    powerSaveBlocker: { start: (type: string) => electron.displaySleepBlocked.push(type) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: FakeElectron['permissionRequest']) => {
          electron.permissionRequest = handler;
        },
        setPermissionCheckHandler: (handler: FakeElectron['permissionCheck']) => {
          electron.permissionCheck = handler;
        },
      },
    },
  };

  // `require('electron')` in the bundle resolves to this id, whose cache entry is the fake: the real
  // package's index.js (which would try to download the binary) is never run.
  const internals = Module as unknown as {
    _resolveFilename: (request: string, ...rest: unknown[]) => string;
    _cache: Record<string, unknown>;
  };
  const original = internals._resolveFilename;
  const id = '\0fake-electron';
  internals._resolveFilename = (request, ...rest) =>
    request === 'electron' ? id : original(request, ...rest);
  internals._cache[id] = { id, filename: id, loaded: true, exports: fake };
  return {
    electron,
    uninstall: () => {
      internals._resolveFilename = original;
      delete internals._cache[id];
    },
  };
}
