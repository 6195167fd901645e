import { describe, expect, it } from 'vitest';
import { visitors } from '../src/index.js';
import { byKey, handFacts, query } from './hand-facts.js';

/*
 * Visitors = tickets issued (hand-day.ts):
 *   А001 09:00 consult w1/op1 · К001 09:02 payment k1/cashier · А002 09:10 consult w1/op1 ·
 *   П001 09:20 readings w1/op1 · Р001 09:30 charges w1/op1 (first call at w1) ·
 *   С001 10:05 documents never called · А003 10:10 consult w1/op1
 * → 7; by hour 09: 5, 10: 2; by topic consult 3, the others 1; by window w1 5, k1 1, none 1.
 */
describe('visitors', () => {
  const facts = handFacts();

  it('counts every ticket issued in the period once', () => {
    expect(visitors(facts, query('topic')).total).toBe(7);
  });

  it('groups by the hour of issue, the first topic, the window and operator of the first call', () => {
    expect(byKey(visitors(facts, query('hour')))).toEqual({ '09': 5, '10': 2 });
    expect(byKey(visitors(facts, query('topic')))).toEqual({
      consult: 3,
      payment: 1,
      readings: 1,
      charges: 1,
      documents: 1,
    });
    expect(byKey(visitors(facts, query('window')))).toEqual({ w1: 5, k1: 1, '': 1 });
    expect(byKey(visitors(facts, query('operator')))).toEqual({ op1: 5, cashier: 1, '': 1 });
  });

  it('filters by topic and by window, and counts nothing outside the period', () => {
    expect(visitors(facts, query('hour', { topic: 'consult' })).total).toBe(3);
    expect(visitors(facts, query('hour', { window: 'k1' })).total).toBe(1);
    expect(visitors(facts, { ...query('day'), from: '2026-11-24', to: '2026-11-30' }).total).toBe(0);
  });
});
