import { useEffect } from 'react';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Back to the start after `seconds` without a touch or a key (DESIGN §5), so an abandoned screen never
 * waits for the next visitor with someone else's choice on it. `key` restarts the count on each screen.
 */
export const useInactivity = (active: boolean, seconds: number, key: string, onIdle: () => void) => {
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` restarts the count on a new screen
  useEffect(() => {
    if (!active) return;
    let timer = setTimeout(onIdle, seconds * 1000);
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(onIdle, seconds * 1000);
    };
    for (const type of ACTIVITY) window.addEventListener(type, restart, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, restart);
    };
  }, [active, seconds, key, onIdle]);
};
