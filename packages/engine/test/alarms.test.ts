import { describe, expect, it } from 'vitest';
import { ALWAYS_OPEN, type OfficeEvent, demoOffice } from '../src/index.js';
import { TestOffice, admin, op } from './office-fixture.js';

const reserve = {
  kind: 'staff' as const,
  staffId: 'reserve',
  roles: ['reserve' as const, 'operator' as const],
};

/** The episode an overload event belongs to. */
const episodeOf = (event: OfficeEvent): string | null =>
  event.type === 'overload.started'
    ? event.episode.id
    : event.type === 'overload.accepted' ||
        event.type === 'overload.windowOpened' ||
        event.type === 'overload.ended'
      ? event.episodeId
      : null;

describe('norm alarms', () => {
  it('warns early when the forecast breaches the wait norm, then raises the breach', () => {
    const office = new TestOffice();
    office.open('k1');
    // Three payments at a 10-minute pace: the third is expected at +20 min, the fourth at +30 (over 20).
    for (let i = 0; i < 4; i++) office.issue('payment');
    expect(office.alarmKeys()).toContain('waitForecast:payment');
    expect(office.state.alarms['waitForecast:payment']?.count).toBe(1);
    office.advance(21);
    office.tick();
    expect(office.alarmKeys()).toContain('waitBreach:payment');
    // Everyone called and served: both clear.
    for (let i = 0; i < 4; i++) office.serve('k1', 1);
    expect(office.alarmKeys()).not.toContain('waitBreach:payment');
    expect(office.alarmKeys()).not.toContain('waitForecast:payment');
  });

  it('raises service over its norm and clears it when the service ends', () => {
    const office = new TestOffice();
    office.open('k1');
    office.issue('payment');
    office.callNext('k1');
    office.run({ type: 'ticket.start', windowId: 'k1' });
    office.advance(11);
    office.tick();
    expect(office.state.alarms['service:k1']).toMatchObject({ kind: 'serviceOverNorm' });
    office.run({ type: 'ticket.finish', windowId: 'k1', result: 'resolved' });
    expect(office.state.alarms['service:k1']).toBeUndefined();
  });

  it('raises idle-while-queue after the idle limit, and clears it on the call', () => {
    const office = new TestOffice();
    office.open('k1');
    office.issue('payment');
    office.advance(1);
    office.tick();
    expect(office.state.alarms['idle:k1']).toBeUndefined();
    office.advance(2);
    office.tick();
    expect(office.state.alarms['idle:k1']).toMatchObject({ kind: 'idleWhileQueue', count: 1 });
    office.callNext('k1');
    expect(office.state.alarms['idle:k1']).toBeUndefined();
  });

  it('raises the visit cap where the profile has one (002 Таблица 5: 30 minutes)', () => {
    const office = new TestOffice(demoOffice({ preset: 'gazprom-tyumen', hours: ALWAYS_OPEN }));
    const ticket = office.issue('payment');
    office.advance(31);
    office.tick();
    expect(office.state.alarms[`visitCap:${ticket.id}`]).toMatchObject({ kind: 'visitCap' });
  });

  it('the manager call is silent in the hall and ends when acknowledged (003 §8.5)', () => {
    const office = new TestOffice();
    office.run({ type: 'window.open', windowId: 'w1', services: null }, op('op1'));
    office.run({ type: 'manager.call', windowId: 'w1' }, op('op1'));
    expect(office.state.alarms['manager:w1']?.kind).toBe('managerCall');
    office.run({ type: 'alarm.acknowledge', key: 'manager:w1' }, admin);
    expect(office.state.alarms['manager:w1']).toBeUndefined();
    expect(office.log.some((e) => e.type === 'alarm.acknowledged' && e.by === 'admin')).toBe(true);
  });

  it('a printer fault raises an alarm until the printer prints again', () => {
    const office = new TestOffice();
    const ticket = office.issue('payment');
    office.run({ type: 'ticket.printResult', ticketId: ticket.id, deviceId: 'kiosk-1', status: 'paper_out' });
    expect(office.state.alarms['printer:kiosk-1']?.kind).toBe('printerFault');
    expect(office.state.tickets[ticket.id]?.state).toBe('waiting');
    office.run({ type: 'device.printerStatus', deviceId: 'kiosk-1', status: 'printed' });
    expect(office.state.alarms['printer:kiosk-1']).toBeUndefined();
  });
});

