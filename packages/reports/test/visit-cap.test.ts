import { describe, expect, it } from 'vitest';
import { visitCap } from '../src/index.js';
import { MIN } from './office-day.js';
import { byKey, handFacts, query } from './hand-facts.js';

/*
 * Served visits, issue → last finish (cap 30 min, 002 Таблица 5):
 *   А001 09:00→09:18 = 18 · К001 09:02→09:11 = 9 · А002 09:10→09:25 = 15 · Р001 09:30→09:42 = 12 ·
 *   А003 10:10→10:50 = 40 (over)
 *   П001 (no-show) and С001 (cancelled) were not served.
 * → 5 capped, 1 over, 4 of 5 within = 80 %, mean 94/5 = 18.8, longest 40.
 */
describe('visit cap', () => {
  const facts = handFacts();

  it('counts served visits longer than the cap', () => {
    expect(visitCap(facts, query('topic')).total).toEqual({
      capped: 5,
      over: 1,
      withinShare: 0.8,
      avgMs: 18.8 * MIN,
      maxMs: 40 * MIN,
      capMin: 30,
    });
  });

  it('groups by the hour of issue', () => {
    const hours = byKey(visitCap(facts, query('hour')));
    expect(hours['09']).toMatchObject({ capped: 4, over: 0 });
    expect(hours['10']).toMatchObject({ capped: 1, over: 1 });
  });

  it('has nothing to measure under a preset without a cap', () => {
    const uncapped = handFacts();
    for (const v of uncapped.visits) v.visitCapMin = null;
    expect(visitCap(uncapped, query('topic')).total).toMatchObject({ capped: 0, withinShare: null });
  });
});
