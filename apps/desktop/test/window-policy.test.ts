import { describe, expect, it } from 'vitest';
import { blocksInput, isAdminChord, type KeyInput, windowPolicy } from '../src/window-policy.js';

const paths = { preload: '/app/dist/preload.cjs', preloadArguments: ['--queue-desktop=x'] };
const kiosk = windowPolicy('kiosk', paths);
const board = windowPolicy('board', paths);
const operator = windowPolicy('operator', paths);

const key = (k: string, code: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  type: 'keyDown',
  key: k,
  code,
  control: false,
  alt: false,
  shift: false,
  meta: false,
  ...mods,
});

describe('window policy', () => {
  it.each([
    ['kiosk', kiosk],
    ['board', board],
  ])(
    'locks the %s: kiosk mode, full screen, no frame, no menu, on top, cannot be closed or moved',
    (_role, policy) => {
      expect(policy.locked).toBe(true);
      expect(policy.options).toMatchObject({
        kiosk: true,
        fullscreen: true,
        frame: false,
        autoHideMenuBar: true,
        alwaysOnTop: true,
        closable: false,
        minimizable: false,
        movable: false,
        resizable: false,
      });
      expect(policy.fixedZoom).toBe(true);
      expect(policy.preventDisplaySleep).toBe(true);
      expect(policy.options.webPreferences?.zoomFactor).toBe(1);
      expect(policy.switches).toContainEqual(['disable-pinch']);
      expect(policy.switches).toContainEqual(['overscroll-history-navigation', '0']);
    },
  );

  it('gives the operator an ordinary window that can be resized, zoomed and closed', () => {
    expect(operator.locked).toBe(false);
    expect(operator.fixedZoom).toBe(false);
    expect(operator.options.kiosk).toBeUndefined();
    expect(operator.options.fullscreen).toBeUndefined();
    expect(operator.options.closable).toBeUndefined();
    expect(operator.options.width).toBeGreaterThanOrEqual(1024);
    expect(operator.switches).toEqual([]);
  });

  it.each([
    ['kiosk', kiosk],
    ['board', board],
    ['operator', operator],
  ])('never gives the %s page Node or developer tools, only the preload bridge', (_role, policy) => {
    expect(policy.options.webPreferences).toMatchObject({
      preload: '/app/dist/preload.cjs',
      additionalArguments: ['--queue-desktop=x'],
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      devTools: false,
      webSecurity: true,
    });
  });

  it('lets the board play sound without a click, and nobody else', () => {
    expect(board.options.webPreferences?.autoplayPolicy).toBe('no-user-gesture-required');
    expect(board.switches).toContainEqual(['autoplay-policy', 'no-user-gesture-required']);
    expect(board.options.webPreferences?.backgroundThrottling).toBe(false);
    for (const policy of [kiosk, operator]) {
      expect(policy.options.webPreferences?.autoplayPolicy).not.toBe('no-user-gesture-required');
      expect(policy.switches.some(([name]) => name === 'autoplay-policy')).toBe(false);
    }
  });
});

describe('keys on a locked window', () => {
  const ways_out: [string, KeyInput][] = [
    ['Alt+F4', key('F4', 'F4', { alt: true })],
    ['Ctrl+W', key('w', 'KeyW', { control: true })],
    ['Ctrl+Shift+W', key('W', 'KeyW', { control: true, shift: true })],
    ['Ctrl+Q', key('q', 'KeyQ', { control: true })],
    ['Cmd+Q', key('q', 'KeyQ', { meta: true })],
    ['F11', key('F11', 'F11')],
    ['Escape', key('Escape', 'Escape')],
    ['Ctrl+R', key('r', 'KeyR', { control: true })],
    ['F5', key('F5', 'F5')],
    ['F12', key('F12', 'F12')],
    ['Ctrl+Shift+I', key('I', 'KeyI', { control: true, shift: true })],
    ['Ctrl+P', key('p', 'KeyP', { control: true })],
    ['Ctrl+=', key('=', 'Equal', { control: true })],
    ['Ctrl+-', key('-', 'Minus', { control: true })],
    ['Ctrl+0', key('0', 'Digit0', { control: true })],
    ['Alt+Left', key('ArrowLeft', 'ArrowLeft', { alt: true })],
    ['BrowserBack', key('BrowserBack', 'BrowserBack')],
    ['ZoomIn', key('ZoomIn', '')],
    ['Ctrl+V outside the settings page', key('v', 'KeyV', { control: true })],
  ];

  it.each(ways_out)(
    'swallows %s on the kiosk and the board, and lets it through for the operator',
    (_name, input) => {
      expect(blocksInput(kiosk, input)).toBe(true);
      expect(blocksInput(board, input)).toBe(true);
      expect(blocksInput(operator, input)).toBe(false);
    },
  );

  it.each([
    ['a letter', key('а', 'KeyF')],
    ['a digit', key('7', 'Digit7')],
    ['Tab', key('Tab', 'Tab')],
    ['Shift+Tab', key('Tab', 'Tab', { shift: true })],
    ['Enter', key('Enter', 'Enter')],
    ['Space', key(' ', 'Space')],
    ['an arrow', key('ArrowDown', 'ArrowDown')],
    ['Backspace', key('Backspace', 'Backspace')],
  ])('lets %s reach the kiosk page, so it works from a keyboard', (_name, input) => {
    expect(blocksInput(kiosk, input)).toBe(false);
  });

  it('lets the clipboard keys through on the settings page only, and still no way out there', () => {
    const paste = key('v', 'KeyV', { control: true });
    expect(blocksInput(kiosk, paste, true)).toBe(false);
    expect(blocksInput(kiosk, key('a', 'KeyA', { control: true }), true)).toBe(false);
    expect(blocksInput(kiosk, key('w', 'KeyW', { control: true }), true)).toBe(true);
    expect(blocksInput(kiosk, key('v', 'KeyV', { control: true, alt: true }), true)).toBe(true);
    expect(blocksInput(kiosk, key('F4', 'F4', { alt: true }), true)).toBe(true);
  });

  it('opens the administrator page on Ctrl+Alt+Shift+S, by the key, in any layout', () => {
    expect(isAdminChord(key('S', 'KeyS', { control: true, alt: true, shift: true }))).toBe(true);
    expect(isAdminChord(key('Ы', 'KeyS', { control: true, alt: true, shift: true }))).toBe(true);
    expect(
      isAdminChord({ ...key('S', 'KeyS', { control: true, alt: true, shift: true }), type: 'keyUp' }),
    ).toBe(false);
    expect(isAdminChord(key('S', 'KeyS', { control: true, shift: true }))).toBe(false);
    expect(isAdminChord(key('s', 'KeyS'))).toBe(false);
  });
});
