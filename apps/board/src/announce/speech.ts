/**
 * The voice of the hall display, on the browser's `speechSynthesis`. A Russian voice is chosen when
 * the machine has one; otherwise the utterance is still marked ru-RU so that the engine picks the
 * closest it has.
 */

/** The parts of the Web Speech API used here; the real objects fit, and so do test fakes. */
export interface SpeechVoiceLike {
  readonly lang: string;
  readonly name: string;
  readonly default: boolean;
  readonly localService: boolean;
}

export interface SpeechUtteranceLike {
  text: string;
  lang: string;
  rate: number;
  voice: SpeechVoiceLike | null;
  addEventListener(type: 'end' | 'error', listener: (event: { error?: string }) => void): void;
}

export interface SpeechSynthesisLike {
  getVoices(): readonly SpeechVoiceLike[];
  speak(utterance: SpeechUtteranceLike): void;
  cancel(): void;
}

export interface SpeakerOptions {
  /** Defaults to the page's `speechSynthesis`; absent on some kiosk browsers and in Node. */
  synthesis?: SpeechSynthesisLike | undefined;
  /** Defaults to `new SpeechSynthesisUtterance(text)`. */
  createUtterance?: (text: string) => SpeechUtteranceLike;
  /** BCP 47 language of the announcements. */
  lang?: string;
  /** Slightly slower than normal reads better over hall noise and a ceiling loudspeaker. */
  rate?: number;
  /**
   * Longest wait for the end of one utterance. Some engines never fire `end` (a known Chromium bug
   * with long-idle pages), which would stall every announcement behind this one. Default: 4 s plus
   * 150 ms per character.
   */
  timeoutMs?: (text: string) => number;
}

export class SpeechUnavailableError extends Error {
  override name = 'SpeechUnavailableError';
}

export class SpeechFailedError extends Error {
  override name = 'SpeechFailedError';
}

/**
 * The ru-RU voice if there is one (the default voice first, then one on this machine, which does not
 * depend on the network), else any Russian voice ('ru', 'ru_RU'), else none.
 */
export function chooseVoice(voices: readonly SpeechVoiceLike[], lang = 'ru-RU'): SpeechVoiceLike | null {
  const normalise = (tag: string): string => tag.replace('_', '-').toLowerCase();
  const wanted = normalise(lang);
  const primary = wanted.split('-')[0] ?? wanted;
  const rank = (voice: SpeechVoiceLike): number => (voice.default ? 0 : 2) + (voice.localService ? 0 : 1);
  const best = (candidates: SpeechVoiceLike[]): SpeechVoiceLike | null =>
    candidates.sort((a, b) => rank(a) - rank(b))[0] ?? null;
  const exact = voices.filter((voice) => normalise(voice.lang) === wanted);
  if (exact.length > 0) return best(exact);
  return best(voices.filter((voice) => normalise(voice.lang).split('-')[0] === primary));
}

// Chromium drops the events of an utterance nobody references any more, so `end` would never come.
const speaking = new Set<SpeechUtteranceLike>();

/**
 * Returns `speak(text)`, settling when the utterance has ended. Rejects with SpeechUnavailableError when
 * the page has no speech synthesis, and with SpeechFailedError on an engine error or the safety timeout
 * (after cancelling, so that a stuck utterance cannot overlap the next announcement).
 */
export function createSpeaker(options: SpeakerOptions = {}): (text: string) => Promise<void> {
  const lang = options.lang ?? 'ru-RU';
  const rate = options.rate ?? 0.9;
  const timeoutFor = options.timeoutMs ?? ((text: string) => 4000 + 150 * text.length);
  const createUtterance =
    options.createUtterance ?? ((text: string): SpeechUtteranceLike => new SpeechSynthesisUtterance(text));

  return (text) => {
    const synthesis: SpeechSynthesisLike | undefined =
      'synthesis' in options ? options.synthesis : globalThis.speechSynthesis;
    if (!synthesis) return Promise.reject(new SpeechUnavailableError('speechSynthesis is not available'));
    return new Promise<void>((resolve, reject) => {
      const utterance = createUtterance(text);
      utterance.lang = lang;
      utterance.rate = rate;
      // Asked on every call: voices load asynchronously and may appear after the first announcement.
      utterance.voice = chooseVoice(synthesis.getVoices(), lang);
      let settled = false;
      const finish = (error?: Error): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        speaking.delete(utterance);
        if (error) reject(error);
        else resolve();
      };
      const timer = setTimeout(() => {
        synthesis.cancel();
        finish(new SpeechFailedError(`speech did not end within the safety timeout: «${text}»`));
      }, timeoutFor(text));
      utterance.addEventListener('end', () => finish());
      utterance.addEventListener('error', (event) =>
        finish(new SpeechFailedError(`speech failed (${event.error ?? 'unknown error'}): «${text}»`)),
      );
      speaking.add(utterance);
      try {
        synthesis.speak(utterance);
      } catch (error) {
        finish(new SpeechFailedError(`speech failed: ${String(error)}`));
      }
    });
  };
}
