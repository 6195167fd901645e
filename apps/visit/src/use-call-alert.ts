import type { VisitView } from '@queue/protocol';
import { createChime } from '@queue/ui';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createCallTracker } from './call-alert.js';

/** Rising, like the reserve console's call to act; loud enough for a phone in a pocket. */
const CALL_TONES: readonly [number, number] = [659.25, 880];

export type AlertsState = 'off' | 'on' | 'denied';

const notificationsAllowed = () =>
  typeof Notification !== 'undefined' && Notification.permission === 'granted';

/**
 * The call reaches the visitor while the page is open (issue 18): a chime, a vibration, and a system
 * notification where the browser permits one. Browsers let a page sound or ask for notifications only
 * after a tap, so the visitor turns them on with one button; the call is shown on screen regardless.
 */
export const useCallAlert = (view: VisitView | null) => {
  const { t } = useTranslation('visit');
  const tracker = useRef(createCallTracker());
  const chime = useRef<() => Promise<void>>(async () => {});
  // Off until tapped, even where notifications were allowed before: a phone's browser lets the page
  // sound only after a tap on it.
  const [alerts, setAlerts] = useState<AlertsState>('off');

  useEffect(() => {
    let context: AudioContext | null = null;
    chime.current = createChime({
      createContext: () => {
        context = new AudioContext();
        return context;
      },
      tones: CALL_TONES,
      durationMs: 900,
      volume: 0.6,
    });
    return () => void (context as AudioContext | null)?.close().catch(() => undefined);
  }, []);

  useEffect(() => {
    if (!tracker.current.arrived(view) || !view) return;
    void chime.current().catch(() => undefined);
    navigator.vibrate?.([400, 150, 400, 150, 400]);
    if (notificationsAllowed()) {
      try {
        new Notification(t('alerts.notification', { number: view.number, window: view.window ?? '' }), {
          tag: 'queue-call',
          requireInteraction: true,
        });
      } catch {
        // Some mobile browsers allow notifications only from a service worker: the page still sounds.
      }
    }
  }, [view, t]);

  const enable = useCallback(async () => {
    // The tap itself lets audio start; the chime plays once so the visitor knows what to listen for.
    void chime.current().catch(() => undefined);
    if (typeof Notification === 'undefined') {
      setAlerts('denied');
      return;
    }
    const permission = await Notification.requestPermission().catch(() => 'denied' as const);
    setAlerts(permission === 'granted' ? 'on' : 'denied');
  }, []);

  return { alerts, enable };
};
