/**
 * Which calls of the public view are new and must be announced. The server keeps the latest calls,
 * each with an id unique per call and per recall (PublicCall.id), so a recall is a new call here.
 *
 * The first view the screen receives only primes the tracker: a display switched on in the middle of
 * the day does not read out the last dozen calls. After a reconnect, calls made during the gap are
 * still announced if they are recent; older ones are already history on the screen.
 */
import type { PublicCall } from '@queue/protocol';

/** A call older than this when the screen first learns of it is shown but not announced. */
export const FRESH_CALL_MS = 60_000;

export interface CallTracker {
  /** The calls not seen before and still fresh at `now`, oldest first (the order they were made). */
  take(calls: readonly PublicCall[], now: number): PublicCall[];
}

export const createCallTracker = (freshMs = FRESH_CALL_MS): CallTracker => {
  let known: Set<string> | null = null;
  return {
    take(calls, now) {
      const previous = known;
      // Only the ids still on the list need remembering: an id that has left it never comes back.
      known = new Set(calls.map((call) => call.id));
      if (previous === null) return [];
      return calls
        .filter((call) => !previous.has(call.id) && now - call.at <= freshMs)
        .sort((a, b) => a.at - b.at || Number(a.id) - Number(b.id));
    },
  };
};
