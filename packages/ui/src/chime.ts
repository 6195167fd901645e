/**
 * An attention chime: two falling tones («динь-дон»), synthesised with the Web Audio API. It needs no
 * sound file and no speech voice, so a board on a machine without a Russian voice (or any voice) still
 * signals every call before its announcement; the operator console's reserve mode sounds it, in its own
 * tones, when a call for help arrives.
 */

/** The parts of Web Audio the chime uses; a real `AudioContext` fits, and so does a test fake. */
export interface ChimeAudioParam {
  setValueAtTime(value: number, time: number): unknown;
  linearRampToValueAtTime(value: number, time: number): unknown;
  exponentialRampToValueAtTime(value: number, time: number): unknown;
}

export interface ChimeGainNode {
  readonly gain: ChimeAudioParam;
  connect(destination: unknown): unknown;
}

export interface ChimeOscillatorNode {
  type: OscillatorType;
  readonly frequency: ChimeAudioParam;
  connect(destination: unknown): unknown;
  start(when?: number): void;
  stop(when?: number): void;
}

export interface ChimeAudioContext {
  readonly currentTime: number;
  readonly state: string;
  readonly destination: unknown;
  resume(): Promise<void>;
  createOscillator(): ChimeOscillatorNode;
  createGain(): ChimeGainNode;
}

export interface ChimeOptions {
  /** Called once, on the first chime: browsers limit how many audio contexts a page may open. */
  createContext: () => ChimeAudioContext;
  /** Frequencies of the two tones, Hz. Default E5 then C5, a falling major third. */
  tones?: readonly [number, number];
  /** Whole chime, both tones, in ms. */
  durationMs?: number;
  /** Peak gain 0–1. */
  volume?: number;
  /**
   * How long to wait for a suspended context to resume. Without a user gesture a browser keeps the
   * context suspended and `resume()` never settles; the desktop shell allows sound without a click
   * (DESIGN §7), a plain browser tab may not, and the announcement queue must not hang on it.
   */
  resumeTimeoutMs?: number;
  /** Waits `ms`; injectable for tests. */
  wait?: (ms: number) => Promise<void>;
}

export const DEFAULT_CHIME_TONES: readonly [number, number] = [659.25, 523.25];

function defaultWait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Returns `chime()`, which schedules both tones and settles when the chime has finished sounding.
 * Rejects when no audio is possible (no Web Audio, or the context stays suspended); the announcer then
 * goes on to the speech.
 */
export function createChime(options: ChimeOptions): () => Promise<void> {
  const [first, second] = options.tones ?? DEFAULT_CHIME_TONES;
  const durationMs = options.durationMs ?? 1000;
  const volume = options.volume ?? 0.4;
  const resumeTimeoutMs = options.resumeTimeoutMs ?? 500;
  const wait = options.wait ?? defaultWait;
  let context: ChimeAudioContext | undefined;

  function tone(audio: ChimeAudioContext, frequency: number, start: number, length: number): void {
    const oscillator = audio.createOscillator();
    const envelope = audio.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.setValueAtTime(frequency, start);
    // A short attack avoids the click of a sine switched on at full level; the exponential decay is
    // how a struck bell fades. Exponential ramps cannot reach 0, hence 0.0001.
    envelope.gain.setValueAtTime(0.0001, start);
    envelope.gain.linearRampToValueAtTime(volume, start + 0.015);
    envelope.gain.exponentialRampToValueAtTime(0.0001, start + length);
    oscillator.connect(envelope);
    envelope.connect(audio.destination);
    oscillator.start(start);
    oscillator.stop(start + length + 0.02);
  }

  return async function chime(): Promise<void> {
    context ??= options.createContext();
    const audio = context;
    if (audio.state === 'suspended') {
      await Promise.race([audio.resume().catch(() => undefined), wait(resumeTimeoutMs)]);
      if (audio.state === 'suspended')
        throw new Error('The audio context is suspended (no user gesture yet)');
    }
    const toneSeconds = durationMs / 2 / 1000;
    const start = audio.currentTime + 0.02;
    tone(audio, first, start, toneSeconds);
    // The second tone starts as the first is still fading, as on a two-bar door chime.
    tone(audio, second, start + toneSeconds * 0.8, toneSeconds * 1.2);
    await wait(durationMs + 40);
  };
}
