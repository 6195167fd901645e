import type { Screen } from './kiosk-store.js';

/** The last seconds before a reset are counted down on screen, with «Ещё время» (issue 19). */
export const WARNING_SEC = 10;

/**
 * How long a screen waits for a touch before it goes back to the start. The administrator's setting
 * is the time for choosing; a visitor who needed large type or speech gets twice or three times it (a
 * screen read aloud takes longer than one read by eye); the ticket stays at least a minute, long enough
 * to read the number and the wait and to take the paper. Nothing resets without the countdown first.
 */
export const inactivityLimitSec = (
  screen: Screen,
  settingSec: number,
  modes: { contrast: boolean; speech: boolean },
): number => {
  const factor = modes.speech ? 3 : modes.contrast ? 2 : 1;
  const choosing = settingSec * factor;
  const limit = screen === 'ticket' ? Math.max(60, choosing * 2) : choosing;
  // The countdown needs a quiet time before it, or it would be all a visitor sees.
  return Math.max(limit, WARNING_SEC * 2);
};
