/**
 * Russian by default, English on request, for the shell's own pages. Elements carry `data-i18n` keys;
 * their Russian text is what the HTML says, the English comes from the page's dictionary.
 */
import type { Language, ShellText } from '../shell-text.js';

export interface PageLanguage {
  readonly current: Language;
  /** A text from the main process in the page's language. */
  say(text: ShellText): string;
}

export function setupLanguage(
  english: Record<string, string>,
  button: HTMLButtonElement,
  onChange: () => void,
): PageLanguage {
  const elements = [...document.querySelectorAll<HTMLElement>('[data-i18n]')];
  const russian = new Map(elements.map((element) => [element, element.textContent ?? '']));
  let current: Language = 'ru';

  const apply = () => {
    document.documentElement.lang = current;
    for (const element of elements) {
      const key = element.dataset.i18n ?? '';
      element.textContent =
        current === 'en' ? (english[key] ?? russian.get(element) ?? '') : (russian.get(element) ?? '');
    }
    // The button offers the other language, in that language.
    button.textContent = current === 'en' ? 'Русский' : 'English';
    button.lang = current === 'en' ? 'ru' : 'en';
    onChange();
  };
  button.addEventListener('click', () => {
    current = current === 'ru' ? 'en' : 'ru';
    apply();
  });

  return {
    get current() {
      return current;
    },
    say: (text) => text[current],
  };
}
