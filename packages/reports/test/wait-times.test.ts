import { describe, expect, it } from 'vitest';
import { waitTimes } from '../src/index.js';
import { MIN } from './office-day.js';
import { byKey, handFacts, query } from './hand-facts.js';

/*
 * Waits that ended in a call (minutes), with where they started:
 *   А001 issue 09:00→09:05 = 5 (w1) · К001 09:02→09:05 = 3 (k1) · А002 09:10→09:18 = 8 (w1) ·
 *   П001 09:20→09:25 = 5 (w1) · Р001 09:30→09:31 = 1 (w1) · Р001 transfer 09:35→09:40 = 5 (k1, payment) ·
 *   А003 10:10→10:10 = 0 (w1) · А003 return 10:17→10:40 = 23 (w1)
 *   С001 was cancelled while waiting: no wait time.
 * All: [0,1,3,5,5,5,8,23] → n 8, mean 50/8 = 6.25, median (5+5)/2 = 5, p90 = rank ⌈7.2⌉ = 8th = 23.
 * consult [5,8,0,23]: mean 9, median (5+8)/2 = 6.5, p90 rank ⌈3.6⌉ = 4th = 23.
 * payment [3,5]: mean 4 · w1 [5,8,5,1,0,23]: mean 7 · k1 [3,5]: mean 4.
 * Hour of the wait's start: 09 [5,3,8,5,1,5] mean 4.5 · 10 [0,23] mean 11.5.
 */
describe('wait times', () => {
  const facts = handFacts();

  it('measures each wait from its start to the call: mean, median, 90th percentile', () => {
    const all = waitTimes(facts, query('topic')).total;
    expect(all.n).toBe(8);
    expect(all.avgMs).toBe(6.25 * MIN);
    expect(all.medianMs).toBe(5 * MIN);
    expect(all.p90Ms).toBe(23 * MIN);
    expect(all.maxMs).toBe(23 * MIN);
  });

  it('puts a transferred visitor’s second wait under the topic and window it waited for', () => {
    const topics = byKey(waitTimes(facts, query('topic')));
    expect(topics.consult).toMatchObject({ n: 4, avgMs: 9 * MIN, medianMs: 6.5 * MIN, p90Ms: 23 * MIN });
    expect(topics.payment).toMatchObject({ n: 2, avgMs: 4 * MIN });
    expect(topics.charges).toMatchObject({ n: 1, avgMs: 1 * MIN });
    const windows = byKey(waitTimes(facts, query('window')));
    expect(windows.w1).toMatchObject({ n: 6, avgMs: 7 * MIN });
    expect(windows.k1).toMatchObject({ n: 2, avgMs: 4 * MIN });
  });

  it('groups by the hour the wait began', () => {
    const hours = byKey(waitTimes(facts, query('hour')));
    expect(hours['09']).toMatchObject({ n: 6, avgMs: 4.5 * MIN });
    expect(hours['10']).toMatchObject({ n: 2, avgMs: 11.5 * MIN, medianMs: 11.5 * MIN });
  });

  it('carries the norm in force: 10 minutes for every topic of the preset', () => {
    expect(waitTimes(facts, query('topic')).total.norm).toMatchObject({ normMin: 10, n: 8, within: 7 });
  });
});
