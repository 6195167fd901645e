import { describe, expect, it } from 'vitest';
import { serviceTimes } from '../src/index.js';
import { MIN } from './office-day.js';
import { byKey, handFacts, query } from './hand-facts.js';

/*
 * Finished services (start → finish, minutes):
 *   К001 09:05→09:11 = 6 (k1, payment, norm 5) · А001 09:06→09:18 = 12 (w1, consult, norm 15) ·
 *   А002 09:18→09:25 = 7 (w1, consult) · Р001 09:40→09:42 = 2 (k1, payment) · А003 10:40→10:50 = 10 (w1)
 *   Р001 at w1 09:31→09:35 ended in a transfer, and А003 10:10→10:12 in a postponement: not finished.
 * All [2,6,7,10,12]: mean 37/5 = 7.4, median 7, p90 rank ⌈4.5⌉ = 5th = 12.
 * Norms: consult 15 (its own), payment 5 (cashier group) → the total has a range 5–15.
 */
describe('service times', () => {
  const facts = handFacts();

  it('measures finished services only', () => {
    const all = serviceTimes(facts, query('topic')).total;
    expect(all).toMatchObject({
      n: 5,
      avgMs: 7.4 * MIN,
      medianMs: 7 * MIN,
      p90Ms: 12 * MIN,
      maxMs: 12 * MIN,
    });
  });

  it('groups by topic and window with each group’s norm', () => {
    const topics = byKey(serviceTimes(facts, query('topic')));
    expect(topics.consult).toMatchObject({ n: 3, avgMs: (29 / 3) * MIN, medianMs: 10 * MIN });
    expect(topics.consult?.norm.normMin).toBe(15);
    expect(topics.payment).toMatchObject({ n: 2, avgMs: 4 * MIN });
    expect(topics.payment?.norm.normMin).toBe(5);
    expect(byKey(serviceTimes(facts, query('operator'))).cashier).toMatchObject({ n: 2, avgMs: 4 * MIN });
  });

  it('reports a range when a group mixes norms', () => {
    const { norm } = serviceTimes(facts, query('topic')).total;
    expect(norm).toMatchObject({ normMin: null, normLowMin: 5, normHighMin: 15 });
  });
});
