import { describe, expect, it } from 'vitest';
import { idleTime } from '../src/index.js';
import { MIN } from './office-day.js';
import { byKey, handFacts, query } from './hand-facts.js';

/*
 * w1 (open 09:00–11:00, serves individuals’ topics) was free while someone it serves waited:
 *   09:00–09:05 А001 waiting = 5 · 09:30–09:31 Р001 waiting = 1 · 10:05–10:08 С001 waiting = 3 ·
 *   10:17–10:40 А003 back in the queue = 23
 *   (09:27–09:30 and 10:12–10:17 it was free with nobody to call; Р001 09:35–09:40 waited for the
 *   cashier, whom w1 does not serve) → 32 min: 6 in hour 09, 26 in hour 10.
 * k1 (payment): 09:02–09:05 К001 = 3 · 09:35–09:40 Р001 after its transfer = 5 → 8 min.
 */
describe('windows idle while people waited', () => {
  const facts = handFacts();

  it('sums the time a free window had someone it could call', () => {
    const windows = byKey(idleTime(facts, query('window')));
    expect(windows.w1?.idleWhileWaitingMs).toBe(32 * MIN);
    expect(windows.k1?.idleWhileWaitingMs).toBe(8 * MIN);
    expect(idleTime(facts, query('window')).total.idleWhileWaitingMs).toBe(40 * MIN);
  });

  it('cuts the time at office-local hours', () => {
    const hours = byKey(idleTime(facts, query('hour', { window: 'w1' })));
    expect(hours['09']?.idleWhileWaitingMs).toBe(6 * MIN);
    expect(hours['10']?.idleWhileWaitingMs).toBe(26 * MIN);
  });
});
