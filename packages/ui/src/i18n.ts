import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { VALIDATION_TEXTS } from './validation-texts.js';

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
      deviceToken: {
        label: 'Код устройства: QR-код со сканера или код, выданный руководителем офиса',
        submit: 'Подключить',
        invalid: 'Код не распознан. Можно отсканировать QR-код ещё раз.',
      },
      language: 'English',
      signIn: {
        login: 'Логин',
        pin: 'PIN-код',
        submit: 'Войти',
        busy: 'Вход…',
        problem: {
          wrong: 'Неверный логин или PIN-код. Возможно, включена другая раскладка клавиатуры.',
          invalid: 'Для входа нужны логин и PIN-код не короче четырёх знаков.',
          rateLimited: 'Слишком много попыток входа. Повторить можно через минуту.',
          unreachable: 'Нет связи с сервером, вход не выполнен. Можно повторить чуть позже.',
          failed: 'Вход не выполнен. Можно повторить попытку.',
        },
      },
      reportColumns: {
        group: {
          wait: 'Ожидание',
          service: 'Обслуживание',
          outcomes: 'Исходы визитов',
          priority: 'Вне очереди',
        },
        short: {
          waits: 'число',
          waitAvg: 'среднее, мин',
          waitMedian: 'медиана, мин',
          waitP90: '90 %, мин',
          waitNorm: 'норматив, мин',
          waitShare: 'в нормативе, %',
          services: 'число',
          serviceAvg: 'среднее, мин',
          serviceMedian: 'медиана, мин',
          serviceP90: '90 %, мин',
          serviceNorm: 'норматив, мин',
          serviceShare: 'в нормативе, %',
          overCap: 'дольше лимита',
          noShows: 'неявки',
          transfers: 'переводы',
          postpones: 'отложены',
          cancellations: 'отменены',
          unserved: 'приём окончен',
          priority: 'число',
          priorityWait: 'ожидание, мин',
        },
      },
      // Refusals worded here, not by the server (packages/protocol UI_WORDED_CODES): `refusalText`.
      refusal: {
        reception_open:
          'Приём талонов ещё идёт (до {{closesAt}}). Закрыть день можно после окончания приёма.',
        last_window_while_waiting:
          'Сейчас отойти нельзя: ожидающих ({{waiting}} чел.) больше некому принять — другие открытые окна не ведут их темы. Зал не остаётся без сотрудника: сначала должно открыться окно с этими темами.',
        transfer_window_closed:
          'Это окно сейчас закрыто: посетителя там никто не примет. Можно выбрать открытое окно или тему.',
        transfer_topic_unserved:
          'Эту тему сейчас не ведёт ни одно окно: посетителя никто не вызовет. Можно выбрать другую тему или открытое окно.',
        appointment_late:
          'Время записи ({{slotAt}}) прошло {{lateMin}} мин назад. Можно встать в общую очередь сейчас или перенести запись на другое время.',
      },
      minutes_one: '{{count}} минута',
      minutes_few: '{{count}} минуты',
      minutes_many: '{{count}} минут',
      minutes_other: '{{count}} минуты',
      validation: VALIDATION_TEXTS.ru,
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
      deviceToken: {
        label: 'Device code: the QR code from the scanner, or the code the office manager issued',
        submit: 'Connect',
        invalid: 'The code was not recognised. The QR code can be scanned again.',
      },
      language: 'Русский',
      signIn: {
        login: 'Login',
        pin: 'PIN',
        submit: 'Sign in',
        busy: 'Signing in…',
        problem: {
          wrong: 'Wrong login or PIN. Perhaps another keyboard layout is on.',
          invalid: 'A login and a PIN of at least four characters are needed to sign in.',
          rateLimited: 'Too many sign-in attempts. Please try again in a minute.',
          unreachable: 'No connection to the server; you are not signed in. Please try again shortly.',
          failed: 'Sign-in failed. Please try again.',
        },
      },
      reportColumns: {
        group: {
          wait: 'Wait',
          service: 'Service',
          outcomes: 'Outcomes of visits',
          priority: 'Out of turn',
        },
        short: {
          waits: 'count',
          waitAvg: 'mean, min',
          waitMedian: 'median, min',
          waitP90: '90 %, min',
          waitNorm: 'norm, min',
          waitShare: 'within norm, %',
          services: 'count',
          serviceAvg: 'mean, min',
          serviceMedian: 'median, min',
          serviceP90: '90 %, min',
          serviceNorm: 'norm, min',
          serviceShare: 'within norm, %',
          overCap: 'over the cap',
          noShows: 'no-shows',
          transfers: 'transfers',
          postpones: 'postponed',
          cancellations: 'cancelled',
          unserved: 'day over',
          priority: 'count',
          priorityWait: 'wait, min',
        },
      },
      refusal: {
        reception_open:
          'Tickets are still being issued (until {{closesAt}}). The day can be closed once reception ends.',
        last_window_while_waiting:
          'Not possible right now: nobody else could serve the {{waiting}} waiting — the other open windows do not take their topics. The hall is never left without staff: a window with these topics must open first.',
        transfer_window_closed:
          'That window is closed now: nobody there would serve the visitor. Please choose an open window or a topic.',
        transfer_topic_unserved:
          'No window takes this topic now: nobody would call the visitor. Please choose another topic or an open window.',
        appointment_late:
          'The booked time ({{slotAt}}) passed {{lateMin}} min ago. The general queue now, or the booking moved to another time.',
      },
      minutes_one: '{{count}} minute',
      minutes_other: '{{count}} minutes',
      validation: VALIDATION_TEXTS.en,
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
