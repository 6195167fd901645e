import { describe, expect, it } from 'vitest';
import { erlangC, shareWaitingLonger, windowsNeeded } from '../src/index.js';

const MIN = 60_000;

describe('Erlang C and the M/G/c tail', () => {
  it('matches the textbook values', () => {
    // One server: the probability of waiting is the utilisation.
    expect(erlangC(1, 0.5)).toBeCloseTo(0.5, 12);
    // Two servers, a = 1: C = 1/3.
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12);
    // The classic call-centre table: 10 agents, 8 erlangs → 0.409.
    expect(erlangC(10, 8)).toBeCloseTo(0.4092, 3);
    expect(erlangC(3, 3)).toBe(1);
    expect(erlangC(3, 0)).toBe(0);
  });

  it('exponential services: P(W > t) = C · e^(−(c−a)t/S)', () => {
    const load = { perHour: 12, meanMs: 5 * MIN, scv: 1 }; // a = 1
    expect(shareWaitingLonger(2, load, 0)).toBeCloseTo(1 / 3, 12);
    expect(shareWaitingLonger(2, load, 5 * MIN)).toBeCloseTo(Math.exp(-1) / 3, 12);
    // Steadier services (scv 0.3) shorten the tail: 2 / 1.3 times faster decay.
    expect(shareWaitingLonger(2, { ...load, scv: 0.3 }, 5 * MIN)).toBeCloseTo(Math.exp(-2 / 1.3) / 3, 12);
    // Overloaded: everyone waits.
    expect(shareWaitingLonger(1, { ...load, perHour: 13 }, 60 * MIN)).toBe(1);
  });

  it('counts the fewest windows for the norm with the chosen confidence', () => {
    // 30 visitors an hour, 6 minutes each: 3 erlangs. Three windows are never enough; four give
    // C(4,3) = 0.509 and P(W > 20) = 0.509 · e^(−20/6) = 0.018: 98 % within the norm.
    const load = { perHour: 30, meanMs: 6 * MIN, scv: 1 };
    expect(windowsNeeded(load, 20 * MIN, 0.9)).toBe(4);
    expect(windowsNeeded(load, 20 * MIN, 0.99)).toBe(5);
    expect(windowsNeeded({ ...load, perHour: 0 }, 20 * MIN, 0.9)).toBe(0);
    // Nobody waits more than a minute with 90 % confidence: more windows.
    expect(windowsNeeded(load, 1 * MIN, 0.9)).toBeGreaterThan(4);
  });
});
