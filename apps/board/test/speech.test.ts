import { describe, expect, it } from 'vitest';
import {
  chooseVoice,
  createAnnouncer,
  createSpeaker,
  SpeechFailedError,
  type SpeechSynthesisLike,
  type SpeechUtteranceLike,
  SpeechUnavailableError,
  type SpeechVoiceLike,
} from '../src/announce';

// Compile-time: the real Web Speech objects fit the narrow interfaces the speaker is written against.
type Fits<Narrow, Real extends Narrow> = Real;
export type RealSynthesisFits = Fits<SpeechSynthesisLike, SpeechSynthesis>;
export type RealUtteranceFits = Fits<SpeechUtteranceLike, SpeechSynthesisUtterance>;

const voice = (lang: string, name: string, extra: Partial<SpeechVoiceLike> = {}): SpeechVoiceLike => ({
  lang,
  name,
  default: false,
  localService: true,
  ...extra,
});

class FakeUtterance implements SpeechUtteranceLike {
  lang = '';
  rate = 1;
  voice: SpeechVoiceLike | null = null;
  private readonly listeners = new Map<string, ((event: { error?: string }) => void)[]>();
  constructor(public text: string) {}
  addEventListener(type: 'end' | 'error', listener: (event: { error?: string }) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  fire(type: 'end' | 'error', event: { error?: string } = {}): void {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}

class FakeSynthesis implements SpeechSynthesisLike {
  voices: SpeechVoiceLike[] = [];
  readonly spoken: FakeUtterance[] = [];
  cancelled = 0;
  throwOnSpeak = false;
  getVoices(): SpeechVoiceLike[] {
    return this.voices;
  }
  speak(utterance: SpeechUtteranceLike): void {
    if (this.throwOnSpeak) throw new Error('engine crashed');
    this.spoken.push(utterance as FakeUtterance);
  }
  cancel(): void {
    this.cancelled += 1;
  }
  last(): FakeUtterance {
    const utterance = this.spoken.at(-1);
    if (!utterance) throw new Error('nothing was spoken');
    return utterance;
  }
}

function speakerWith(synthesis: FakeSynthesis, timeoutMs = 5000) {
  return createSpeaker({
    synthesis,
    createUtterance: (text) => new FakeUtterance(text),
    timeoutMs: () => timeoutMs,
  });
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('chooseVoice', () => {
  const english = voice('en-US', 'Samantha', { default: true });
  it('chooses a ru-RU voice when the machine has one', () => {
    const milena = voice('ru-RU', 'Milena');
    expect(chooseVoice([english, milena])).toBe(milena);
  });

  it('prefers the default, then a local ru-RU voice over a network one', () => {
    const online = voice('ru-RU', 'Google русский', { localService: false });
    const local = voice('ru-RU', 'Irina');
    const preferred = voice('ru_RU', 'Pavel', { default: true });
    expect(chooseVoice([online, local])).toBe(local);
    expect(chooseVoice([online, local, preferred])).toBe(preferred);
  });

  it('falls back to any Russian voice, and to none', () => {
    const russian = voice('ru', 'rhvoice');
    expect(chooseVoice([english, russian])).toBe(russian);
    expect(chooseVoice([english])).toBeNull();
    expect(chooseVoice([])).toBeNull();
  });
});

describe('createSpeaker', () => {
  it('speaks in Russian with a Russian voice, a little slower, and settles when the utterance ends', async () => {
    const synthesis = new FakeSynthesis();
    const milena = voice('ru-RU', 'Milena');
    synthesis.voices = [voice('en-GB', 'Daniel'), milena];
    let settled = false;
    const speaking = speakerWith(synthesis)('Талон А один, окно пять').then(() => {
      settled = true;
    });
    await tick();
    const utterance = synthesis.last();
    expect(utterance.text).toBe('Талон А один, окно пять');
    expect(utterance.lang).toBe('ru-RU');
    expect(utterance.voice).toBe(milena);
    expect(utterance.rate).toBeLessThan(1);
    expect(settled).toBe(false);
    utterance.fire('end');
    await speaking;
    expect(settled).toBe(true);
  });

  it('still speaks, marked ru-RU, when no Russian voice is installed', async () => {
    const synthesis = new FakeSynthesis();
    synthesis.voices = [voice('en-US', 'Samantha')];
    const speaking = speakerWith(synthesis)('Талон А один, окно пять');
    const utterance = synthesis.last();
    expect(utterance.voice).toBeNull();
    expect(utterance.lang).toBe('ru-RU');
    utterance.fire('end');
    await expect(speaking).resolves.toBeUndefined();
  });

  it('uses a Russian voice that appears after the first announcement', async () => {
    const synthesis = new FakeSynthesis();
    const speak = speakerWith(synthesis);
    const first = speak('один');
    synthesis.last().fire('end');
    await first;
    synthesis.voices = [voice('ru-RU', 'Milena')];
    const second = speak('два');
    expect(synthesis.last().voice?.name).toBe('Milena');
    synthesis.last().fire('end');
    await second;
  });

  it('rejects on an engine error', async () => {
    const synthesis = new FakeSynthesis();
    const speaking = speakerWith(synthesis)('Талон А один');
    synthesis.last().fire('error', { error: 'synthesis-failed' });
    await expect(speaking).rejects.toThrow(SpeechFailedError);
    await expect(speaking).rejects.toThrow(/synthesis-failed/);
  });

  it('rejects when speak() throws', async () => {
    const synthesis = new FakeSynthesis();
    synthesis.throwOnSpeak = true;
    await expect(speakerWith(synthesis)('Талон А один')).rejects.toThrow(SpeechFailedError);
  });

  it('gives up after the safety timeout, cancelling the stuck utterance, when `end` never comes', async () => {
    const synthesis = new FakeSynthesis();
    const started = performance.now();
    await expect(speakerWith(synthesis, 30)('Талон А один')).rejects.toThrow(/safety timeout/);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
    expect(synthesis.cancelled).toBe(1);
  });

  it('ignores a late `end` after the timeout, and does not cancel speech that ended in time', async () => {
    const synthesis = new FakeSynthesis();
    const speak = speakerWith(synthesis, 30);
    const timedOut = speak('один');
    await expect(timedOut).rejects.toThrow(SpeechFailedError);
    synthesis.last().fire('end');
    const inTime = speak('два');
    synthesis.last().fire('end');
    await inTime;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(synthesis.cancelled).toBe(1);
  });

  it('rejects with SpeechUnavailableError when there is no speech synthesis', async () => {
    await expect(createSpeaker({ synthesis: undefined })('Талон А один')).rejects.toThrow(
      SpeechUnavailableError,
    );
    // Node, like some kiosk browsers, has no speechSynthesis at all.
    await expect(createSpeaker()('Талон А один')).rejects.toThrow(SpeechUnavailableError);
  });

  it('lets the announcer go on chiming every call on a machine without speech', async () => {
    const heard: string[] = [];
    const announcer = createAnnouncer({
      speak: createSpeaker({ synthesis: undefined }),
      chime: async () => {
        heard.push('chime');
      },
      repeat: 2,
      gapMs: 0,
    });
    void announcer.announce({ id: 'c1', ticketNumber: 'А1', window: { label: 'Окно 1' } });
    await announcer.announce({ id: 'c2', ticketNumber: 'Б2', window: { label: 'Окно 2' } });
    expect(heard).toEqual(['chime', 'chime']);
  });
});
