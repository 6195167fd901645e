import type { ClientType } from '@queue/engine';
import type { WireError } from '@queue/protocol';
import { type Locale, switchLocale } from '@queue/ui';
import { create } from 'zustand';
import type { KioskSettings } from './kiosk-settings.js';

export type Screen =
  | 'start'
  | 'help'
  | 'topics'
  | 'category'
  | 'ticket'
  | 'checkIn'
  | 'error'
  | 'adminPin'
  | 'settings'
  | 'exited';

/** What happened to the paper ticket; whatever it is, the number stays on screen (DESIGN §5). */
export type PrintState = 'printing' | 'printed' | 'failed' | 'notPrinted';

export interface ShownTicket {
  id: string;
  number: string;
  /** The visit's topics in the order they are served (001 §4.2: one ticket, several questions). */
  serviceIds: string[];
  ahead: number;
  expectedWaitMin: number | null;
  /** The key of the visitor's phone page, printed as the QR code's link (issue 18); never shown. */
  phoneToken: string | null;
  /** Asked for help: a member of staff comes to the visitor (004 §6.7.2). Never printed. */
  priority: boolean;
  /** The screen's language when it was taken: the paper's. */
  language: Locale;
  print: PrintState;
}

export interface KioskState {
  screen: Screen;
  clientType: ClientType | null;
  category: string | null;
  /** The visitor chose «Мне нужна помощь»: the ticket is issued for out-of-turn service. */
  priority: boolean;
  /**
   * 001 §4.2: two questions in one visit. While `twoTopics`, the first topic chosen is kept in `chosen`
   * and the second choice issues one ticket for both.
   */
  twoTopics: boolean;
  chosen: string[];
  ticket: ShownTicket | null;
  error: WireError | null;
  busy: boolean;
  /** The administrator behind the PIN, while the settings are open; held in memory only. */
  admin: { name: string; login: string; pin: string } | null;
  settings: KioskSettings;
  /** Modes a visitor switches for themselves (004 §6.7.7); the next visitor starts without them. */
  contrast: boolean;
  speech: boolean;
  locale: Locale;
}

const applyContrast = (on: boolean) => document.documentElement.classList.toggle('contrast', on);

/** The kiosk's flow and modes: one store, so any screen and the inactivity timer see the same state. */
export const createKioskStore = (settings: KioskSettings) =>
  create<KioskState>()(() => ({
    screen: 'start',
    clientType: null,
    category: null,
    priority: false,
    twoTopics: false,
    chosen: [],
    ticket: null,
    error: null,
    busy: false,
    admin: null,
    settings,
    contrast: false,
    speech: false,
    locale: 'ru',
  }));

export type KioskStore = ReturnType<typeof createKioskStore>;

/** Moves of the flow, as plain functions of the store (STYLE: components render and call these). */
export const kioskActions = (store: KioskStore) => {
  const set = store.setState;
  const get = store.getState;
  const flowReset = {
    clientType: null,
    category: null,
    priority: false,
    twoTopics: false,
    chosen: [] as string[],
    ticket: null,
    error: null,
    busy: false,
  };
  return {
    home: () => set({ screen: 'start', ...flowReset, admin: null }),
    /** After inactivity the next visitor starts afresh: the visitor's modes go back to the defaults too. */
    idle: () => {
      set({ screen: 'start', ...flowReset, admin: null, contrast: false, speech: false, locale: 'ru' });
      applyContrast(false);
      window.speechSynthesis?.cancel();
      void switchLocale('ru');
    },
    /**
     * «Получить талон» goes straight to the topics of a private person, the common case; an organisation
     * switches with a tile there. Start → topic or start → group → topic: at most three touches.
     */
    takeTicket: () => set({ screen: 'topics', ...flowReset, clientType: 'individual' }),
    /** «Мне нужна помощь»: every topic at once, so start → topic is two touches (004 §6.7.2). */
    askHelp: () => set({ screen: 'help', ...flowReset, priority: true, clientType: 'individual' }),
    checkIn: () => set({ screen: 'checkIn', ...flowReset }),
    chooseClientType: (clientType: ClientType) => set({ clientType, category: null }),
    chooseCategory: (category: string) => set({ screen: 'category', category }),
    /** «Два вопроса — один талон»: the next topic chosen is the first of two. */
    twoTopics: () => set({ twoTopics: true, chosen: [], screen: 'topics', category: null }),
    /** The first of two topics is kept; the visitor goes back to the first level for the second. */
    chooseFirstTopic: (serviceId: string) => set({ chosen: [serviceId], screen: 'topics', category: null }),
    back: () => {
      const { screen, clientType, twoTopics } = get();
      if (screen === 'category') set({ screen: 'topics', category: null });
      else if (screen === 'topics' && twoTopics) set({ twoTopics: false, chosen: [] });
      else if ((screen === 'topics' || screen === 'help') && clientType === 'organisation')
        set({ clientType: 'individual' });
      else set({ screen: 'start', ...flowReset, admin: null });
    },
    busy: (busy: boolean) => set({ busy }),
    showTicket: (ticket: ShownTicket) => set({ screen: 'ticket', ticket, busy: false, error: null }),
    printed: (ticketId: string, print: PrintState) => {
      const { ticket } = get();
      if (ticket?.id === ticketId) set({ ticket: { ...ticket, print } });
    },
    fail: (error: WireError) => set({ screen: 'error', error, busy: false }),
    openAdmin: () => set({ screen: 'adminPin', ...flowReset }),
    openSettings: (admin: { name: string; login: string; pin: string }) => set({ screen: 'settings', admin }),
    saveSettings: (settings: KioskSettings) => set({ settings }),
    exited: () => set({ screen: 'exited', ...flowReset, admin: null }),
    toggleContrast: () => {
      const contrast = !get().contrast;
      set({ contrast });
      applyContrast(contrast);
    },
    toggleSpeech: () => {
      const speech = !get().speech;
      if (!speech) window.speechSynthesis?.cancel();
      set({ speech });
    },
    toggleLocale: () => {
      const locale: Locale = get().locale === 'ru' ? 'en' : 'ru';
      set({ locale });
      void switchLocale(locale);
    },
  };
};

export type KioskActions = ReturnType<typeof kioskActions>;
