import { useCallback, useEffect, useRef, useState } from 'react';
import { WARNING_SEC } from './inactivity-limit.js';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export interface Inactivity {
  /** Seconds left before the reset while the warning shows, else null. */
  secondsLeft: number | null;
  /** «Ещё время»: the count starts again. */
  extend: () => void;
}

/**
 * Back to the start after `seconds` without a touch or a key (DESIGN §5), so an abandoned screen never
 * waits for the next visitor with someone else's choice on it — but never without warning: the last
 * WARNING_SEC are counted down on screen (issue 19). Any touch, «Ещё время» included, starts the count
 * again; `key` restarts it on each new screen.
 */
export const useInactivity = (
  active: boolean,
  seconds: number,
  key: string,
  onIdle: () => void,
): Inactivity => {
  const deadline = useRef(0);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);

  const extend = useCallback(() => {
    deadline.current = Date.now() + seconds * 1000;
    setSecondsLeft(null);
  }, [seconds]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` restarts the count on a new screen
  useEffect(() => {
    setSecondsLeft(null);
    if (!active) return;
    deadline.current = Date.now() + seconds * 1000;
    const tick = setInterval(() => {
      const left = Math.ceil((deadline.current - Date.now()) / 1000);
      if (left <= 0) {
        clearInterval(tick);
        setSecondsLeft(null);
        onIdle();
      } else setSecondsLeft(left <= WARNING_SEC ? left : null);
    }, 250);
    const restart = () => {
      deadline.current = Date.now() + seconds * 1000;
      setSecondsLeft(null);
    };
    for (const type of ACTIVITY) window.addEventListener(type, restart, { passive: true });
    return () => {
      clearInterval(tick);
      for (const type of ACTIVITY) window.removeEventListener(type, restart);
    };
  }, [active, seconds, key, onIdle]);

  return { secondsLeft, extend };
};
