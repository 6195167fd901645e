import { describe, expect, it } from 'vitest';
import { ALWAYS_OPEN, WEEKDAY_HOURS, demoOffice, isRefusal } from '../src/index.js';
import { MIN, T0, TestOffice, admin, kiosk, op } from './office-fixture.js';

describe('issuing tickets', () => {
  it('numbers per letter per office-local day, starting again the next day', () => {
    const office = new TestOffice();
    expect(office.issue('readings').number).toBe('П001');
    expect(office.issue('readings').number).toBe('П002');
    expect(office.issue('payment').number).toBe('К001');
    // Moscow midnight: the day turns over and numbering restarts.
    office.now = Date.parse('2026-11-24T00:05:00+03:00');
    expect(office.issue('readings').number).toBe('П001');
    expect(office.log.some((e) => e.type === 'day.closed' && e.day === '2026-11-23')).toBe(true);
  });

  it('refuses the kiosk outside reception hours and names the next opening', () => {
    const office = new TestOffice(
      demoOffice({ hours: WEEKDAY_HOURS }),
      Date.parse('2026-11-23T20:30:00+03:00'),
    );
    const refusal = office.try(
      {
        type: 'ticket.issue',
        serviceIds: ['readings'],
        clientType: 'individual',
        priority: null,
        source: 'kiosk',
      },
      kiosk,
    );
    expect(refusal).toEqual({
      code: 'outside_hours',
      details: { nextOpening: Date.parse('2026-11-24T08:00:00+03:00') },
    });
    expect(Object.keys(office.state.tickets)).toHaveLength(0);
    // The administrator may still register a visitor who is in the hall.
    const byAdmin = office.try({
      type: 'ticket.issue',
      serviceIds: ['readings'],
      clientType: 'individual',
      priority: null,
      source: 'administrator',
    });
    expect(isRefusal(byAdmin)).toBe(false);
  });

  it('refuses a topic not offered to the client type, and changes nothing', () => {
    const office = new TestOffice();
    const before = office.state;
    const refusal = office.try(
      {
        type: 'ticket.issue',
        serviceIds: ['org-contract'],
        clientType: 'individual',
        priority: null,
        source: 'kiosk',
      },
      kiosk,
    );
    expect(refusal).toMatchObject({ code: 'service_not_for_client_type' });
    expect(office.state).toBe(before);
  });

  it('raises the out-of-turn alarm for the administrator (004 §6.7.2)', () => {
    const office = new TestOffice();
    const ticket = office.issue('readings', { priority: 'disability' });
    expect(office.state.alarms[`priority:${ticket.id}`]?.kind).toBe('priorityArrived');
  });
});

