import { describe, expect, it } from 'vitest';
import { priorityVisits } from '../src/index.js';
import { MIN } from './office-day.js';
import { handFacts, query } from './hand-facts.js';

/* А002 (out of turn, 004 §6.7) issued 09:10, called 09:18 → one visitor, waited 8 minutes. */
describe('out-of-turn visitors', () => {
  const facts = handFacts();

  it('counts them and their wait for the first call', () => {
    expect(priorityVisits(facts, query('topic')).total).toEqual({
      visitors: 1,
      called: 1,
      avgWaitMs: 8 * MIN,
      maxWaitMs: 8 * MIN,
    });
  });

  it('never names the category, only that the visit was out of turn', () => {
    expect(JSON.stringify(facts.visits)).not.toContain('disability');
  });
});
