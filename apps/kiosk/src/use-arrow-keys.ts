import { type RefObject, useEffect } from 'react';

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex="0"]';
/** Keys an input or a list box uses itself. */
const OWN_KEYS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/**
 * Full keyboard operation of the kiosk (a keypad or a keyboard at an accessible seat, 004 §6.7.7): Tab
 * and the arrows move between choices in reading order, Enter chooses, Escape goes back.
 */
export const useArrowKeys = (root: RefObject<HTMLElement | null>, onEscape: () => void) => {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key === 'Escape') {
        onEscape();
        return;
      }
      const forward = event.key === 'ArrowDown' || event.key === 'ArrowRight';
      const backward = event.key === 'ArrowUp' || event.key === 'ArrowLeft';
      if ((!forward && !backward) || (target && OWN_KEYS.has(target.tagName))) return;
      const items = Array.from(root.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? []);
      if (items.length === 0) return;
      event.preventDefault();
      const index = target ? items.indexOf(target) : -1;
      const next =
        index === -1
          ? forward
            ? 0
            : items.length - 1
          : (index + (forward ? 1 : -1) + items.length) % items.length;
      items[next]?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [root, onEscape]);
};