describe('a visit at a window', () => {
  it('given a window open for payments and three waiting tickets, when the operator calls next, then К001 is called', () => {
    const office = new TestOffice();
    office.open('k1');
    office.issue('payment');
    office.issue('payment');
    office.issue('payment');
    expect(office.callNext('k1').number).toBe('К001');
  });

  it('runs call → start → finish and records the service time', () => {
    const office = new TestOffice();
    office.open('k1');
    const issued = office.issue('payment');
    office.advance(3);
    const ticket = office.serve('k1', 7);
    expect(ticket.id).toBe(issued.id);
    expect(office.fate(issued.id)).toBe('done');
    expect(office.state.tickets[issued.id]).toBeUndefined();
    expect(office.state.serviceTimes.payment).toEqual([7 * MIN]);
    expect(office.state.windows.k1?.ticketId).toBeNull();
  });

  it('serves a multi-topic visit in turn (001 §4.2)', () => {
    const office = new TestOffice();
    office.open('w1');
    office.open('k1');
    const ticket = office.issue('readings', { serviceIds: ['readings', 'payment'] });
    office.serve('w1', 5);
    expect(office.state.tickets[ticket.id]).toMatchObject({ state: 'waiting', serviceIndex: 1 });
    expect(office.callNext('k1').id).toBe(ticket.id);
  });

  it('refuses to call while the window has a visitor, and to act at another operator’s window', () => {
    const office = new TestOffice();
    office.run({ type: 'window.open', windowId: 'w1', services: null }, op('op1'));
    office.issue('readings');
    office.issue('readings');
    office.callNext('w1', op('op1'));
    expect(office.try({ type: 'ticket.callNext', windowId: 'w1' }, op('op1'))).toMatchObject({
      code: 'window_busy',
    });
    expect(office.try({ type: 'ticket.callNext', windowId: 'w1' }, op('op2'))).toMatchObject({
      code: 'not_your_window',
    });
    expect(office.try({ type: 'ticket.callNext', windowId: 'w2' }, op('op1'))).toMatchObject({
      code: 'window_not_open',
    });
  });

  it('recalls up to the limit, then marks the visitor as not come', () => {
    const office = new TestOffice();
    office.open('k1');
    const ticket = office.issue('payment');
    office.callNext('k1');
    office.run({ type: 'ticket.recall', windowId: 'k1' });
    office.run({ type: 'ticket.recall', windowId: 'k1' });
    expect(office.state.tickets[ticket.id]).toMatchObject({ state: 'called', recalls: 2 });
    // Past the limit but within the minute after the call, the visitor is not dropped yet.
    expect(office.try({ type: 'ticket.recall', windowId: 'k1' })).toMatchObject({
      code: 'no_show_too_early',
    });
    office.advance(1);
    const events = office.run({ type: 'ticket.recall', windowId: 'k1' });
    expect(events.map((e) => e.type)).toContain('ticket.noShow');
    expect(office.fate(ticket.id)).toBe('noShow');
  });

  // Given a visitor called at 09:00:00 and the office's minimum time, when the operator marks a no-show
  // some seconds later, then it is refused with the time left, or recorded.
  it.each([
    { afterSec: undefined, atSec: 1, outcome: { code: 'no_show_too_early', remainingSec: 59 } },
    { afterSec: undefined, atSec: 59.5, outcome: { code: 'no_show_too_early', remainingSec: 1 } },
    { afterSec: undefined, atSec: 60, outcome: 'noShow' },
    { afterSec: 120, atSec: 90, outcome: { code: 'no_show_too_early', remainingSec: 30 } },
    { afterSec: 120, atSec: 120, outcome: 'noShow' },
    { afterSec: 10, atSec: 10, outcome: 'noShow' },
  ] as const)(
    'a no-show $atSec s after the call, minimum $afterSec s (default 60): $outcome',
    ({ afterSec, atSec, outcome }) => {
      const config = demoOffice({ hours: ALWAYS_OPEN });
      if (afterSec === undefined) delete config.profile.noShowAfterSec;
      else config.profile.noShowAfterSec = afterSec;
      const office = new TestOffice(config);
      office.open('k1');
      const ticket = office.issue('payment');
      office.callNext('k1');
      const before = office.state;
      office.now += atSec * 1000;
      const result = office.try({ type: 'ticket.noShow', windowId: 'k1' });
      if (outcome === 'noShow') {
        expect(office.fate(ticket.id)).toBe('noShow');
      } else {
        expect(result).toEqual({
          code: outcome.code,
          details: { ticket: ticket.number, afterSec: afterSec ?? 60, remainingSec: outcome.remainingSec },
        });
        expect(office.state).toBe(before);
      }
    },
  );

  it('calls a specific ticket only with a reason, and records it', () => {
    const office = new TestOffice();
    office.open('w1');
    office.issue('readings');
    const second = office.issue('readings');
    expect(
      office.try({ type: 'ticket.call', windowId: 'w1', ticketId: second.id, reason: ' ' }),
    ).toMatchObject({
      code: 'reason_required',
    });
    const events = office.run({
      type: 'ticket.call',
      windowId: 'w1',
      ticketId: second.id,
      reason: 'Повторное обращение',
    });
    expect(events[0]).toMatchObject({
      type: 'ticket.called',
      ticketId: second.id,
      manualReason: 'Повторное обращение',
    });
  });

  it('transfers to another topic keeping the original place in its queue', () => {
    const office = new TestOffice();
    office.open('w1');
    office.open('k1');
    const first = office.issue('readings');
    office.advance(1);
    const laterPayment = office.issue('payment');
    office.callNext('w1');
    office.run({ type: 'ticket.start', windowId: 'w1' });
    office.advance(2);
    office.run({
      type: 'ticket.transfer',
      windowId: 'w1',
      toServiceId: 'payment',
      toWindowId: null,
      reason: 'Оплата в кассе',
    });
    const moved = office.state.tickets[first.id]!;
    expect(moved).toMatchObject({ state: 'waiting', serviceIds: ['payment'], orderAt: first.issuedAt });
    // Issued before К001, so the cashier calls it first.
    expect(office.callNext('k1').id).toBe(first.id);
    expect(laterPayment.issuedAt).toBeGreaterThan(first.issuedAt);
  });

  it('transfers to a named window: only that window may call the visitor', () => {
    const office = new TestOffice();
    office.open('w1');
    office.open('w2');
    const ticket = office.issue('readings');
    office.callNext('w1');
    office.run({
      type: 'ticket.transfer',
      windowId: 'w1',
      toServiceId: null,
      toWindowId: 'w2',
      reason: 'К специалисту по договорам',
    });
    office.open('w3');
    expect(office.try({ type: 'ticket.callNext', windowId: 'w1' })).toMatchObject({ code: 'queue_empty' });
    expect(office.callNext('w2').id).toBe(ticket.id);
  });

  it('meets a visitor with a priority again when they queue anew: transfer, next topic (004 §6.7.2)', () => {
    const office = new TestOffice();
    office.open('w1');
    office.open('k1');
    const ticket = office.issue('readings', { priority: 'disability', serviceIds: ['readings', 'payment'] });
    const key = `priority:${ticket.id}`;
    office.callNext('w1');
    expect(office.state.alarms[key]).toBeUndefined();
    office.run({
      type: 'ticket.transfer',
      windowId: 'w1',
      toServiceId: 'documents',
      toWindowId: null,
      reason: 'Нужна справка',
    });
    expect(office.state.alarms[key]).toMatchObject({ kind: 'priorityArrived', serviceId: 'documents' });
    office.callNext('w1');
    office.run({ type: 'ticket.start', windowId: 'w1' });
    office.run({ type: 'ticket.finish', windowId: 'w1', result: 'resolved' });
    expect(office.state.alarms[key]).toMatchObject({ kind: 'priorityArrived', serviceId: 'payment' });
    // Everyone else queues again without one.
    const plain = office.issue('readings', { serviceIds: ['readings', 'payment'] });
    office.callNext('w1');
    office.run({ type: 'ticket.start', windowId: 'w1' });
    office.run({ type: 'ticket.finish', windowId: 'w1', result: 'resolved' });
    expect(office.state.tickets[plain.id]?.state).toBe('waiting');
    expect(office.state.alarms[`priority:${plain.id}`]).toBeUndefined();
  });

  it('postpones a visitor who comes back ahead of newer tickets', () => {
    const office = new TestOffice();
    office.open('k1');
    const first = office.issue('payment');
    office.callNext('k1');
    office.run({ type: 'ticket.postpone', windowId: 'k1', minutes: 5 });
    const newer = office.issue('payment');
    office.advance(5);
    office.tick();
    expect(office.state.tickets[first.id]?.state).toBe('waiting');
    expect(office.callNext('k1').id).toBe(first.id);
    expect(office.state.tickets[newer.id]?.state).toBe('waiting');
  });

  it('cancels a waiting ticket only with a reason', () => {
    const office = new TestOffice();
    const ticket = office.issue('payment');
    expect(office.try({ type: 'ticket.cancel', ticketId: ticket.id, reason: '' })).toMatchObject({
      code: 'reason_required',
    });
    office.run({ type: 'ticket.cancel', ticketId: ticket.id, reason: 'Посетитель ушёл' });
    expect(office.fate(ticket.id)).toBe('cancelled');
  });
});

