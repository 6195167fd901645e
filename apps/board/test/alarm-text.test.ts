import { ALWAYS_OPEN, type Alarm, demoOffice } from '@queue/engine';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { alarmHint, alarmText, alarmTitle, type Translate } from '../src/admin/alarm-text';
import { BOARD_TEXTS } from '../src/texts';
import { BoardOffice, operator, reserve } from './board-office';

let ru: Translate;
let en: Translate;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: BOARD_TEXTS,
    lng: 'ru',
    fallbackLng: 'ru',
    interpolation: { escapeValue: false },
  });
  ru = i18n.getFixedT('ru', 'board');
  en = i18n.getFixedT('en', 'board');
});

const alarmOf = (office: BoardOffice, kind: Alarm['kind']): Alarm => {
  const found = office.view().alarms.find((alarm) => alarm.kind === kind);
  if (!found) throw new Error(`no ${kind} alarm`);
  return found;
};

/** An office where every kind of alarm is up, produced by the engine's own rules. */
const busyOffice = () => {
  const office = new BoardOffice();
  office.run({ type: 'window.open', windowId: 'w1' }, operator('op1'));
  office.run({ type: 'window.open', windowId: 'k1' }, operator('cashier'));
  office.issue('payment');
  office.run({ type: 'ticket.callNext', windowId: 'k1' }, operator('cashier'));
  office.run({ type: 'ticket.start', windowId: 'k1' }, operator('cashier'));
  for (let i = 0; i < 5; i++) office.issue('readings');
  office.issue('readings', 'disability');
  office.run({ type: 'manager.call', windowId: 'w1' }, operator('op1'));
  office.run(
    { type: 'device.printerStatus', deviceId: 'kiosk-1', status: 'paper_out' },
    {
      kind: 'device',
      deviceId: 'kiosk-1',
      role: 'kiosk',
    },
  );
  office.advance(21);
  return office;
};

