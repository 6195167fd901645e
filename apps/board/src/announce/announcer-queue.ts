/**
 * One announcement at a time (DESIGN §5: "queued so that no announcement cuts another"). Calls often
 * arrive together (two operators press «вызвать» in the same second); each gets its chime and its text
 * in full, in the order the calls arrived.
 */

import { type AnnouncementInput, announcementText } from './announcement-text';

export interface AnnouncerCall extends AnnouncementInput {
  /**
   * Unique per call event. The same event delivered twice (a reconnect replaying it) is announced once;
   * a recall is a new event with its own id and is announced again.
   */
  id: string;
}

export interface AnnouncerOptions {
  /** Speaks one text and settles when it has been said. A rejection means "no voice this time". */
  speak(text: string): Promise<void>;
  /** Plays the attention chime. */
  chime(): Promise<void>;
  /** How many times the text is said per call (after one chime). */
  repeat: number;
  /** Silence between repetitions and after each call, so two announcements never run together. */
  gapMs: number;
  /** Builds the text; `announcementText` by default. */
  textFor?(call: AnnouncerCall): string;
  /** Told about a failed chime or speech, for the board's diagnostics. The queue carries on regardless. */
  onError?(error: unknown, call: AnnouncerCall): void;
  /** Waits `ms`; injectable so tests need not sleep. */
  wait?(ms: number): Promise<void>;
}

export interface Announcer {
  /**
   * Queues a call. The promise settles (never rejects) once this call has been announced; a duplicate
   * id gets the promise of the first.
   */
  announce(call: AnnouncerCall): Promise<void>;
  /** Settles when nothing is playing or waiting. */
  whenIdle(): Promise<void>;
  /** Calls waiting, not counting the one being announced. */
  readonly pending: number;
}

/**
 * How many finished call ids are remembered for deduplication: enough to cover a reconnect's replay,
 * small enough that a board running for weeks does not grow.
 */
const REMEMBERED_IDS = 200;

interface Entry {
  call: AnnouncerCall;
  resolve: () => void;
}

function defaultWait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function createAnnouncer(options: AnnouncerOptions): Announcer {
  const repeat = Math.max(1, Math.floor(options.repeat));
  const gapMs = Math.max(0, options.gapMs);
  const wait = options.wait ?? defaultWait;
  const textFor = options.textFor ?? announcementText;
  const report = (error: unknown, call: AnnouncerCall): void => {
    try {
      options.onError?.(error, call);
    } catch {
      // A broken diagnostics hook must not silence the hall.
    }
  };

  const waiting: Entry[] = [];
  const byId = new Map<string, Promise<void>>();
  const finishedIds: string[] = [];
  let running: Promise<void> | undefined;

  async function play(call: AnnouncerCall): Promise<void> {
    // The chime comes first and on its own: it still draws attention where no voice is installed, and
    // the call is on the screen in any case.
    try {
      await options.chime();
    } catch (error) {
      report(error, call);
    }
    let text: string;
    try {
      text = textFor(call);
    } catch (error) {
      report(error, call);
      return;
    }
    for (let time = 0; time < repeat; time += 1) {
      if (time > 0) await wait(gapMs);
      try {
        await options.speak(text);
      } catch (error) {
        // No voice, or it failed: the remaining repetitions would fail the same way (or each wait out
        // the speech timeout), holding up the calls behind this one.
        report(error, call);
        return;
      }
    }
  }

  function remember(id: string): void {
    finishedIds.push(id);
    while (finishedIds.length > REMEMBERED_IDS) {
      const forgotten = finishedIds.shift();
      if (forgotten !== undefined) byId.delete(forgotten);
    }
  }

  async function drain(): Promise<void> {
    for (let entry = waiting.shift(); entry; entry = waiting.shift()) {
      try {
        await play(entry.call);
        await wait(gapMs);
      } catch (error) {
        // Only an injected `wait` can throw here; the next call is still announced.
        report(error, entry.call);
      }
      remember(entry.call.id);
      entry.resolve();
    }
    running = undefined;
  }

  return {
    announce(call) {
      const known = byId.get(call.id);
      if (known) return known;
      let resolve: () => void = () => {};
      const done = new Promise<void>((settle) => {
        resolve = settle;
      });
      waiting.push({ call, resolve });
      byId.set(call.id, done);
      running ??= drain();
      return done;
    },
    whenIdle() {
      return running ?? Promise.resolve();
    },
    get pending() {
      return waiting.length;
    },
  };
}
