import { ALWAYS_OPEN, demoOffice } from '@queue/engine';
import { describe, expect, it } from 'vitest';
import { overloadStatuses } from '../src/admin/overload-status';
import { topicQueues } from '../src/admin/queue-metrics';
import { ticketRows } from '../src/admin/ticket-rows';
import { windowRows } from '../src/admin/window-rows';
import { BoardOffice, MIN, operator, reserve } from './board-office';

/** The board's reading of the staff view, over offices run by the real engine. */

describe('windows', () => {
  it('shows each window’s state, operator, ticket and the service timer against the norm', () => {
    const office = new BoardOffice();
    office.run({ type: 'window.open', windowId: 'k1' }, operator('cashier'));
    office.issue('payment');
    office.run({ type: 'ticket.callNext', windowId: 'k1' }, operator('cashier'));
    office.advance(1);
    office.run({ type: 'ticket.start', windowId: 'k1' }, operator('cashier'));
    office.advance(9);

    const cashier = windowRows(office.view(), office.now).find((row) => row.config.id === 'k1')!;
    expect(cashier).toMatchObject({
      status: 'open',
      activity: 'serving',
      sinceMs: 9 * MIN,
      serviceNormMs: 10 * MIN,
      level: 'warn',
      served: 0,
    });
    expect(cashier.operator?.fullName).toBe('Васильева Татьяна Андреевна');
    expect(cashier.ticket?.number).toBe('К001');
    office.advance(2);
    expect(windowRows(office.view(), office.now).find((row) => row.config.id === 'k1')?.level).toBe('breach');

    const closed = windowRows(office.view(), office.now).find((row) => row.config.id === 'w2')!;
    expect(closed).toMatchObject({ status: 'closed', activity: 'closed', operator: null, expected: null });
  });

  it('shows a pause with its reason and a called ticket with the time since the call', () => {
    const office = new BoardOffice();
    office.run({ type: 'window.open', windowId: 'w1' }, operator('op1'));
    office.run({ type: 'window.open', windowId: 'w2' }, operator('op2'));
    office.run({ type: 'window.pause', windowId: 'w2', reason: 'Перерыв' }, operator('op2'));
    office.issue('readings');
    office.run({ type: 'ticket.callNext', windowId: 'w1' }, operator('op1'));
    office.advance(1);
    const rows = windowRows(office.view(), office.now);
    expect(rows.find((row) => row.config.id === 'w1')).toMatchObject({ activity: 'called', sinceMs: MIN });
    const paused = rows.find((row) => row.config.id === 'w2')!;
    expect(paused).toMatchObject({ activity: 'paused', sinceMs: MIN, expected: null });
    expect(paused.live?.pauseReason).toBe('Перерыв');
  });
});

describe('queues per topic', () => {
  it('gives waiting, longest wait and the forecast against the norm, with the early warning', () => {
    const office = new BoardOffice();
    office.run({ type: 'window.open', windowId: 'w1' }, operator('op1'));
    office.issue('readings');
    office.advance(4);
    for (let i = 0; i < 2; i++) office.issue('readings');
    let readings = topicQueues(office.view(), office.now).find((q) => q.service.id === 'readings')!;
    // Three people, one window, ten minutes each: the last is expected after 20 minutes, inside the norm.
    expect(readings).toMatchObject({ waiting: 3, longestWaitMs: 4 * MIN, unserved: 0, status: 'ok' });
    expect(readings.forecastWaitMs).toBe(20 * MIN);

    office.issue('readings');
    readings = topicQueues(office.view(), office.now).find((q) => q.service.id === 'readings')!;
    expect(readings.forecastWaitMs).toBe(30 * MIN);
    expect(readings.status).toBe('forecastBreach');

    office.advance(17);
    readings = topicQueues(office.view(), office.now).find((q) => q.service.id === 'readings')!;
    expect(readings.longestWaitMs).toBe(21 * MIN);
    expect(readings.status).toBe('breach');
  });

  it('says when people wait for a topic no open window serves', () => {
    const office = new BoardOffice();
    office.issue('payment');
    const payment = topicQueues(office.view(), office.now).find((q) => q.service.id === 'payment')!;
    expect(payment).toMatchObject({ waiting: 1, unserved: 1, forecastWaitMs: null, status: 'noWindow' });
    expect(topicQueues(office.view(), office.now).find((q) => q.service.id === 'meter')?.status).toBe(
      'empty',
    );
  });
});

describe('visitors in the office', () => {
  it('lists those being served first, then the waiting in forecast order, out-of-turn first', () => {
    const office = new BoardOffice();
    office.run({ type: 'window.open', windowId: 'w1' }, operator('op1'));
    office.issue('readings');
    office.issue('readings');
    office.run({ type: 'ticket.callNext', windowId: 'w1' }, operator('op1'));
    office.issue('readings', 'disability');
    const rows = ticketRows(office.view(), office.now);
    expect(rows.map((row) => [row.ticket.number, row.ticket.state, row.ahead])).toEqual([
      ['П001', 'called', null],
      ['П003', 'waiting', 0],
      ['П002', 'waiting', 1],
    ]);
    expect(rows[1]?.ticket.priority).toBe('disability');
  });
});

