/**
 * Wires the hall's voice to the page: one AudioContext for the chime, the browser's speech for the
 * words, and the call tracker over the public view's calls.
 *
 * Sound without a click: the desktop shell allows autoplay (DESIGN §7), so the context starts running
 * by itself. A plain browser keeps it suspended until a user gesture; the screen then offers a discreet
 * «Включить звук» button, and the chime is skipped (the call is on the screen regardless).
 */
import type { PublicCall } from '@queue/protocol';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type ChimeAudioContext, createChime, createSpeaker } from '../announce';
import type { AnnounceSettings } from './announce-settings';
import { createCallTracker } from './call-tracker';
import { createHallAnnouncer, type HallAnnouncer } from './hall-announcer';

export type AudioStatus = 'running' | 'suspended' | 'unavailable';

export interface LastAnnouncement {
  text: string;
  /** How many announcements this screen has begun; a recall of the same ticket counts again. */
  count: number;
}

export interface HallVoice {
  audio: AudioStatus;
  last: LastAnnouncement;
  enableSound(): void;
  /** Queues a sample call with a template being edited, for the settings panel's «Прослушать». */
  preview(call: PublicCall, template: string): void;
}

const statusOf = (context: AudioContext): AudioStatus =>
  context.state === 'running' ? 'running' : context.state === 'suspended' ? 'suspended' : 'unavailable';

export const useHallVoice = (
  calls: readonly PublicCall[] | null,
  now: () => number,
  settings: AnnounceSettings,
): HallVoice => {
  const contextRef = useRef<AudioContext | null>(null);
  const [audio, setAudio] = useState<AudioStatus>('unavailable');
  const [last, setLast] = useState<LastAnnouncement>({ text: '', count: 0 });

  useEffect(() => {
    const AudioContextClass = globalThis.AudioContext;
    if (!AudioContextClass) return;
    let context: AudioContext;
    try {
      context = new AudioContextClass();
    } catch {
      return;
    }
    contextRef.current = context;
    const update = () => setAudio(statusOf(context));
    context.addEventListener('statechange', update);
    update();
    void context
      .resume()
      .catch(() => undefined)
      .then(update);
    return () => {
      context.removeEventListener('statechange', update);
      contextRef.current = null;
      void context.close().catch(() => undefined);
    };
  }, []);

  const announcer: HallAnnouncer = useMemo(
    () =>
      createHallAnnouncer({
        settings,
        chime: createChime({
          createContext: (): ChimeAudioContext => {
            const context = contextRef.current;
            if (!context) throw new Error('Web Audio is not available on this screen');
            return context;
          },
        }),
        speak: createSpeaker({ lang: 'ru-RU' }),
        onAnnounce: (text) => setLast((previous) => ({ text, count: previous.count + 1 })),
        onError: (error) => console.warn('hall announcement:', error),
      }),
    [settings],
  );

  const trackerRef = useRef(createCallTracker());
  useEffect(() => {
    if (!calls) return;
    for (const call of trackerRef.current.take(calls, now())) void announcer.announce(call);
  }, [calls, announcer, now]);

  const enableSound = useCallback(() => {
    const context = contextRef.current;
    if (!context) return;
    void context
      .resume()
      .catch(() => undefined)
      .then(() => setAudio(statusOf(context)));
  }, []);

  const preview = useCallback(
    (call: PublicCall, template: string) => void announcer.announce(call, template),
    [announcer],
  );

  return { audio, last, enableSound, preview };
};