describe('calling in extra staff (REGULATIONS §2)', () => {
  it('six people for one window raise the overload; it holds at five and clears at four', () => {
    const office = new TestOffice();
    office.run({ type: 'staff.login', staffId: 'reserve', mode: 'reserve', windowId: null }, reserve);
    office.open('k1');
    for (let i = 0; i < 5; i++) office.issue('payment');
    expect(office.state.alarms['overload:window:k1']).toBeUndefined();
    office.issue('payment');
    const alarm = office.state.alarms['overload:window:k1'];
    expect(alarm).toMatchObject({ kind: 'overload', windowId: 'k1', count: 6 });
    // The forecast called first (at four, tested below) and handed over: this episode is the count's.
    const episode = Object.values(office.state.episodes).find((e) => e.alarmKey === 'overload:window:k1')!;
    expect(episode).toMatchObject({ windowId: 'k1', count: 6, notified: ['reserve'], acceptedBy: null });
    office.serve('k1', 3);
    expect(office.state.alarms['overload:window:k1']).toBeDefined();
    office.serve('k1', 3);
    expect(office.state.alarms['overload:window:k1']).toBeUndefined();
    expect(office.log.some((e) => e.type === 'overload.ended' && e.episodeId === episode.id)).toBe(true);
  });

  it('a reserve accepts and opens a window in one step; the episode records it', () => {
    const office = new TestOffice();
    office.run({ type: 'staff.login', staffId: 'reserve', mode: 'reserve', windowId: null }, reserve);
    office.open('w1');
    for (let i = 0; i < 6; i++) office.issue('readings');
    const episode = Object.values(office.state.episodes).find((e) => e.alarmKey === 'overload:window:w1')!;
    const events = office.run({ type: 'overload.accept', episodeId: episode.id, windowId: 'w2' }, reserve);
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining([
        'overload.accepted',
        'window.opened',
        'overload.windowOpened',
        'alarm.cleared',
        'overload.ended',
      ]),
    );
    expect(office.state.windows.w2).toMatchObject({ status: 'open', operatorId: 'reserve' });
    const ended = office.log
      .filter((e) => e.type.startsWith('overload.') && episodeOf(e) === episode.id)
      .map((e) => e.type);
    expect(ended).toEqual([
      'overload.started',
      'overload.accepted',
      'overload.windowOpened',
      'overload.ended',
    ]);
  });

  it('an operator opening their own window during a call for help is not the extra staff it asked for', () => {
    const office = new TestOffice();
    office.run({ type: 'staff.login', staffId: 'reserve', mode: 'reserve', windowId: null }, reserve);
    office.open('w1');
    // So many waiting that a second window still leaves each with more than five.
    for (let i = 0; i < 14; i++) office.issue('readings');
    const episode = Object.values(office.state.episodes).find((e) => e.alarmKey === 'overload:window:w1')!;
    // op2 starts the day at Окно 2, their own window: the episode is not answered by it.
    const own = office.run({ type: 'window.open', windowId: 'w2', services: null }, op('op2'));
    expect(own.map((e) => e.type)).not.toContain('overload.windowOpened');
    expect(office.state.episodes[episode.id]).toMatchObject({ openedWindowId: null, endedAt: null });
    // The reserve member, who was told, opens Окно 3 (not theirs): that answers it.
    const answer = office.run({ type: 'window.open', windowId: 'w3', services: null }, reserve);
    expect(answer).toContainEqual(
      expect.objectContaining({ type: 'overload.windowOpened', episodeId: episode.id, windowId: 'w3' }),
    );
  });

  it('hall mode divides waiting by open windows, and only on peak days when so configured (002 п.55)', () => {
    const config = demoOffice({ preset: 'gazprom-tyumen', hours: ALWAYS_OPEN });
    // 23 November falls within the meter-reading days (15th–25th), so the rule applies.
    const office = new TestOffice(config);
    office.open('w1');
    office.open('w2');
    // Exactly, per specialist: 10 at two windows is 5.0, 11 is 5.5 — more than five.
    for (let i = 0; i < 10; i++) office.issue('readings');
    expect(office.state.alarms['overload:hall:specialist']).toBeUndefined();
    office.issue('readings');
    expect(office.state.alarms['overload:hall:specialist']).toMatchObject({ count: 11 });

    const offPeak = new TestOffice(config, Date.parse('2026-11-05T10:00:00+03:00'));
    offPeak.open('w1');
    for (let i = 0; i < 12; i++) offPeak.issue('readings');
    expect(Object.keys(offPeak.state.alarms).filter((k) => k.startsWith('overload:'))).toEqual([]);
  });
  it('the forecast calls the reserve before any window has six people, until the norm is safe again', () => {
    const office = new TestOffice();
    office.run({ type: 'staff.login', staffId: 'reserve', mode: 'reserve', windowId: null }, reserve);
    office.open('k1');
    // Payments at a 10-minute pace with a 20-minute norm: the third is expected at +20, within it.
    for (let i = 0; i < 3; i++) office.issue('payment');
    expect(office.state.alarms['overload:forecast']).toBeUndefined();
    // The fourth is expected at +30: four people are far from the count rule's six, but one will breach.
    office.issue('payment');
    expect(office.state.alarms['overload:window:k1']).toBeUndefined();
    expect(office.state.alarms['waitForecast:payment']).toBeDefined();
    expect(office.state.alarms['overload:forecast']).toMatchObject({
      kind: 'overload',
      windowId: null,
      count: 4,
    });
    const episode = Object.values(office.state.episodes).find((e) => e.alarmKey === 'overload:forecast')!;
    expect(episode).toMatchObject({ windowId: null, count: 4, notified: ['reserve'], acceptedBy: null });

    // A second window for payments: everyone is expected by +10, so the call ends with the warning.
    office.open('w1', admin, [{ serviceId: 'payment', weight: 1 }]);
    expect(office.state.alarms['waitForecast:payment']).toBeUndefined();
    expect(office.state.alarms['overload:forecast']).toBeUndefined();
    const lifecycle = office.log.filter((e) => episodeOf(e) === episode.id).map((e) => e.type);
    expect(lifecycle).toEqual(['overload.started', 'overload.windowOpened', 'overload.ended']);
  });

  it('one call for help at a time: the count takes over from the forecast', () => {
    const office = new TestOffice();
    office.open('k1');
    for (let i = 0; i < 4; i++) office.issue('payment');
    expect(office.state.alarms['overload:forecast']).toBeDefined();
    office.issue('payment');
    office.issue('payment');
    expect(office.state.alarms['overload:window:k1']).toBeDefined();
    expect(office.state.alarms['overload:forecast']).toBeUndefined();
    expect(Object.values(office.state.episodes).map((e) => e.alarmKey)).toEqual(['overload:window:k1']);
  });

  it('a visitor nobody will serve, or already past the norm, keeps the call up while they wait', () => {
    const office = new TestOffice();
    office.issue('payment');
    // No window open: the forecast has no time for the visitor — at risk from the start.
    expect(office.state.alarms['overload:forecast']).toBeDefined();
    office.open('k1');
    expect(office.state.alarms['overload:forecast']).toBeUndefined();
    // The cashier does not call: past the norm, the call is up again until the visitor is called.
    office.advance(21);
    office.tick();
    expect(office.state.alarms['waitBreach:payment']).toBeDefined();
    expect(office.state.alarms['overload:forecast']).toBeDefined();
    office.callNext('k1');
    expect(office.state.alarms['overload:forecast']).toBeUndefined();
  });

  it('a peak-only office gets the forecast call on peak days only (002 п.55)', () => {
    const config = demoOffice({ preset: 'gazprom-tyumen', hours: ALWAYS_OPEN });
    // 10-minute wait norm, 5-minute services: the fourth payment is expected at +15.
    const offPeak = new TestOffice(config, Date.parse('2026-11-05T10:00:00+03:00'));
    offPeak.open('k1');
    for (let i = 0; i < 4; i++) offPeak.issue('payment');
    expect(offPeak.state.alarms['waitForecast:payment']).toBeDefined();
    expect(offPeak.state.alarms['overload:forecast']).toBeUndefined();

    const peak = new TestOffice(config);
    peak.open('k1');
    for (let i = 0; i < 4; i++) peak.issue('payment');
    expect(peak.state.alarms['overload:forecast']).toMatchObject({ kind: 'overload', count: 4 });
  });
});
