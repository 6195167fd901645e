import { chooseNext, routingContext } from '@queue/engine';
import type { StaffView } from '@queue/protocol';
import { describe, expect, it } from 'vitest';
import { MIN, TestOffice, op } from '@queue/engine/testing';
import { staffView } from '@queue/server';
import {
  consoleMode,
  helpRequests,
  introductionName,
  windowQueue,
  windowServiceNormMs,
  windowsToOpen,
} from '../src/console-model.js';

/** What the console reads from the staff view, on views the server itself builds from engine states. */
const viewOf = (office: TestOffice): StaffView => staffView(office.state, office.now, [], {});

describe('console model', () => {
  it('puts a staff member at their open window, in reserve, or at the window choice', () => {
    const office = new TestOffice();
    expect(consoleMode(viewOf(office), 'op1').kind).toBe('choose');
    office.run({ type: 'staff.login', staffId: 'op1', mode: 'operator', windowId: 'w1' }, op('op1'));
    office.open('w1', op('op1'));
    const atWindow = consoleMode(viewOf(office), 'op1');
    expect(atWindow.kind === 'window' && atWindow.config.label).toBe('Окно 1');
    office.run({ type: 'window.close', windowId: 'w1' }, op('op1'));
    expect(consoleMode(viewOf(office), 'op1').kind).toBe('choose');
    office.run({ type: 'staff.login', staffId: 'reserve', mode: 'reserve', windowId: null }, op('reserve'));
    expect(consoleMode(viewOf(office), 'reserve').kind).toBe('reserve');
  });

  it('lists the window’s queue in the order the engine calls it, out-of-turn first, with waits and forecast', () => {
    const office = new TestOffice();
    office.open('w1', op('op1'));
    const early = office.issue('readings');
    office.advance(3);
    const side = office.issue('consult');
    office.advance(1);
    const priority = office.issue('charges', { priority: 'disability' });
    office.issue('payment'); // the cashier's, not this window's
    office.advance(2);
    const view = viewOf(office);
    const w1 = view.windows.find((w) => w.id === 'w1')!;
    const queue = windowQueue(view, w1, office.now);

    expect(queue.rows.map((r) => r.ticket.id)).toEqual([priority.id, early.id, side.id]);
    expect(queue.rows[0]!.ticket.id).toBe(
      chooseNext(Object.values(office.state.tickets), w1, routingContext(office.state, office.now))?.id,
    );
    expect(queue.outOfTurn.map((r) => r.ticket.id)).toEqual([priority.id]);
    expect(queue.longest?.ticket.id).toBe(early.id);
    expect(queue.longest?.waitedMs).toBe(6 * MIN);
    expect(queue.rows[1]!.waitNormMs).toBe(20 * MIN);
    expect(queue.byService.find((s) => s.service.id === 'readings')?.count).toBe(1);
    expect(queue.byService.some((s) => s.service.id === 'payment')).toBe(false);
    // One window, three people, ten minutes each: the last is expected after 20 minutes of service ahead.
    expect(queue.worstForecast?.ticket.id).toBe(side.id);
    expect(queue.worstForecast?.expectedWaitMs).toBe(3 * MIN + 20 * MIN);
  });

  it('measures the shift against the mean service norm of the window’s main topics', () => {
    const office = new TestOffice();
    office.open('w1', op('op1'), [
      { serviceId: 'readings', weight: 2 },
      { serviceId: 'consult', weight: 1 },
    ]);
    const view = viewOf(office);
    expect(windowServiceNormMs(view, view.windows.find((w) => w.id === 'w1')!)).toBe(10 * MIN);
  });

  it('tells a reserve member of an overload and offers the closed window that serves the same topics', () => {
    const office = new TestOffice();
    office.run({ type: 'staff.login', staffId: 'reserve', mode: 'reserve', windowId: null }, op('reserve'));
    office.open('w1', op('op1'));
    for (let i = 0; i < 6; i++) office.issue('readings');
    const view = viewOf(office);
    const requests = helpRequests(view, 'reserve');
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ windowLabel: 'Окно 1', acceptedByName: null });
    expect(requests[0]!.episode.count).toBe(6);
    expect(windowsToOpen(view, requests[0]!.episode, null).map((w) => w.id)).toEqual(['w2', 'w3', 'k1']);
    expect(windowsToOpen(view, requests[0]!.episode, 'k1')[0]?.id).toBe('k1');
    // An operator at a window who was not notified is not disturbed.
    expect(helpRequests(view, 'op1')).toEqual([]);
  });

  it('tells the forecast’s call by its norm, and offers first a window serving the topic at risk', () => {
    const office = new TestOffice();
    office.run({ type: 'staff.login', staffId: 'reserve', mode: 'reserve', windowId: null }, op('reserve'));
    office.open('w1', op('op1'));
    // No open window takes payments: the forecast has no time for this visitor, so the reserve is called.
    office.issue('payment');
    let view = viewOf(office);
    const [request] = helpRequests(view, 'reserve');
    expect(request).toMatchObject({
      windowLabel: null,
      reason: { kind: 'forecast', breached: false, normMin: 20, serviceIds: ['payment'] },
    });
    expect(request!.episode.count).toBe(1);
    // The hall-wide count call knows no topics; this one does: the cash desk comes before Окно 2 and 3.
    expect(windowsToOpen(view, request!.episode, null).map((w) => w.id)).toEqual(['k1', 'w2', 'w3']);
    office.advance(21);
    office.tick();
    view = viewOf(office);
    expect(helpRequests(view, 'reserve')[0]?.reason).toMatchObject({ kind: 'forecast', breached: true });
    // The count's call keeps its reason.
    for (let i = 0; i < 6; i++) office.issue('readings');
    const count = helpRequests(viewOf(office), 'reserve').find((r) => r.windowLabel === 'Окно 1');
    expect(count?.reason).toEqual({ kind: 'count' });
  });

  it('introduces by first name and patronymic (003 §8.2)', () => {
    expect(introductionName('Иванова Мария Сергеевна')).toBe('Мария Сергеевна');
    expect(introductionName('Мария')).toBe('Мария');
  });
});
