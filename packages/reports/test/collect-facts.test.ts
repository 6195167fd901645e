import { ALWAYS_OPEN, demoOffice } from '@queue/engine';
import { describe, expect, it } from 'vitest';
import { collectFacts, waitTimes } from '../src/index.js';
import { ADMIN, KIOSK, MIN, OfficeDay, staff } from './office-day.js';
import { query } from './hand-facts.js';

const op1 = staff('op1');

describe('reading the log', () => {
  it('measures each wait against the norm in force when it began', () => {
    // 09:00 А001 waits under the 20-minute norm; 09:10 the manager sets 15; 09:12 А002 waits under 15.
    const day = new OfficeDay(demoOffice(), '2026-11-23');
    day.at('09:00').run({ type: 'window.open', windowId: 'w1' }, op1);
    day.issue('consult');
    const stricter = structuredClone(day.config);
    stricter.groups = stricter.groups.map((g) => ({ ...g, waitNormMin: 15 }));
    day.at('09:10').run({ type: 'config.replace', config: stricter, reason: 'новый стандарт' }, ADMIN);
    day.at('09:12').issue('consult');
    day.at('09:30').callNext('w1', op1);
    day.run({ type: 'ticket.start', windowId: 'w1' }, op1);
    day.at('09:31').run({ type: 'ticket.finish', windowId: 'w1', result: 'resolved' }, op1);
    day.at('09:32').callNext('w1', op1);
    const facts = collectFacts(day.events, day.config);
    // А001 waited 30 > 20; А002 waited 20 > 15.
    expect(facts.waits.map((w) => [w.ms! / MIN, w.normMin])).toEqual([
      [30, 20],
      [20, 15],
    ]);
    expect(waitTimes(facts, query('topic')).total.norm).toMatchObject({ normMin: null, within: 0 });
    expect(facts.config.groups[0]?.waitNormMin).toBe(15);
  });

  it('cuts days and hours in the office’s own zone', () => {
    // Yekaterinburg is UTC+5: 23:30 local on the 23rd is 18:30 UTC, and 00:30 is already the 24th.
    const day = new OfficeDay(
      demoOffice({ timeZone: 'Asia/Yekaterinburg', hours: ALWAYS_OPEN }),
      '2026-11-23',
    );
    day.at('23:30').issue('consult');
    day.now += 60 * MIN;
    day.issue('consult');
    const facts = collectFacts(day.events, day.config);
    expect(facts.visits.map((v) => [v.day, v.hour])).toEqual([
      ['2026-11-23', 23],
      ['2026-11-24', 0],
    ]);
  });

  it('starts a new wait for the next topic of a multi-topic visit (001 §4.2)', () => {
    const day = new OfficeDay(demoOffice({ hours: ALWAYS_OPEN }), '2026-11-23');
    day.at('09:00').run({ type: 'window.open', windowId: 'w1' }, op1);
    day.run(
      {
        type: 'ticket.issue',
        serviceIds: ['consult', 'readings'],
        clientType: 'individual',
        priority: null,
        source: 'kiosk',
      },
      KIOSK,
    );
    day.at('09:01').callNext('w1', op1);
    day.run({ type: 'ticket.start', windowId: 'w1' }, op1);
    day.at('09:05').run({ type: 'ticket.finish', windowId: 'w1', result: 'resolved' }, op1);
    day.at('09:07').callNext('w1', op1);
    const facts = collectFacts(day.events, day.config);
    expect(facts.waits.map((w) => [w.start, w.topicId, w.ms! / MIN])).toEqual([
      ['issue', 'consult', 1],
      ['nextTopic', 'readings', 2],
    ]);
    expect(facts.visits).toHaveLength(1);
  });

  it('ignores events of a ticket issued before the data begins', () => {
    const day = new OfficeDay(demoOffice({ hours: ALWAYS_OPEN }), '2026-11-23');
    day.at('09:00').run({ type: 'window.open', windowId: 'w1' }, op1);
    day.issue('consult');
    const cut = day.events.length;
    day.at('09:05').callNext('w1', op1);
    const facts = collectFacts(day.events.slice(cut), day.config);
    expect(facts.visits).toHaveLength(0);
    expect(facts.waits).toHaveLength(0);
  });
});
