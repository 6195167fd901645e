import { useEffect, useRef } from 'react';

export interface Shortcut {
  /** `KeyboardEvent.key`, e.g. `F1`: function keys are the same in every keyboard layout. */
  key: string;
  shift?: boolean;
  enabled: boolean;
  run: () => void;
}

/** How the key is written on its button: `F1`, `⇧F9`. */
export const keyLabel = (shortcut: Pick<Shortcut, 'key' | 'shift'>): string =>
  `${shortcut.shift ? '⇧' : ''}${shortcut.key}`;

/** For `aria-keyshortcuts`, so a screen reader announces the key with the button. */
export const ariaKeys = (shortcut: Pick<Shortcut, 'key' | 'shift'>): string =>
  `${shortcut.shift ? 'Shift+' : ''}${shortcut.key}`;

/**
 * The console's keys. A key held down repeats; only the first press counts, so holding F1 never calls
 * a second visitor. While a dialog is open the keys are off: the dialog has its own (1–4, Enter, Esc).
 * Function keys are taken from the browser (F1 help, F3 find, F7 caret browsing) while the console is
 * in front: an operator who presses F1 means "call next", not "open help".
 */
export const useShortcuts = (shortcuts: Shortcut[], active: boolean): void => {
  const current = useRef(shortcuts);
  current.current = shortcuts;
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey) return;
      const shortcut = current.current.find(
        (s) => s.key === event.key && Boolean(s.shift) === event.shiftKey,
      );
      if (!shortcut) return;
      event.preventDefault();
      if (event.repeat || !shortcut.enabled) return;
      shortcut.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);
};
