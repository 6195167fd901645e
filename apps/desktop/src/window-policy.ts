/**
 * How the role window is built and what it lets through (DESIGN §7, issue 3): the kiosk and the hall
 * board are locked full-screen windows — no menu, no zoom, no developer tools, no keyboard way out — and
 * the operator gets an ordinary window. Only Electron's types are imported, so this is tested in plain
 * Node and checked against the real option names by the compiler.
 */
import type { BrowserWindowConstructorOptions, Input } from 'electron';
import type { Role } from './settings.js';

export const WINDOW_TITLE = 'Электронная очередь';

export interface WindowPolicy {
  role: Role;
  /** Full screen, on top, no way out without an administrator (exit-guard.ts). */
  locked: boolean;
  /** Zoom pinned at 100 %: a visitor's pinch or Ctrl + wheel must not leave the kiosk magnified. */
  fixedZoom: boolean;
  /** A kiosk or a hall display that dims after ten minutes looks broken to the hall. */
  preventDisplaySleep: boolean;
  options: BrowserWindowConstructorOptions;
  /** Chromium switches the app sets before it is ready (`app.commandLine.appendSwitch`). */
  switches: readonly (readonly [name: string, value?: string])[];
}

export interface WindowPaths {
  preload: string;
  /** Handed to the preload as `process.argv` (`webPreferences.additionalArguments`). */
  preloadArguments?: string[];
  icon?: string;
}

const LOCKED_ROLES: readonly Role[] = ['kiosk', 'board'];

export function windowPolicy(role: Role, paths: WindowPaths): WindowPolicy {
  const locked = LOCKED_ROLES.includes(role);
  const webPreferences: BrowserWindowConstructorOptions['webPreferences'] = {
    preload: paths.preload,
    additionalArguments: paths.preloadArguments ?? [],
    // The page is a web page from the network: it gets the bridge and nothing of Node.
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    devTools: false,
    spellcheck: false,
    // The hall board speaks calls without anyone touching it (DESIGN §5: chime and voice per call).
    autoplayPolicy: role === 'board' ? 'no-user-gesture-required' : 'document-user-activation-required',
    // A board is never "in the background", but a covered window would otherwise slow its timers.
    backgroundThrottling: role !== 'board',
    ...(locked ? { zoomFactor: 1 } : {}),
  };
  const common: BrowserWindowConstructorOptions = {
    title: WINDOW_TITLE,
    backgroundColor: '#f4f6f8',
    show: false,
    ...(paths.icon ? { icon: paths.icon } : {}),
    webPreferences,
  };
  const options: BrowserWindowConstructorOptions = locked
    ? {
        ...common,
        kiosk: true,
        fullscreen: true,
        frame: false,
        autoHideMenuBar: true,
        alwaysOnTop: true,
        skipTaskbar: true,
        resizable: false,
        movable: false,
        minimizable: false,
        maximizable: false,
        closable: false,
      }
    : { ...common, width: 1280, height: 800, minWidth: 960, minHeight: 600, autoHideMenuBar: false };

  return {
    role,
    locked,
    fixedZoom: locked,
    preventDisplaySleep: locked,
    options,
    switches: locked
      ? [
          // Pinch zoom on a touch screen (setVisualZoomLevelLimits covers the page; this covers the compositor).
          ['disable-pinch'],
          // A two-finger swipe would otherwise go "back" in history.
          ['overscroll-history-navigation', '0'],
          ...(role === 'board' ? ([['autoplay-policy', 'no-user-gesture-required']] as const) : []),
        ]
      : [],
  };
}

export type KeyInput = Pick<Input, 'type' | 'key' | 'code' | 'control' | 'alt' | 'shift' | 'meta'>;

/**
 * The administrator's way in on a locked window with a keyboard: Ctrl + Alt + Shift + S opens the
 * PIN dialog. By physical key, so it works in the Russian layout too (where S types «ы»).
 */
export const isAdminChord = (input: KeyInput): boolean =>
  input.type === 'keyDown' && input.control && input.alt && input.shift && input.code === 'KeyS';

/** Browser keys on multimedia keyboards: back, forward, reload, home, zoom. */
const BROWSER_KEY = /^(Browser|Zoom)/;
const FUNCTION_KEY = /^F\d{1,2}$/;

/** Copy, cut, paste, select all, undo, redo: what an administrator needs to paste a device token. */
const EDITING_CODES = new Set(['KeyA', 'KeyC', 'KeyV', 'KeyX', 'KeyZ', 'KeyY']);

/**
 * Keys a locked window swallows before the page sees them. Every combination with Ctrl, Alt or the
 * system key goes (Alt+F4, Ctrl+W, Ctrl+Q, Ctrl+R, Ctrl+P, Ctrl +/−/0, Alt+← …), every function key
 * (F5 reload, F11 full screen, F12 tools), Escape (it leaves HTML full screen) and the browser keys.
 * Letters, digits, arrows, Tab, Enter, Space and Backspace still reach the page, so a visitor can
 * work the kiosk from a keyboard (004 §6.7.7). `editing` lets the clipboard keys through on the
 * settings page, which only an administrator reaches.
 */
export function blocksInput(policy: WindowPolicy, input: KeyInput, editing = false): boolean {
  if (!policy.locked) return false;
  if (editing && input.control && !input.alt && !input.meta && EDITING_CODES.has(input.code)) return false;
  if (input.control || input.alt || input.meta) return true;
  return input.key === 'Escape' || FUNCTION_KEY.test(input.key) || BROWSER_KEY.test(input.key);
}
