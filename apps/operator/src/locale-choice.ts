import type { Locale } from '@queue/ui';

/** The interface language is the operator's own choice on this computer, so it outlives the session. */
const KEY = 'queue.operator.locale';

export const savedLocale = (): Locale => (localStorage.getItem(KEY) === 'en' ? 'en' : 'ru');

export const saveLocale = (locale: Locale): void => localStorage.setItem(KEY, locale);
