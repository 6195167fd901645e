import { createChime } from '@queue/ui';
import { useCallback, useEffect, useRef, useState } from 'react';
import { createHelpAlertTracker } from './help-alert-tracker.js';
import { loadHelpSound, saveHelpSound, workplaceStorage } from './help-sound-setting.js';

/** Rising, unlike the hall's falling «динь-дон»: a call to act, heard in a back office. */
const HELP_TONES: readonly [number, number] = [659.25, 880];

/**
 * The reserve console's sound alert (REGULATIONS §2): a short two-tone chime when a call for help
 * arrives, once per episode (help-alert-tracker.ts), unless turned off at this computer. The visual
 * alert stays the main signal: without Web Audio, or before the page has had a click, the chime is
 * simply skipped.
 */
export const useHelpChime = (episodeIds: readonly string[]) => {
  const [soundOn, setSoundOn] = useState(() => loadHelpSound(workplaceStorage()));
  const tracker = useRef(createHelpAlertTracker());
  const play = useRef<() => void>(() => {});

  useEffect(() => {
    const audio: { context: AudioContext | null } = { context: null };
    const chime = createChime({
      createContext: () => {
        audio.context = new AudioContext();
        return audio.context;
      },
      tones: HELP_TONES,
      durationMs: 700,
      volume: 0.5,
    });
    play.current = () => void chime().catch(() => undefined);
    return () => {
      play.current = () => {};
      void audio.context?.close().catch(() => undefined);
    };
  }, []);

  const key = episodeIds.join(' ');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the ids matter, not a new array per render
  useEffect(() => {
    // The tracker is asked even when the sound is off, so turning it on does not replay an old call.
    if (tracker.current.arrived(episodeIds) && soundOn) play.current();
  }, [key, soundOn]);

  const toggle = useCallback((on: boolean) => {
    saveHelpSound(workplaceStorage(), on);
    setSoundOn(on);
    // Turning it on plays it once: the person hears what to listen for, and the click lets audio start.
    if (on) play.current();
  }, []);

  return { soundOn, toggle };
};
