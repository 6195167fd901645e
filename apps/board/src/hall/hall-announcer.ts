/**
 * The hall's voice: each new call gets the chime, then its Russian text `repeat` times, one call after
 * another (announcer-queue.ts). The text is also handed to the screen, which shows it in a live region:
 * what was said is always available in writing too (004 §6.7.8).
 */
import type { PublicCall } from '@queue/protocol';
import { type Announcer, type AnnouncerCall, announcementText, createAnnouncer } from '../announce';
import type { AnnounceSettings } from './announce-settings';

export interface HallAnnouncerOptions {
  settings: AnnounceSettings;
  chime(): Promise<void>;
  speak(text: string): Promise<void>;
  /** Told the text as the announcement of `call` begins to be spoken. */
  onAnnounce?(text: string, call: AnnouncerCall): void;
  onError?(error: unknown, call: AnnouncerCall): void;
  /** Silence between repetitions and between calls. */
  gapMs?: number;
  wait?(ms: number): Promise<void>;
}

export interface HallAnnouncer {
  /** `template` overrides the settings' one for this call (the settings panel's «Прослушать»). */
  announce(call: PublicCall, template?: string): Promise<void>;
  whenIdle(): Promise<void>;
}

export const toAnnouncerCall = (call: PublicCall, template: string): AnnouncerCall => ({
  id: call.id,
  ticketNumber: call.number,
  window: { label: call.windowLabel },
  template,
  locale: 'ru',
});

export const createHallAnnouncer = (options: HallAnnouncerOptions): HallAnnouncer => {
  const announcer: Announcer = createAnnouncer({
    chime: options.chime,
    speak: options.speak,
    repeat: options.settings.repeat,
    gapMs: options.gapMs ?? 700,
    textFor: (call) => {
      const text = announcementText(call);
      options.onAnnounce?.(text, call);
      return text;
    },
    ...(options.onError ? { onError: options.onError } : {}),
    ...(options.wait ? { wait: options.wait } : {}),
  });
  return {
    announce: (call, template = options.settings.template) =>
      announcer.announce(toAnnouncerCall(call, template)),
    whenIdle: () => announcer.whenIdle(),
  };
};
