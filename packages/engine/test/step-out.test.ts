import { describe, expect, it } from 'vitest';
import { ALWAYS_OPEN, type Actor, demoOffice, isRefusal } from '../src/index.js';
import { MIN, TestOffice } from './office-fixture.js';

/** «Выйду ненадолго» from the visitor's phone (issue 18), as given/when/then. */
const visitor: Actor = { kind: 'visitor' };

const office = (rules?: { stepOutMaxMin: number; stepOutTimes: number; enabled?: boolean }) =>
  new TestOffice({
    ...demoOffice({ hours: ALWAYS_OPEN }),
    ...(rules ? { phonePage: { url: null, ...rules } } : {}),
  });

describe('the visitor steps out from their phone', () => {
  it('given А001 and А002 waiting, when А001 steps out for 10 minutes, then window 1 calls А002, and А001 comes back ahead of newer tickets', () => {
    const o = office();
    const first = o.issue('readings');
    const second = o.issue('readings');
    const events = o.run({ type: 'ticket.stepOut', ticketId: first.id, minutes: 10 }, visitor);
    expect(events.map((e) => e.type)).toContain('ticket.steppedOut');
    expect(o.state.tickets[first.id]).toMatchObject({
      state: 'postponed',
      postponedUntil: o.now + 10 * MIN,
      stepOuts: 1,
    });
    o.open('w1');
    expect(o.serve('w1', 2).id).toBe(second.id);
    o.issue('readings');
    o.advance(9);
    expect(o.state.tickets[first.id]?.state).toBe('postponed');
    o.advance(1).run({ type: 'clock.tick' });
    expect(o.state.tickets[first.id]?.state).toBe('waiting');
    // Their place is kept: issued before the third ticket, called before it.
    expect(o.callNext('w1').id).toBe(first.id);
  });

  it('given a visitor who stepped out, when they say they are back, then they wait again at once', () => {
    const o = office();
    const ticket = o.issue('readings');
    o.run({ type: 'ticket.stepOut', ticketId: ticket.id, minutes: 20 }, visitor);
    o.advance(3).run({ type: 'ticket.stepIn', ticketId: ticket.id }, visitor);
    expect(o.state.tickets[ticket.id]).toMatchObject({ state: 'waiting', postponedUntil: null });
  });

  it('given a called visitor, when they try to step out, then it is refused: the window expects them', () => {
    const o = office();
    const ticket = o.issue('readings');
    o.open('w1');
    o.callNext('w1');
    const outcome = o.try({ type: 'ticket.stepOut', ticketId: ticket.id, minutes: 5 }, visitor);
    expect(isRefusal(outcome) && outcome.code).toBe('ticket_not_waiting');
  });

  it.each([
    { rules: { stepOutMaxMin: 15, stepOutTimes: 2 }, minutes: 15, times: 2, refusedAt: 'third' },
    { rules: { stepOutMaxMin: 60, stepOutTimes: 0 }, minutes: 5, times: 0, refusedAt: 'first' },
  ])(
    'given the office’s rules $rules, then $times step-outs of $minutes min are allowed and the $refusedAt is refused',
    ({ rules, minutes, times }) => {
      const o = office(rules);
      const ticket = o.issue('readings');
      for (let i = 0; i < times; i++) {
        o.run({ type: 'ticket.stepOut', ticketId: ticket.id, minutes }, visitor);
        o.run({ type: 'ticket.stepIn', ticketId: ticket.id }, visitor);
      }
      const outcome = o.try({ type: 'ticket.stepOut', ticketId: ticket.id, minutes }, visitor);
      expect(isRefusal(outcome) && outcome.code).toBe('step_out_limit');
    },
  );

  it('given a rule of at most 15 minutes, when the visitor asks for 16, then it is refused and says the limit', () => {
    const o = office({ stepOutMaxMin: 15, stepOutTimes: 1 });
    const ticket = o.issue('readings');
    const outcome = o.try({ type: 'ticket.stepOut', ticketId: ticket.id, minutes: 16 }, visitor);
    expect(outcome).toEqual({ code: 'step_out_too_long', details: { maxMin: 15 } });
  });

  it('gives every ticket the nonce of its command as its phone token', () => {
    const o = office();
    expect(o.issue('readings').phoneToken).toBe('test');
  });

  it('given the manager switched the phone page off, then new tickets carry no page token, and a page still open cannot step out', () => {
    const o = office({ stepOutMaxMin: 30, stepOutTimes: 3 });
    const before = o.issue('readings');
    expect(before.phoneToken).toBe('test');
    o.run({
      type: 'config.replace',
      config: {
        ...o.state.config,
        phonePage: { url: null, stepOutMaxMin: 30, stepOutTimes: 3, enabled: false },
      },
      reason: 'Страница на телефоне пока не нужна',
    });
    const after = o.issue('readings');
    expect(after.phoneToken).toBeUndefined();
    const refused = o.try({ type: 'ticket.stepOut', ticketId: before.id, minutes: 5 }, visitor);
    expect(isRefusal(refused) && refused).toMatchObject({ code: 'step_out_limit', details: { times: 0 } });
    expect(o.state.tickets[before.id]?.state).toBe('waiting');
  });
});
