import { describe, expect, it } from 'vitest';
import { type ChimeAudioContext, createChime, DEFAULT_CHIME_TONES } from '../src/chime.js';

// Compile-time: a real browser AudioContext fits the narrow interface the chime is written against, so a
// DOM typing change that broke the fit fails `tsc` here.
type Fits<Narrow, Real extends Narrow> = Real;
export type RealAudioContextFits = Fits<ChimeAudioContext, AudioContext>;

type Automation = [method: string, value: number, time: number];

class FakeParam {
  readonly automation: Automation[] = [];
  setValueAtTime(value: number, time: number): void {
    this.automation.push(['set', value, time]);
  }
  linearRampToValueAtTime(value: number, time: number): void {
    this.automation.push(['linear', value, time]);
  }
  exponentialRampToValueAtTime(value: number, time: number): void {
    this.automation.push(['exponential', value, time]);
  }
}

class FakeGain {
  readonly gain = new FakeParam();
  readonly connectedTo: unknown[] = [];
  connect(destination: unknown): void {
    this.connectedTo.push(destination);
  }
}

class FakeOscillator {
  type: OscillatorType = 'square';
  readonly frequency = new FakeParam();
  readonly connectedTo: unknown[] = [];
  startedAt: number | undefined;
  stoppedAt: number | undefined;
  connect(destination: unknown): void {
    this.connectedTo.push(destination);
  }
  start(when?: number): void {
    this.startedAt = when;
  }
  stop(when?: number): void {
    this.stoppedAt = when;
  }
}

class FakeAudioContext implements ChimeAudioContext {
  currentTime = 12.5;
  state = 'running';
  readonly destination = { name: 'loudspeaker' };
  readonly oscillators: FakeOscillator[] = [];
  readonly gains: FakeGain[] = [];
  /** What `resume()` does: wake up, or hang as a browser does without a user gesture. */
  resumes = true;
  resume(): Promise<void> {
    if (!this.resumes) return new Promise(() => {});
    this.state = 'running';
    return Promise.resolve();
  }
  createOscillator(): FakeOscillator {
    const oscillator = new FakeOscillator();
    this.oscillators.push(oscillator);
    return oscillator;
  }
  createGain(): FakeGain {
    const gain = new FakeGain();
    this.gains.push(gain);
    return gain;
  }
}

function setUp(configure: (context: FakeAudioContext) => void = () => {}) {
  const contexts: FakeAudioContext[] = [];
  const waits: number[] = [];
  const chime = createChime({
    createContext: () => {
      const context = new FakeAudioContext();
      configure(context);
      contexts.push(context);
      return context;
    },
    wait: async (ms) => {
      waits.push(ms);
    },
  });
  return { chime, contexts, waits };
}

describe('createChime', () => {
  it('plays two sine tones, the higher first, each through its own envelope to the loudspeaker', async () => {
    const { chime, contexts } = setUp();
    await chime();
    const context = contexts[0]!;
    expect(context.oscillators).toHaveLength(2);
    const [first, second] = context.oscillators;
    expect(first!.type).toBe('sine');
    expect(second!.type).toBe('sine');
    expect(first!.frequency.automation[0]?.[1]).toBe(DEFAULT_CHIME_TONES[0]);
    expect(second!.frequency.automation[0]?.[1]).toBe(DEFAULT_CHIME_TONES[1]);
    expect(DEFAULT_CHIME_TONES[0]).toBeGreaterThan(DEFAULT_CHIME_TONES[1]);
    expect(first!.startedAt!).toBeLessThan(second!.startedAt!);
    for (const [index, oscillator] of context.oscillators.entries()) {
      const envelope = context.gains[index]!;
      expect(oscillator.connectedTo).toEqual([envelope]);
      expect(envelope.connectedTo).toEqual([context.destination]);
    }
  });

  it('schedules from the context clock and lasts about a second', async () => {
    const { chime, contexts } = setUp();
    await chime();
    const context = contexts[0]!;
    const starts = context.oscillators.map((oscillator) => oscillator.startedAt!);
    const stops = context.oscillators.map((oscillator) => oscillator.stoppedAt!);
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(context.currentTime);
    const length = Math.max(...stops) - Math.min(...starts);
    expect(length).toBeGreaterThan(0.9);
    expect(length).toBeLessThan(1.2);
  });

  it('shapes each tone: silent start, quick rise to the volume, decay to near silence before it stops', async () => {
    const { chime, contexts } = setUp();
    await chime();
    const context = contexts[0]!;
    for (const [index, envelope] of context.gains.entries()) {
      const oscillator = context.oscillators[index]!;
      const [set, rise, decay] = envelope.gain.automation;
      expect(set).toEqual(['set', 0.0001, oscillator.startedAt]);
      expect(rise?.[0]).toBe('linear');
      expect(rise?.[1]).toBe(0.4);
      expect(rise![2] - oscillator.startedAt!).toBeLessThan(0.05);
      expect(decay?.[0]).toBe('exponential');
      expect(decay?.[1]).toBeLessThan(0.001);
      expect(decay![2]).toBeLessThanOrEqual(oscillator.stoppedAt!);
    }
  });

  it('settles once the chime has had time to sound', async () => {
    const { chime, waits } = setUp();
    await chime();
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(1000);
  });

  it('opens one audio context and reuses it', async () => {
    const { chime, contexts } = setUp();
    await chime();
    await chime();
    expect(contexts).toHaveLength(1);
    expect(contexts[0]!.oscillators).toHaveLength(4);
  });

  it('resumes a suspended context, then plays', async () => {
    const { chime, contexts } = setUp((context) => {
      context.state = 'suspended';
    });
    await chime();
    expect(contexts[0]!.state).toBe('running');
    expect(contexts[0]!.oscillators).toHaveLength(2);
  });

  it('rejects without playing when the context stays suspended, instead of hanging the queue', async () => {
    const { chime, contexts, waits } = setUp((context) => {
      context.state = 'suspended';
      context.resumes = false;
    });
    await expect(chime()).rejects.toThrow(/suspended/);
    expect(waits).toEqual([500]);
    expect(contexts[0]!.oscillators).toHaveLength(0);
  });

  it('rejects when there is no Web Audio, and tries again on the next chime', async () => {
    let attempts = 0;
    const chime = createChime({
      createContext: () => {
        attempts += 1;
        throw new ReferenceError('AudioContext is not defined');
      },
      wait: async () => {},
    });
    await expect(chime()).rejects.toThrow(ReferenceError);
    await expect(chime()).rejects.toThrow(ReferenceError);
    expect(attempts).toBe(2);
  });

  it('takes other tones, length and volume', async () => {
    const contexts: FakeAudioContext[] = [];
    const chime = createChime({
      createContext: () => {
        const context = new FakeAudioContext();
        contexts.push(context);
        return context;
      },
      tones: [880, 440],
      durationMs: 600,
      volume: 0.2,
      wait: async () => {},
    });
    await chime();
    const context = contexts[0]!;
    expect(context.oscillators.map((oscillator) => oscillator.frequency.automation[0]?.[1])).toEqual([
      880, 440,
    ]);
    expect(context.gains[0]!.gain.automation[1]?.[1]).toBe(0.2);
    const length = context.oscillators[1]!.stoppedAt! - context.oscillators[0]!.startedAt!;
    expect(length).toBeGreaterThan(0.5);
    expect(length).toBeLessThan(0.7);
  });
});