describe('alarms in plain words', () => {
  it('names the window, the topic and the ticket of each alarm', () => {
    const office = busyOffice();
    const view = office.view();
    const text = (kind: Alarm['kind']) => alarmText(alarmOf(office, kind), view, ru);
    expect(text('waitBreach')).toBe('«Показания приборов учёта»: 6 чел. ждут дольше нормы 20 мин');
    expect(text('serviceOverNorm')).toBe('Касса 1: приём талона К001 идёт дольше нормы 10 мин');
    expect(text('idleWhileQueue')).toBe('Окно 1: никого не вызывают, а в очереди к окну 6 чел.');
    expect(text('priorityArrived')).toBe('Посетителю нужна помощь: талон П006, обслуживание вне очереди');
    expect(text('managerCall')).toBe('Иванова Мария Сергеевна (Окно 1) просит подойти руководителя');
    expect(text('printerFault')).toBe('Киоск kiosk-1: в принтере закончилась бумага');
    expect(text('overload')).toBe('Окно 1: в очереди 6 чел. — нужен ещё сотрудник');
  });

  it('words the early warning, the visit cap and a hall-wide overload', () => {
    const office = new BoardOffice();
    office.run({ type: 'window.open', windowId: 'w1' }, operator('op1'));
    for (let i = 0; i < 3; i++) office.issue('readings');
    office.issue('readings');
    const view = office.view();
    expect(alarmText(alarmOf(office, 'waitForecast'), view, ru)).toBe(
      '«Показания приборов учёта»: по прогнозу 1 чел. прождут дольше нормы 20 мин',
    );
    const cap: Alarm = {
      ...alarmOf(office, 'waitForecast'),
      kind: 'visitCap',
      ticketId: view.tickets[0]!.id,
    };
    expect(
      alarmText(
        cap,
        { ...view, config: { ...view.config, profile: { ...view.config.profile, visitCapMin: 30 } } },
        ru,
      ),
    ).toBe('Талон П001: визит длится дольше 30 мин');
    const hall: Alarm = {
      ...cap,
      kind: 'overload',
      key: 'overload:hall',
      windowId: null,
      ticketId: null,
      count: 12,
    };
    expect(alarmText(hall, view, ru)).toBe('В зале 12 чел. в очереди — нужен ещё сотрудник');
  });

  it('names the forecast’s call by its reason and norm, not by a count of people', () => {
    const office = new BoardOffice();
    office.run({ type: 'window.open', windowId: 'w1' }, operator('op1'));
    for (let i = 0; i < 4; i++) office.issue('readings');
    // Four people for one window: far from the count's six, but the fourth is forecast past 20 minutes.
    const call = alarmOf(office, 'overload');
    expect(call.key).toBe('overload:forecast');
    expect(alarmText(call, office.view(), ru)).toBe(
      'Прогноз: ожидание превысит норму (20 мин) — нужен ещё сотрудник',
    );
    expect(alarmText(call, office.view(), en)).toBe(
      'Forecast: the wait will exceed the norm (20 min) — one more staff member is needed',
    );
    expect(alarmTitle(call, ru)).toBe('Перегрузка');
    // Nobody of the reserve is on shift in this office: the hint does not claim anyone was told.
    expect(alarmHint(call, office.view(), ru)).toBe(
      'Никого из резерва нет на смене: ещё одно окно можно открыть самому.',
    );
    // Past the norm, the call says the wait is already longer than it.
    office.advance(21);
    expect(alarmText(alarmOf(office, 'overload'), office.view(), ru)).toBe(
      'Ожидание уже дольше нормы (20 мин) — нужен ещё сотрудник',
    );
    expect(alarmText(alarmOf(office, 'overload'), office.view(), en)).toBe(
      'The wait is already longer than the norm (20 min) — one more staff member is needed',
    );
  });

  it('quotes the norm of the topic at stake in the forecast’s call, not only the office’s', () => {
    const config = demoOffice({ hours: ALWAYS_OPEN });
    config.services = config.services.map((service) =>
      service.id === 'readings' ? { ...service, waitNormMin: 15 } : service,
    );
    const office = new BoardOffice(config);
    office.run({ type: 'window.open', windowId: 'w1' }, operator('op1'));
    for (let i = 0; i < 4; i++) office.issue('readings');
    expect(alarmText(alarmOf(office, 'overload'), office.view(), ru)).toBe(
      'Прогноз: ожидание превысит норму (15 мин) — нужен ещё сотрудник',
    );
  });

  it('says the reserve was told of a call for extra staff only when someone of the reserve was on shift', () => {
    const office = new BoardOffice();
    office.run({ type: 'staff.login', staffId: 'reserve', mode: 'reserve', windowId: null }, reserve);
    office.run({ type: 'window.open', windowId: 'w1' }, operator('op1'));
    for (let i = 0; i < 4; i++) office.issue('readings');
    expect(alarmHint(alarmOf(office, 'overload'), office.view(), ru)).toBe(
      'Сотрудники резерва оповещены; ещё одно окно поможет принять посетителей в пределах нормы ожидания.',
    );
  });

  it('mentions the ticket at the window when the operator calls the manager during a visit', () => {
    const office = new BoardOffice();
    office.run({ type: 'window.open', windowId: 'w2' }, operator('op2'));
    office.issue('charges');
    office.run({ type: 'ticket.callNext', windowId: 'w2' }, operator('op2'));
    office.run({ type: 'manager.call', windowId: 'w2' }, operator('op2'));
    expect(alarmText(alarmOf(office, 'managerCall'), office.view(), ru)).toBe(
      'Петров Алексей Николаевич (Окно 2) просит подойти руководителя, у окна талон Р001',
    );
  });

  it('asks the administrator, politely, to meet an out-of-turn visitor', () => {
    const office = busyOffice();
    const alarm = alarmOf(office, 'priorityArrived');
    expect(alarmTitle(alarm, ru)).toBe('Вне очереди');
    expect(alarmHint(alarm, office.view(), ru)).toBe(
      'Пожалуйста, подойдите к посетителю и предложите помощь.',
    );
    expect(alarmHint(alarmOf(office, 'waitBreach'), office.view(), ru)).toBeNull();
  });

  it('has every text in English too', () => {
    const office = busyOffice();
    const view = office.view();
    for (const alarm of view.alarms) {
      const english = alarmText(alarm, view, en);
      expect(english, alarm.kind).not.toMatch(/admin\./);
      expect(english, alarm.kind).not.toBe(alarmText(alarm, view, ru));
      expect(alarmTitle(alarm, en)).not.toMatch(/^admin\./);
    }
    expect(alarmText(alarmOf(office, 'serviceOverNorm'), view, en)).toBe(
      'Касса 1: ticket К001 is taking longer than the 10 min norm',
    );
  });
});