/** An office whose topics allow a long wait, so that only the count rule calls for extra staff. */
const countOnlyOffice = () => {
  const config = demoOffice({ hours: ALWAYS_OPEN });
  config.services = config.services.map((service) => ({ ...service, waitNormMin: 600 }));
  return new BoardOffice(config);
};

describe('overload episodes', () => {
  it('names the window, the count, who was told, who accepted and how long it lasts', () => {
    // With the demo's 20-minute norm the forecast would still call once Окно 2 opens (tested below).
    const office = countOnlyOffice();
    office.run({ type: 'staff.login', staffId: 'reserve', mode: 'reserve', windowId: null }, reserve);
    office.run({ type: 'window.open', windowId: 'w1' }, operator('op1'));
    for (let i = 0; i < 6; i++) office.issue('readings');
    office.advance(3);
    let [status] = overloadStatuses(office.view(), office.now);
    expect(status).toMatchObject({
      place: 'Окно 1',
      countAtStart: 6,
      countNow: 6,
      threshold: 5,
      notified: ['Морозов Дмитрий Олегович'],
      acceptedBy: null,
      openedWindow: null,
      durationMs: 3 * MIN,
    });

    office.issue('readings');
    office.run({ type: 'overload.accept', episodeId: status!.episode.id, windowId: null }, reserve);
    [status] = overloadStatuses(office.view(), office.now);
    expect(status).toMatchObject({
      countNow: 7,
      acceptedBy: 'Морозов Дмитрий Олегович',
      acceptedAt: office.now,
    });

    // The reserve opens Окно 2: the queue splits, the server ends the episode, the banner goes.
    office.run({ type: 'window.open', windowId: 'w2' }, reserve);
    expect(overloadStatuses(office.view(), office.now)).toEqual([]);
  });

  it('tells the forecast’s call by its norm and everyone waiting, handing over to and from the count', () => {
    const office = new BoardOffice();
    office.run({ type: 'staff.login', staffId: 'reserve', mode: 'reserve', windowId: null }, reserve);
    office.run({ type: 'window.open', windowId: 'w1' }, operator('op1'));
    for (let i = 0; i < 3; i++) office.issue('readings');
    expect(overloadStatuses(office.view(), office.now)).toEqual([]);
    // The fourth is forecast past the 20-minute norm: the call comes before any window has six people.
    office.issue('readings');
    let statuses = overloadStatuses(office.view(), office.now);
    expect(statuses).toHaveLength(1);
    expect(statuses[0]).toMatchObject({
      reason: { kind: 'forecast', breached: false, normMin: 20 },
      place: null,
      countNow: 4,
      notified: ['Морозов Дмитрий Олегович'],
    });

    // Six for Окно 1: the count calls instead, naming the window.
    office.issue('readings');
    office.issue('readings');
    statuses = overloadStatuses(office.view(), office.now);
    expect(statuses.map((status) => [status.reason.kind, status.place, status.countNow])).toEqual([
      ['count', 'Окно 1', 6],
    ]);

    // Окно 2 opens: six people for two windows are under the count, but the last are still forecast
    // past the norm, so the forecast's call is back; once someone has waited past it, it says so.
    office.run({ type: 'window.open', windowId: 'w2' }, reserve);
    statuses = overloadStatuses(office.view(), office.now);
    expect(statuses.map((status) => [status.reason.kind, status.place, status.countNow])).toEqual([
      ['forecast', null, 6],
    ]);
    office.advance(21);
    expect(overloadStatuses(office.view(), office.now)[0]?.reason).toEqual({
      kind: 'forecast',
      breached: true,
      normMin: 20,
    });
  });

  it('quotes the norm of the topic at stake, and counts everyone waiting even in hall mode', () => {
    // Тюмень: hall mode, a 10-minute wait norm, the cashier's topics at 5-minute services; made to
    // apply every day here, and payments given a stricter norm of their own.
    const config = demoOffice({ preset: 'gazprom-tyumen', hours: ALWAYS_OPEN });
    config.profile = { ...config.profile, overload: { ...config.profile.overload, peakOnly: false } };
    config.services = config.services.map((service) =>
      service.id === 'payment' ? { ...service, waitNormMin: 8 } : service,
    );
    const office = new BoardOffice(config);
    office.run({ type: 'window.open', windowId: 'k1' }, operator('cashier'));
    office.run({ type: 'window.open', windowId: 'w1' }, operator('op1'));
    for (let i = 0; i < 4; i++) office.issue('payment');
    const [status] = overloadStatuses(office.view(), office.now);
    // Four waiting for two open windows: the count's measure would be two, the forecast's call says four.
    expect(status).toMatchObject({
      reason: { kind: 'forecast', breached: false, normMin: 8 },
      place: null,
      countNow: 4,
    });
  });
});
