import { describe, expect, it } from 'vitest';
import { serviceNormShares, waitNormShares, withinNorm } from '../src/index.js';
import { byKey, handFacts, query } from './hand-facts.js';

/*
 * Within the wait norm (10 min): waits [5,3,8,5,1,5,0,23] → all but А003’s 23 → 7 of 8 = 87.5 %.
 *   hour 09: 6 of 6 = 100 % · hour 10: [0,23] → 1 of 2 = 50 %.
 * Within the service norm: К001 6 > 5 ✗ · А001 12 ≤ 15 ✓ · А002 7 ≤ 15 ✓ · Р001 2 ≤ 5 ✓ · А003 10 ≤ 15 ✓
 *   → 4 of 5 = 80 %; payment 1 of 2 = 50 %; consult 3 of 3 = 100 %.
 */
describe('shares within the norms', () => {
  const facts = handFacts();

  it('counts a wait at most its norm as within', () => {
    expect(waitNormShares(facts, query('topic')).total).toMatchObject({ n: 8, within: 7, share: 0.875 });
    const hours = byKey(waitNormShares(facts, query('hour')));
    expect(hours['09']?.share).toBe(1);
    expect(hours['10']?.share).toBe(0.5);
  });

  it('compares each service with its own topic’s or group’s norm', () => {
    expect(serviceNormShares(facts, query('topic')).total).toMatchObject({ n: 5, within: 4, share: 0.8 });
    const topics = byKey(serviceNormShares(facts, query('topic')));
    expect(topics.payment?.share).toBe(0.5);
    expect(topics.consult?.share).toBe(1);
  });

  it('treats exactly the norm as within, and no data as no share', () => {
    expect(withinNorm([{ ms: 10 * 60_000, normMin: 10 }]).share).toBe(1);
    expect(withinNorm([{ ms: 10 * 60_000 + 1, normMin: 10 }]).share).toBe(0);
    expect(withinNorm([]).share).toBeNull();
  });
});
