import { describe, expect, it } from 'vitest';
import { expectedServiceMs, forecast } from '../src/index.js';
import { MIN, TestOffice } from './office-fixture.js';

describe('forecast, computed by hand', () => {
  it('one idle cashier, three waiting: calls at +0, +10, +20 minutes (the norm, no data yet)', () => {
    const office = new TestOffice();
    office.open('k1');
    const tickets = [office.issue('payment'), office.issue('payment'), office.issue('payment')];
    const f = forecast(office.state, office.now);
    expect(tickets.map((t) => f.tickets[t.id]?.at)).toEqual([
      office.now,
      office.now + 10 * MIN,
      office.now + 20 * MIN,
    ]);
    expect(tickets.map((t) => f.tickets[t.id]?.ahead)).toEqual([0, 1, 2]);
    expect(f.windows).toEqual({ k1: 3 });
  });

  it('two windows share a topic: the third visitor goes to whichever frees first', () => {
    const office = new TestOffice();
    office.open('w1');
    office.open('w2');
    const [a, b, c] = [office.issue('readings'), office.issue('readings'), office.issue('readings')];
    const f = forecast(office.state, office.now);
    expect(f.tickets[a!.id]).toMatchObject({ at: office.now, windowId: 'w1' });
    expect(f.tickets[b!.id]).toMatchObject({ at: office.now, windowId: 'w2' });
    expect(f.tickets[c!.id]).toMatchObject({ at: office.now + 10 * MIN, windowId: 'w1' });
    expect(f.windows).toEqual({ w1: 2, w2: 1 });
  });

  it('learns the pace from this office’s recent services of the topic', () => {
    const office = new TestOffice();
    office.open('k1');
    office.issue('payment');
    office.serve('k1', 4);
    office.issue('payment');
    office.serve('k1', 6);
    expect(expectedServiceMs(office.state, 'payment')).toBe(5 * MIN);
    // A visitor being served for 2 minutes frees the window in 3 more (average 5).
    office.issue('payment');
    office.callNext('k1');
    office.run({ type: 'ticket.start', windowId: 'k1' });
    office.advance(2);
    const next = office.issue('payment');
    expect(forecast(office.state, office.now).tickets[next.id]?.at).toBe(office.now + 3 * MIN);
  });

  it('a ticket no open window serves has no call time, and counts earlier tickets of its topic ahead', () => {
    const office = new TestOffice();
    office.issue('payment');
    const second = office.issue('payment');
    expect(forecast(office.state, office.now).tickets[second.id]).toEqual({
      at: null,
      windowId: null,
      ahead: 1,
    });
  });
});
