import { describe, expect, it } from 'vitest';
import { expectedServiceMs, expectedWalkMs, forecast } from '../src/index.js';
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

  it('every visitor ahead adds the walk from the call to the window, as this office has measured it', () => {
    const office = new TestOffice();
    office.open('k1');
    // Two visits: called, at the window 1 and 2 minutes later, served 4 minutes each.
    for (const walk of [1, 2]) {
      office.issue('payment');
      office.callNext('k1');
      office.advance(walk);
      office.run({ type: 'ticket.start', windowId: 'k1' });
      office.advance(4);
      office.run({ type: 'ticket.finish', windowId: 'k1', result: 'resolved' });
    }
    expect(expectedWalkMs(office.state)).toBe(1.5 * MIN);
    expect(office.state.walkTimes).toEqual([1 * MIN, 2 * MIN]);
    const tickets = [office.issue('payment'), office.issue('payment'), office.issue('payment')];
    const f = forecast(office.state, office.now);
    // Called at once; each call then takes the window 1.5 + 4 minutes.
    expect(tickets.map((t) => ((f.tickets[t.id]?.at ?? 0) - office.now) / MIN)).toEqual([0, 5.5, 11]);
  });

  it('a visitor called and still on the way takes the window for the rest of the walk and the service', () => {
    const office = new TestOffice();
    office.open('k1');
    office.issue('payment');
    office.callNext('k1');
    office.advance(2);
    office.run({ type: 'ticket.start', windowId: 'k1' });
    office.advance(6);
    office.run({ type: 'ticket.finish', windowId: 'k1', result: 'resolved' });
    // Learnt: a 2-minute walk, a 6-minute payment. A visitor called half a minute ago is expected at
    // the window in 1.5 minutes and served until 7.5 minutes from now.
    office.issue('payment');
    office.callNext('k1');
    office.advance(0.5);
    const next = office.issue('payment');
    expect(forecast(office.state, office.now).tickets[next.id]?.at).toBe(office.now + 7.5 * MIN);
  });

  it('a state stored before walks were kept forecasts without them', () => {
    const office = new TestOffice();
    office.open('k1');
    const [a, b] = [office.issue('payment'), office.issue('payment')];
    const { walkTimes: _dropped, ...old } = office.state;
    const f = forecast(old, office.now);
    expect(expectedWalkMs(old)).toBe(0);
    expect([f.tickets[a.id]?.at, f.tickets[b.id]?.at]).toEqual([office.now, office.now + 10 * MIN]);
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
