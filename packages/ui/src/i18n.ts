import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

export type Locale = 'ru' | 'en';

/** Texts every screen shares; each app adds its own namespace. Russian first (REGULATIONS §6). */
export const COMMON: Resource = {
  ru: {
    common: {
      connection: {
        online: 'Связь с сервером есть',
        connecting: 'Подключение к серверу…',
        offline: 'Нет связи с сервером. Переподключение…',
        unauthorized: 'Устройство не зарегистрировано. Обратитесь к администратору.',
      },
      language: 'English',
      minutes_one: '{{count}} минута',
      minutes_few: '{{count}} минуты',
      minutes_many: '{{count}} минут',
      minutes_other: '{{count}} минуты',
    },
  },
  en: {
    common: {
      connection: {
        online: 'Connected',
        connecting: 'Connecting…',
        offline: 'No connection to the server. Reconnecting…',
        unauthorized: 'This device is not registered. Please ask the administrator.',
      },
      language: 'Русский',
      minutes_one: '{{count}} minute',
      minutes_other: '{{count}} minutes',
    },
  },
};

/** Starts i18next with the common texts and an app's own resources, Russian by default. */
export const setupI18n = async (resources: Resource, locale: Locale = 'ru') => {
  const merged: Resource = {};
  for (const lng of ['ru', 'en']) merged[lng] = { ...COMMON[lng], ...resources[lng] };
  await i18next.use(initReactI18next).init({
    resources: merged,
    lng: locale,
    fallbackLng: 'ru',
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = locale;
  return i18next;
};

export const switchLocale = async (locale: Locale) => {
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
};
