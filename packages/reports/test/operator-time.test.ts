import { demoOffice } from '@queue/engine';
import { describe, expect, it } from 'vitest';
import { collectFacts, operatorTime } from '../src/index.js';
import { OfficeDay, staff, MIN } from './office-day.js';
import { byKey, handFacts, query } from './hand-facts.js';

/*
 * op1 at w1, 09:00–11:00 (120 min):
 *   service (a visitor called or served): 09:05–09:18 А001 13 · 09:18–09:25 А002 7 · 09:25–09:27 П001 2 ·
 *   09:31–09:35 Р001 4 · 10:10–10:12 А003 2 · 10:40–10:50 А003 10 → 38
 *   pause 10:50–11:00 → 10 · idle 120 − 38 − 10 = 72 · load 38 / (38 + 72)
 *   by hour: 09 service 26, idle 34 · 10 service 12, pause 10, idle 38
 * cashier at k1, 09:00–11:00: service 09:05–09:11 6 + 09:40–09:42 2 = 8 · idle 112.
 */
describe('operator time', () => {
  const facts = handFacts();

  it('splits each operator’s open time into service, pause and idle', () => {
    const operators = byKey(operatorTime(facts, query('operator')));
    expect(operators.op1).toEqual({
      serviceMs: 38 * MIN,
      pauseMs: 10 * MIN,
      idleMs: 72 * MIN,
      load: 38 / 110,
    });
    expect(operators.cashier).toEqual({ serviceMs: 8 * MIN, pauseMs: 0, idleMs: 112 * MIN, load: 8 / 120 });
  });

  it('cuts at office-local hours', () => {
    const hours = byKey(operatorTime(facts, query('hour', { operator: 'op1' })));
    expect(hours['09']).toMatchObject({ serviceMs: 26 * MIN, pauseMs: 0, idleMs: 34 * MIN });
    expect(hours['10']).toMatchObject({ serviceMs: 12 * MIN, pauseMs: 10 * MIN, idleMs: 38 * MIN });
  });

  it('does not count a window left open after reception hours as idle, unless someone waited', () => {
    // Reception 08:00–20:00 on Monday. w2 opens 19:30 and stays open until 21:00 with nobody waiting:
    // idle 19:30–20:00 = 30 counts, 20:00–21:00 does not.
    const day = new OfficeDay(demoOffice(), '2026-11-23');
    const op2 = staff('op2');
    day.at('19:30').run({ type: 'window.open', windowId: 'w2' }, op2);
    day.at('21:00').run({ type: 'window.close', windowId: 'w2' }, op2);
    const late = collectFacts(day.events, day.config);
    expect(operatorTime(late, query('operator')).total).toMatchObject({ serviceMs: 0, idleMs: 30 * MIN });
  });
});
