import { describe, expect, it } from 'vitest';
import { dailyShares, hourlyProfile, waitDistribution } from '../src/index.js';
import { MIN } from './office-day.js';
import { handFacts, query } from './hand-facts.js';

/*
 * By hour: 09 → 5 visitors, waits [5,3,8,5,1,5] mean 4.5 · 10 → 2 visitors, waits [0,23] mean 11.5.
 * By day (23.11 only has data): wait within 7/8, service within 4/5.
 * Distribution of waits [0,1,3,5,5,5,8,23] in 5-minute bins: [0,5) 3 · [5,10) 4 · [10,15) 0 ·
 * [15,20) 0 · [20,25) 1 — and nothing after.
 */
describe('chart data', () => {
  const facts = handFacts();

  it('profiles visitors and mean wait by hour', () => {
    expect(hourlyProfile(facts, query('hour'))).toEqual([
      { hour: 9, visitors: 5, avgWaitMs: 4.5 * MIN },
      { hour: 10, visitors: 2, avgWaitMs: 11.5 * MIN },
    ]);
  });

  it('lists every day of the period, with no share for a day without data', () => {
    const days = dailyShares(facts, { ...query('day'), to: '2026-11-24' });
    expect(days.map((d) => [d.day, d.visitors, d.wait.share, d.service.share])).toEqual([
      ['2026-11-23', 7, 0.875, 0.8],
      ['2026-11-24', 0, null, null],
    ]);
  });

  it('bins waits by five minutes', () => {
    expect(waitDistribution(facts, query('hour')).map((b) => [b.fromMin, b.toMin, b.count])).toEqual([
      [0, 5, 3],
      [5, 10, 4],
      [10, 15, 0],
      [15, 20, 0],
      [20, 25, 1],
    ]);
  });
});
