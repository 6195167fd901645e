import type { OfficeClient } from '@queue/client';
import type { PublicView } from '@queue/protocol';
import { createContext, useContext, useEffect } from 'react';
import { useStore } from 'zustand';
import type { AdminSignIn } from '@queue/ui';
import { type KioskSpeaker, speechLang } from './kiosk-speech.js';
import type { KioskActions, KioskState, KioskStore } from './kiosk-store.js';

export interface Kiosk {
  store: KioskStore;
  actions: KioskActions;
  client: OfficeClient<PublicView>;
  token: string;
  speaker: KioskSpeaker;
  signIn: (login: string, pin: string) => Promise<AdminSignIn>;
}

export const KioskContext = createContext<Kiosk | null>(null);

export const useKiosk = (): Kiosk => {
  const kiosk = useContext(KioskContext);
  if (!kiosk) throw new Error('useKiosk outside the kiosk');
  return kiosk;
};

export const useKioskState = <T,>(select: (state: KioskState) => T): T => useStore(useKiosk().store, select);

/** Reads the screen aloud in speech mode: when it appears, when its text changes, and when speech is switched on. */
export const useScreenSpeech = (text: string) => {
  const { speaker } = useKiosk();
  const speech = useKioskState((s) => s.speech);
  const locale = useKioskState((s) => s.locale);
  useEffect(() => {
    if (speech && text) speaker.screen(text, speechLang(locale));
  }, [speech, locale, text, speaker]);
};