describe('windows', () => {
  it('refuses to pause the last open window while people wait (003 §8.3)', () => {
    const office = new TestOffice();
    office.open('w1');
    office.issue('readings');
    expect(office.try({ type: 'window.pause', windowId: 'w1', reason: 'обед' })).toMatchObject({
      code: 'last_window_while_waiting',
      details: { waiting: 1 },
    });
    office.open('w2');
    office.run({ type: 'window.pause', windowId: 'w1', reason: 'обед' });
    expect(office.state.windows.w1).toMatchObject({ status: 'paused', pauseReason: 'обед' });
    office.run({ type: 'window.resume', windowId: 'w1' });
    expect(office.state.windows.w1?.status).toBe('open');
  });

  it('changes services live, and the next call follows them', () => {
    const office = new TestOffice();
    office.open('w3');
    office.issue('payment');
    expect(office.try({ type: 'ticket.callNext', windowId: 'w3' })).toMatchObject({ code: 'queue_empty' });
    office.run({
      type: 'window.setServices',
      windowId: 'w3',
      services: [{ serviceId: 'payment', weight: 1 }],
      reason: 'Очередь в кассу',
    });
    expect(office.callNext('w3').number).toBe('К001');
  });

  it('logs staff in as operator or reserve', () => {
    const office = new TestOffice(undefined, T0);
    office.run(
      { type: 'staff.login', staffId: 'reserve', mode: 'reserve', windowId: null },
      { kind: 'staff', staffId: 'reserve', roles: ['reserve', 'operator'] },
    );
    expect(office.state.staff.reserve?.mode).toBe('reserve');
    office.run({ type: 'staff.logout', staffId: 'reserve' }, admin);
    expect(office.state.staff.reserve).toBeUndefined();
  });
});

