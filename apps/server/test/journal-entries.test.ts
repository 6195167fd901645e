import type { Actor, OfficeEvent } from '@queue/engine';
import { describe, expect, it } from 'vitest';
import { admin, kiosk, op, TestOffice } from '@queue/engine/testing';
import { type JournalContext, journalEntries } from '../src/journal/journal-entries.js';

/**
 * The rule of what the journal lists and how, on events the real engine produced (the fixture drives
 * `execute` with named actors), so each case is a day an office could have.
 */

const manager: Actor = { kind: 'staff', staffId: 'manager', roles: ['manager', 'administrator'] };
const op1 = op('op1');

const contextOf = (office: TestOffice, start: JournalContext['start'] = null): JournalContext => ({
  config: office.state.config,
  deviceLabels: { 'kiosk-1': 'Киоск у входа' },
  start,
});

const lines = (office: TestOffice, start: JournalContext['start'] = null) =>
  journalEntries(office.log, contextOf(office, start)).entries.map((e) => ({
    who: e.staffId,
    ru: e.text.ru,
    reason: e.reason,
  }));

describe('the journal’s rule', () => {
  it('leaves out ordinary work: calls in turn, service, one’s own window, the system and the devices', () => {
    const office = new TestOffice();
    office.run({ type: 'staff.login', staffId: 'op1', mode: 'operator', windowId: 'w1' }, op1);
    office.open('w1', op1);
    office.issue('readings');
    office.issue('readings');
    office.issue('readings');
    office.serve('w1', 5, op1);
    office.callNext('w1', op1);
    office.run({ type: 'ticket.postpone', windowId: 'w1', minutes: 10 }, op1);
    office.advance(11).tick(); // the postponement runs out: the system returns the ticket
    office.open('w2', op('op2'));
    office.run({ type: 'window.pause', windowId: 'w1', reason: 'Перерыв' }, op1);
    office.run({ type: 'window.resume', windowId: 'w1' }, op1);
    office.run({ type: 'manager.call', windowId: 'w1' }, op1);
    office.serve('w1', 3, op1);
    office.run({ type: 'staff.logout', staffId: 'op1' }, op1);
    expect(office.log.length).toBeGreaterThan(15);
    expect(lines(office)).toEqual([]);
  });

  it('lists the decisions about a visitor, newest first, with the reason where there is one', () => {
    const office = new TestOffice();
    office.open('w1', op1);
    office.open('w2', op('op2'));
    const first = office.issue('readings');
    const second = office.issue('readings');
    const third = office.issue('readings');
    office.callNext('w1', op1);
    office.run({ type: 'ticket.recall', windowId: 'w1' }, op1);
    office.advance(1); // a no-show only a minute after the call
    office.run({ type: 'ticket.noShow', windowId: 'w1' }, op1);
    office.run({ type: 'ticket.call', windowId: 'w1', ticketId: third.id, reason: 'По записи' }, op1);
    office.run(
      { type: 'ticket.transfer', windowId: 'w1', toServiceId: null, toWindowId: 'w2', reason: 'Нужен юрист' },
      op1,
    );
    office.run({ type: 'ticket.cancel', ticketId: second.id, reason: 'Посетитель ушёл' }, admin);
    const outOfTurn = office.issue('readings', { priority: 'disability', source: 'administrator' });
    expect(lines(office)).toEqual([
      // П004 came from the kiosk, out of turn as the visitor chose: no one’s decision. The board’s own
      // registration out of turn is below.
      { who: 'admin', ru: 'Талон П002 отменён', reason: 'Посетитель ушёл' },
      { who: 'op1', ru: 'Талон П003 переведён: «Окно 2»', reason: 'Нужен юрист' },
      { who: 'op1', ru: 'Талон П003 вызван вне порядка: Окно 1', reason: 'По записи' },
      { who: 'op1', ru: `Талон ${first.number} отмечен как неявка`, reason: null },
      { who: 'op1', ru: 'Талон П001 вызван повторно (1-й раз): Окно 1', reason: null },
    ]);
    expect(outOfTurn.number).toBe('П004');

    const registered = new TestOffice();
    registered.run(
      {
        type: 'ticket.issue',
        serviceIds: ['readings'],
        clientType: 'individual',
        priority: 'disability',
        source: 'administrator',
      },
      admin,
    );
    registered.run(
      {
        type: 'ticket.issue',
        serviceIds: ['readings'],
        clientType: 'individual',
        priority: null,
        source: 'administrator',
      },
      admin,
    );
    const [entry, ...rest] = journalEntries(registered.log, contextOf(registered)).entries;
    expect(rest).toEqual([]);
    expect(entry?.text).toEqual({ ru: 'Талон П001 выдан вне очереди', en: 'Ticket П001 issued out of turn' });
    // The category is the visitor's own business: the journal never names it.
    expect(JSON.stringify(entry)).not.toMatch(/инвалид|disab/i);
  });

  it('lists window actions taken for someone else, naming whose window it was', () => {
    const office = new TestOffice();
    office.open('w1', op1);
    office.run(
      { type: 'window.open', windowId: 'w2', staffId: 'op2', reason: 'Пульт окна неисправен' },
      admin,
    );
    office.run(
      { type: 'window.open', windowId: 'k1', staffId: 'cashier', reason: 'Открытие к приходу сотрудника' },
      admin,
    );
    office.run({ type: 'window.pause', windowId: 'w1', reason: 'Замена кассовой ленты' }, admin);
    office.run({ type: 'window.resume', windowId: 'w1' }, admin);
    office.run({ type: 'window.close', windowId: 'k1' }, admin);
    office.run({ type: 'staff.login', staffId: 'op3', mode: 'reserve', windowId: null }, admin);
    office.run({ type: 'staff.logout', staffId: 'op3' }, admin);
    office.run(
      {
        type: 'window.setServices',
        windowId: 'w2',
        services: [
          { serviceId: 'readings', weight: 2 },
          { serviceId: 'charges', weight: 0 },
        ],
        reason: 'Очередь к приборам учёта',
      },
      manager,
    );
    expect(lines(office)).toEqual([
      {
        who: 'manager',
        ru: 'Темы изменены, Окно 2: Показания приборов учёта (вес 2)',
        reason: 'Очередь к приборам учёта',
      },
      { who: 'admin', ru: 'Выход за сотрудника: Соколова Елена Игоревна', reason: null },
      { who: 'admin', ru: 'Вход за сотрудника: Соколова Елена Игоревна, резерв', reason: null },
      {
        who: 'admin',
        ru: 'Окно «Касса 1» закрыто (сотрудник окна: Васильева Татьяна Андреевна)',
        reason: null,
      },
      { who: 'admin', ru: 'Окно 1 снято с паузы (сотрудник окна: Иванова Мария Сергеевна)', reason: null },
      {
        who: 'admin',
        ru: 'Окно 1 поставлено на паузу (сотрудник окна: Иванова Мария Сергеевна)',
        reason: 'Замена кассовой ленты',
      },
      {
        who: 'admin',
        ru: 'Окно «Касса 1» открыто от имени сотрудника: Васильева Татьяна Андреевна',
        reason: 'Открытие к приходу сотрудника',
      },
      {
        who: 'admin',
        ru: 'Окно 2 открыто от имени сотрудника: Петров Алексей Николаевич',
        reason: 'Пульт окна неисправен',
      },
    ]);
    const [changed] = journalEntries(office.log, contextOf(office)).entries;
    expect(changed).toMatchObject({
      staffName: 'Кузнецов Андрей Викторович',
      type: 'window.servicesChanged',
      text: { en: 'Topics changed, Окно 2: Meter readings (weight 2)' },
    });
  });

  it('lists acknowledged alarms, accepted reserve calls and changes of configuration, PINs and devices', () => {
    const office = new TestOffice();
    office.open('w1', op1);
    office.run({ type: 'manager.call', windowId: 'w1' }, op1);
    office.run({ type: 'alarm.acknowledge', key: 'manager:w1' }, admin);
    office.run({ type: 'config.replace', config: office.state.config, reason: 'Новый график' }, manager);
    office.run({ type: 'staff.resetPin', staffId: 'op2' }, manager);
    office.run({ type: 'device.register', deviceId: 'kiosk-2', role: 'kiosk', label: 'Киоск 2' }, manager);
    office.run({ type: 'device.revoke', deviceId: 'kiosk-2' }, manager);
    office.run({ type: 'device.revoke', deviceId: 'kiosk-1' }, manager);
    expect(lines(office)).toEqual([
      { who: 'manager', ru: 'Устройство отключено: «Киоск у входа»', reason: null },
      { who: 'manager', ru: 'Устройство отключено: «Киоск 2»', reason: null },
      { who: 'manager', ru: 'Устройство зарегистрировано: «Киоск 2» (киоск)', reason: null },
      { who: 'manager', ru: 'PIN-код сброшен: Петров Алексей Николаевич', reason: null },
      { who: 'manager', ru: 'Настройки офиса изменены', reason: 'Новый график' },
      { who: 'admin', ru: 'Оповещение принято: вызов руководителя, Окно 1', reason: null },
    ]);

    // A reserve member accepts the call for help and opens a window in the same step.
    const reserve: Actor = { kind: 'staff', staffId: 'reserve', roles: ['reserve', 'operator'] };
    const at = office.now;
    const stamped = (seq: number, body: Record<string, unknown>) =>
      ({ seq, at, actor: reserve, ...body }) as OfficeEvent;
    const accepted = journalEntries(
      [
        stamped(1, { type: 'overload.accepted', episodeId: 'e1', staffId: 'reserve' }),
        stamped(2, { type: 'window.opened', windowId: 'w3', staffId: 'reserve', services: [] }),
        stamped(3, { type: 'overload.windowOpened', episodeId: 'e1', windowId: 'w3' }),
        stamped(4, { type: 'staff.loggedIn', staffId: 'reserve', mode: 'operator', windowId: 'w3' }),
      ],
      contextOf(office),
    ).entries;
    expect(accepted.map((e) => e.text)).toEqual([
      { ru: 'Вызов резерва принят, открыто Окно 3', en: 'Reserve call accepted, Окно 3 opened' },
    ]);

    // Accepted first, a window opened later for the same call: two entries, the opening said as such.
    const later = (seq: number, body: Record<string, unknown>) =>
      ({ seq, at: at + seq, actor: reserve, ...body }) as OfficeEvent;
    const twoSteps = journalEntries(
      [
        later(1, { type: 'overload.accepted', episodeId: 'e2', staffId: 'reserve' }),
        later(2, { type: 'window.opened', windowId: 'w3', staffId: 'reserve', services: [] }),
        later(3, { type: 'overload.windowOpened', episodeId: 'e2', windowId: 'w3' }),
        {
          ...later(4, { type: 'window.opened', windowId: 'w2', staffId: 'op2', services: [] }),
          actor: admin,
        },
        { ...later(5, { type: 'overload.windowOpened', episodeId: 'e3', windowId: 'w2' }), actor: admin },
      ],
      contextOf(office),
    ).entries;
    expect(twoSteps.map((e) => e.text.ru)).toEqual([
      'Окно 2 открыто от имени сотрудника: Петров Алексей Николаевич',
      'Окно 3 открыто по вызову резерва',
      'Вызов резерва принят',
    ]);
  });

  it('lists a ticket printed again at an administrator’s request, and whether it printed', () => {
    const office = new TestOffice();
    const ticket = office.issue('readings', { source: 'kiosk' });
    const print = (status: 'printed' | 'paper_out', reprint: boolean, actor: Actor) =>
      office.run(
        { type: 'ticket.printResult', ticketId: ticket.id, deviceId: 'kiosk-1', status, reprint },
        actor,
      );
    print('paper_out', false, kiosk);
    print('paper_out', true, admin);
    print('printed', true, manager);
    expect(lines(office)).toEqual([
      {
        who: 'manager',
        ru: `Талон ${ticket.number} напечатан повторно: киоск «Киоск у входа»`,
        reason: null,
      },
      {
        who: 'admin',
        ru: `Повторная печать талона ${ticket.number} не удалась: киоск «Киоск у входа», закончилась бумага`,
        reason: null,
      },
    ]);
  });

  it('reads a day that began with open windows and carried-over tickets from the state it started with', () => {
    const yesterday = new TestOffice();
    const op2 = op('op2');
    // op2 stands in at Окно 1, which the configuration gives to op1: the administrator opened it for them.
    yesterday.run(
      { type: 'window.open', windowId: 'w1', staffId: 'op2', reason: 'Подменяет коллегу' },
      admin,
    );
    yesterday.open('w3', op('op3'));
    const carried = yesterday.issue('readings');
    const start = { windows: yesterday.state.windows, tickets: yesterday.state.tickets };
    yesterday.log = [];
    yesterday.run({ type: 'window.pause', windowId: 'w1', reason: 'Перерыв' }, op2);
    yesterday.run({ type: 'window.resume', windowId: 'w1' }, op2);
    yesterday.run({ type: 'ticket.cancel', ticketId: carried.id, reason: 'Ошибочный талон' }, admin);
    expect(lines(yesterday, start)).toEqual([
      { who: 'admin', ru: `Талон ${carried.number} отменён`, reason: 'Ошибочный талон' },
    ]);
    // Without the starting state the window looks like op1's and the ticket has no number to show.
    expect(lines(yesterday).map((line) => line.ru)).toEqual([
      `Талон ${carried.id} отменён`,
      'Окно 1 снято с паузы (сотрудник окна: Иванова Мария Сергеевна)',
      'Окно 1 поставлено на паузу (сотрудник окна: Иванова Мария Сергеевна)',
    ]);
  });

  it('keeps the newest 500, says when there were more, and names someone no longer configured by id', () => {
    const events = Array.from(
      { length: 502 },
      (_, i) =>
        ({
          seq: i + 1,
          at: i,
          actor: { kind: 'staff', staffId: i === 501 ? 'gone' : 'admin', roles: ['administrator'] },
          type: 'ticket.cancelled',
          ticketId: `t${i}`,
          reason: 'Ушёл',
        }) as OfficeEvent,
    );
    const device = { seq: 503, at: 502, actor: kiosk, type: 'ticket.cancelled', ticketId: 'x', reason: 'r' };
    const { entries, truncated } = journalEntries(
      [...events, device as OfficeEvent],
      contextOf(new TestOffice()),
    );
    expect(truncated).toBe(true);
    expect(entries).toHaveLength(500);
    expect(entries[0]).toMatchObject({
      seq: 502,
      staffId: 'gone',
      staffName: 'gone',
      text: { ru: 'Талон t501 отменён' },
    });
    expect(entries.at(-1)?.seq).toBe(3);
  });
});