describe('acting on a person’s behalf', () => {
  it('the administrator opens a window in an operator’s name, saying why; the event keeps who and why', () => {
    const office = new TestOffice();
    // An override without a reason is refused, and changes nothing.
    for (const reason of [undefined, null, '   ']) {
      expect(
        office.try({ type: 'window.open', windowId: 'w2', services: null, staffId: 'op2', reason }, admin),
      ).toMatchObject({ code: 'reason_required' });
    }
    expect(office.state.windows.w2?.status).toBe('closed');
    const events = office.run(
      {
        type: 'window.open',
        windowId: 'w2',
        services: null,
        staffId: 'op2',
        reason: ' Пульт окна неисправен ',
      },
      admin,
    );
    expect(office.state.windows.w2).toMatchObject({ status: 'open', operatorId: 'op2' });
    expect(events.find((e) => e.type === 'window.opened')).toMatchObject({
      staffId: 'op2',
      reason: 'Пульт окна неисправен',
      actor: { staffId: 'admin' },
    });
    // op2 now works there as if they had opened it; another operator may not.
    office.issue('contract');
    expect(office.try({ type: 'ticket.callNext', windowId: 'w2' }, op('op2'))).not.toHaveProperty('code');
  });

  it('an operator may not open a window in someone else’s name', () => {
    const office = new TestOffice();
    expect(
      office.try({ type: 'window.open', windowId: 'w2', services: null, staffId: 'op1' }, op('op2')),
    ).toMatchObject({ code: 'not_permitted' });
    expect(
      office.try({ type: 'window.open', windowId: 'w2', services: null, staffId: 'ghost' }, admin),
    ).toMatchObject({
      code: 'unknown_staff',
    });
  });
});
