import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OfficeClient } from '@queue/client';
import { isRefusal, type OfficeEvent } from '@queue/engine';
import { startVirtualPrinter, type VirtualPrinter } from '@queue/kiosk-hardware';
import type { PublicView, StaffView } from '@queue/protocol';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printingRoutes } from '@queue/server';
import { seriousViolations } from './support/axe.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { sendOk } from './support/send-ok.js';
import { TestOfficeServer, until } from './support/test-office.js';

/**
 * The administrator board (issue 5) in Chromium against the real server, with operators, a kiosk and a
 * reserve member on real sockets: windows, queues and alarms as they happen; extra staff called early by
 * the forecast against the wait norm, then by six people waiting for one window, told to the reserve
 * console, accepted, answered by a new window and cleared by the server; the out-of-turn mark on the board and never on the hall display; every
 * administrator action in the event log with the administrator as actor and the reason given.
 */

// A fixed office day (Tuesday 10 March 2026, 10:00 in Moscow) whose clock the test can move forward.
const STARTED = Date.now();
const BASE = Date.UTC(2026, 2, 10, 7, 0);
let shiftMs = 0;
const clock = () => BASE + (Date.now() - STARTED) + shiftMs;
const MINUTE = 60_000;

let office: TestOfficeServer;
let printer: VirtualPrinter;
let browser: Browser;
let page: Page;
let hall: Page;
const clients: Record<string, OfficeClient<StaffView>> = {};
let kiosk: OfficeClient<PublicView>;

const staff = (login: string) => clients[login]!;

const issue = (serviceId: string) =>
  sendOk(staff('admin'), {
    type: 'ticket.issue',
    serviceIds: [serviceId],
    clientType: 'individual',
    priority: null,
    source: 'administrator',
  });

const events = (): OfficeEvent[] =>
  readFileSync(join(office.dataDir, 'events', 'live.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as OfficeEvent);

const ticketId = (number: string) =>
  staff('admin')
    .store.getState()
    .view!.tickets.find((ticket) => ticket.number === number)!.id;

const alarm = (kind: string) => page.locator(`[data-alarm-kind="${kind}"]`);

beforeAll(async () => {
  // The kiosk's printer is the virtual one over TCP, so a reprint from the board really prints.
  printer = await startVirtualPrinter({ port: 0 });
  office = await TestOfficeServer.start({
    clock,
    seed: { printerForKiosk: { host: '127.0.0.1', port: printer.port } },
    routes: printingRoutes({ timeoutMs: 3000 }),
  });
  browser = await launchBrowser();
  for (const [login, pin] of [
    ['admin', '1111'],
    ['op1', '1234'],
    ['op3', '3456'],
    ['kassa', '4567'],
    ['reserve', '5678'],
  ] as const) {
    clients[login] = await office.staff(login, pin);
  }
  kiosk = await office.connect<PublicView>('demo-kiosk-token');

  // The back-office member is on shift as reserve: an overload will be told to them (001 §7.1.9).
  await sendOk(staff('reserve'), {
    type: 'staff.login',
    staffId: 'reserve',
    mode: 'reserve',
    windowId: null,
  });
  await sendOk(staff('op1'), { type: 'window.open', windowId: 'w1' });
  await sendOk(staff('kassa'), { type: 'window.open', windowId: 'k1' });
  // Окно 3 also takes meter readings; paused, it serves nobody, so Окно 1 alone carries that queue.
  await sendOk(staff('op3'), { type: 'window.open', windowId: 'w3' });
  await sendOk(staff('op3'), { type: 'window.pause', windowId: 'w3', reason: 'Обучение' });
  await issue('payment');
  await sendOk(staff('kassa'), { type: 'ticket.callNext', windowId: 'k1' });
  await sendOk(staff('kassa'), { type: 'ticket.start', windowId: 'k1' });
  for (let i = 0; i < 5; i++) await issue('readings');

  // Seventeen minutes later: the cashier's service is past its 10-minute norm, Окно 1 has called nobody.
  shiftMs = 17 * MINUTE;
  await until(() => {
    const alarms = staff('admin').store.getState().view!.alarms;
    return (
      alarms.some((a) => a.kind === 'serviceOverNorm') && alarms.some((a) => a.kind === 'idleWhileQueue')
    );
  });

  page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(`${office.url}/board/admin`);
  hall = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await hall.goto(`${office.url}/board/?token=demo-board-token`);
  await hall.waitForSelector('.hall-main');
});

afterAll(async () => {
  await browser?.close();
  await office?.stop();
  await printer?.close();
});

describe('administrator board', () => {
  it('lets in the administrator, and not an operator', async () => {
    await page.getByLabel('Логин').fill('op1');
    await page.getByLabel('PIN-код').fill('1234');
    await page.getByRole('button', { name: 'Войти' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('Этот пульт доступен администратору зала и руководителю офиса.');
    await screenshot(page, 'board-admin-login');

    await page.getByLabel('Логин').fill('admin');
    await page.getByLabel('PIN-код').fill('1111');
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.waitForSelector('.admin-main');
    expect(await page.locator('.admin-user').textContent()).toContain('Смирнова Ольга Петровна');
  });

  it('shows every window: state, operator, current ticket, timer against the norm, pause reason', async () => {
    const cashier = page.locator('[data-window-id="k1"]');
    expect(await cashier.textContent()).toContain('Васильева Татьяна Андреевна');
    const activity = cashier.locator('.window-activity');
    expect(await activity.textContent()).toMatch(/^Приём: талон К001 1[78]:\d\d \/ норма 10 мин$/);
    expect(await activity.getAttribute('data-level')).toBe('breach');

    const first = page.locator('[data-window-id="w1"]');
    expect(await first.textContent()).toContain('Иванова Мария Сергеевна');
    expect(await first.locator('.window-activity').textContent()).toMatch(/^Свободно/);
    expect(await first.textContent()).toContain('ожидают по прогнозу: 5');

    const third = page.locator('[data-window-id="w3"]');
    expect(await third.locator('.status-chip').textContent()).toBe('Пауза');
    expect(await third.locator('.window-activity').textContent()).toMatch(/^Пауза: Обучение/);
    // A closed window says so once, on its status chip.
    const closed = page.locator('[data-window-id="w2"]');
    expect(await closed.locator('.status-chip').textContent()).toBe('Закрыто');
    expect((await closed.textContent())?.match(/Закрыто/g)).toHaveLength(1);
  });

  it('shows every queue with its longest wait and the forecast against the wait norm', async () => {
    const readings = page.locator('tr[data-service-id="readings"]');
    expect(await readings.locator('td').first().textContent()).toBe('5');
    expect(await readings.locator('td').nth(1).textContent()).toMatch(/^1[78]:\d\d$/);
    // Five people for one window at ten minutes each: the last is expected well past the 20-minute norm.
    expect(await readings.getAttribute('data-status')).toBe('forecastBreach');
    expect(await readings.textContent()).toContain('скоро превышение');
    await alarm('waitForecast').first().waitFor();
    expect(await alarm('waitForecast').first().textContent()).toContain('«Показания приборов учёта»');
    expect(await alarm('serviceOverNorm').textContent()).toContain(
      'Касса 1: приём талона К001 идёт дольше нормы 10 мин',
    );
    expect(await alarm('idleWhileQueue').textContent()).toContain('Окно 1: никого не вызывают');
  });

  it('calls for extra staff early from the forecast, naming the wait norm rather than a count', async () => {
    // Five for Окно 1 are under the count's six, but the last of them is forecast past 20 minutes.
    const call = page.locator('[data-alarm-key="overload:forecast"]');
    await call.waitFor();
    expect(await call.locator('.alarm-text').textContent()).toBe(
      'Прогноз: ожидание превысит норму (20 мин) — нужен ещё сотрудник',
    );
    expect(await page.locator('[data-alarm-key^="overload:window"]').count()).toBe(0);
    const banner = page.getByTestId('overload-banner');
    expect(await banner.locator('h2').textContent()).toBe(
      'Нужен ещё сотрудник: по прогнозу ожидание превысит норму (20 мин)',
    );
    // Who was told is said once, by name, and nothing on the banner claims otherwise.
    expect(await banner.locator('.overload-lead').textContent()).toBe(
      'В очереди 5 чел.: чтобы каждого приняли в пределах нормы ожидания, нужно ещё одно окно.',
    );
    expect(await banner.getByTestId('overload-notified').textContent()).toBe('Морозов Дмитрий Олегович');
    expect(await banner.textContent()).not.toMatch(/\d{3} (п|§)/);
    const episodes = staff('reserve').store.getState().view!.episodes;
    expect(episodes).toEqual([expect.objectContaining({ alarmKey: 'overload:forecast', windowId: null })]);
    await screenshot(page, 'board-admin-overload-forecast');
  });

  it('registers an out-of-turn visitor, marks the ticket on the board and asks to meet them', async () => {
    const form = page.locator('.register-form');
    await form.getByLabel('Тема', { exact: true }).selectOption('readings');
    await form.getByLabel(/Вне очереди/).check();
    await form.getByRole('button', { name: 'Выдать талон' }).click();
    const issued = page.getByTestId('issued-ticket');
    await issued.waitFor();
    expect(await issued.getAttribute('data-ticket')).toBe('П006');
    expect(await page.locator('tr[data-ticket="П006"] [data-priority]').textContent()).toBe('вне очереди');
    await alarm('priorityArrived').waitFor();
    expect(await alarm('priorityArrived').textContent()).toContain(
      'Посетителю нужна помощь: талон П006, обслуживание вне очереди',
    );
    const issuedEvent = events().find(
      (e) => e.type === 'ticket.issued' && e.ticket.number === 'П006',
    ) as Extract<OfficeEvent, { type: 'ticket.issued' }>;
    expect(issuedEvent.ticket.source).toBe('administrator');
    expect(issuedEvent.ticket.priority).toBe('disability');
    expect(issuedEvent.actor).toMatchObject({ kind: 'staff', staffId: 'admin' });
  });

  it('raises the overload alarm for six waiting at one window, on the board and in the reserve console', async () => {
    // The count takes over from the forecast's call: one call for help at a time.
    await page.locator('[data-alarm-key="overload:forecast"]').waitFor({ state: 'detached' });
    await alarm('overload').waitFor();
    expect(await alarm('overload').textContent()).toContain('Окно 1: в очереди 6 чел. — нужен ещё сотрудник');
    const banner = page.getByTestId('overload-banner');
    expect(await banner.locator('h2').textContent()).toBe('Нужен ещё сотрудник: Окно 1 — в очереди 6 чел.');
    expect(await banner.getByTestId('overload-notified').textContent()).toBe('Морозов Дмитрий Олегович');
    expect(await banner.getByTestId('overload-accepted').textContent()).toBe('пока никто');
    expect(await banner.getByTestId('overload-duration').textContent()).toMatch(/^0:\d\d \(с 10:17\)$/);

    const episodes = () => staff('reserve').store.getState().view?.episodes ?? [];
    await until(() => episodes().length === 1 && episodes()[0]!.alarmKey === 'overload:window:w1');
    const [episode] = episodes();
    expect(episode).toMatchObject({ windowId: 'w1', count: 6, notified: ['reserve'], endedAt: null });

    // The other alarms a hall administrator answers: a printer out of paper, an operator asking for help.
    await sendOk(kiosk, { type: 'device.printerStatus', deviceId: 'kiosk-1', status: 'paper_out' });
    await sendOk(staff('op1'), { type: 'manager.call', windowId: 'w1' });
    await alarm('printerFault').waitFor();
    await alarm('managerCall').waitFor();
    expect(await alarm('printerFault').textContent()).toContain(
      'Киоск kiosk-1: в принтере закончилась бумага',
    );
    expect(await alarm('managerCall').textContent()).toContain(
      'Иванова Мария Сергеевна (Окно 1) просит подойти руководителя',
    );
    // Newest first.
    const kinds = await page
      .locator('[data-alarm-kind]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-alarm-kind')));
    expect(kinds.indexOf('managerCall')).toBeLessThan(kinds.indexOf('overload'));
    expect(kinds.indexOf('overload')).toBeLessThan(kinds.indexOf('serviceOverNorm'));
    await screenshot(page, 'board-admin-alarms');
  });

  it('shows the out-of-turn mark on the board, and never on the hall display', async () => {
    await sendOk(staff('op1'), { type: 'ticket.callNext', windowId: 'w1' });
    // Out of turn comes first (004 §6.7).
    await hall.waitForSelector('[data-current-call][data-ticket="П006"][data-window="Окно 1"]');
    expect(await hall.locator('[data-priority]').count()).toBe(0);
    expect(await hall.locator('.hall-main').textContent()).not.toMatch(/вне очереди|инвалид/i);
    // The only such words on the hall screen are the office's own information line (REGULATIONS §3).
    const outsideInfo = await hall.evaluate(() => {
      const info = document.querySelector('[data-testid="hall-info"]');
      return (document.body.textContent ?? '').replace(info?.textContent ?? '', '');
    });
    expect(outsideInfo).not.toMatch(/вне очереди|инвалид/i);

    const row = page.locator('tr[data-ticket="П006"]');
    await expect.poll(() => row.getAttribute('data-state')).toBe('called');
    expect(await row.locator('[data-priority]').textContent()).toBe('вне очереди');
  });

  it('records the reserve accepting and opening a window, and clears the overload by itself', async () => {
    const [episode] = staff('reserve').store.getState().view!.episodes;
    const reserve = staff('reserve');
    await sendOk(reserve, { type: 'overload.accept', episodeId: episode!.id, windowId: null });
    const banner = page.getByTestId('overload-banner');
    await expect
      .poll(() => banner.getByTestId('overload-accepted').textContent())
      .toMatch(/^Морозов Дмитрий Олегович в 10:1\d$/);
    await screenshot(page, 'board-admin-overload-accepted');

    await sendOk(reserve, { type: 'overload.accept', episodeId: episode!.id, windowId: 'w2' });
    await banner.locator(`[data-episode="${episode!.id}"]`).waitFor({ state: 'detached' });
    await page.locator('[data-alarm-key="overload:window:w1"]').waitFor({ state: 'detached' });
    // Two windows for the readings are under the count, yet the last visitors waiting since 10:00 are
    // still forecast past the norm: the forecast's call is what remains, and the banner says so.
    await banner.locator('h2').waitFor();
    expect(await banner.locator('h2').textContent()).toMatch(/^Нужен ещё сотрудник: .* норм[уы] \(20 мин\)$/);
    expect(await alarm('overload').getAttribute('data-alarm-key')).toBe('overload:forecast');
    expect(await page.locator('[data-window-id="w2"]').textContent()).toContain('Морозов Дмитрий Олегович');

    const log = events();
    const of = (type: string) =>
      log.filter((e) => 'episodeId' in e && e.type === type && e.episodeId === episode!.id);
    expect(log.filter((e) => e.type === 'overload.started' && e.episode.id === episode!.id)).toHaveLength(1);
    expect(of('overload.accepted')).toEqual([expect.objectContaining({ staffId: 'reserve' })]);
    expect(of('overload.windowOpened')).toEqual([expect.objectContaining({ windowId: 'w2' })]);
    expect(of('overload.ended')).toHaveLength(1);
    const order = ['overload.started', 'overload.accepted', 'overload.windowOpened', 'overload.ended'].map(
      (type) =>
        log.findIndex(
          (e) =>
            e.type === type &&
            (e.type === 'overload.started' ? e.episode.id : 'episodeId' in e ? e.episodeId : '') ===
              episode!.id,
        ),
    );
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('cancels a ticket with a reason; the event log names the administrator and the reason', async () => {
    const id = ticketId('П005');
    await page.locator('tr[data-ticket="П005"]').getByRole('button', { name: 'Отменить…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Отменить талон П005' });
    await dialog.getByRole('button', { name: 'Посетитель ушёл' }).click();
    await dialog.getByRole('button', { name: 'Отменить талон' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('tr[data-ticket="П005"]').waitFor({ state: 'detached' });
    const cancelled = events().find((e) => e.type === 'ticket.cancelled' && e.ticketId === id);
    expect(cancelled).toMatchObject({
      reason: 'Посетитель ушёл',
      actor: { kind: 'staff', staffId: 'admin' },
    });
    // The journal panel reads the office's record: the cancellation arrives there after the view moves.
    const top = page.getByTestId('journal').locator('li').first();
    await expect
      .poll(() => top.locator('.journal-what').textContent(), { timeout: 5000 })
      .toBe('Талон П005 отменён');
    expect(await top.locator('.journal-why').textContent()).toBe('Причина: Посетитель ушёл');
    expect(await top.locator('.journal-head').textContent()).toMatch(/^10:1\d Смирнова Ольга Петровна$/);
  });

  it('calls a given ticket to a given window with a reason, and shows a refusal in the dialog', async () => {
    const id = ticketId('П002');
    await page.locator('tr[data-ticket="П002"]').getByRole('button', { name: 'Вызвать в окно…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Вызвать талон П002' });
    expect(await dialog.getByLabel('В окно').inputValue()).toBe('w2');
    await dialog.getByLabel('Причина').fill('Посетитель по записи');
    await dialog.getByRole('button', { name: 'Вызвать' }).click();
    await dialog.waitFor({ state: 'detached' });
    await hall.waitForSelector('[data-current-call][data-ticket="П002"][data-window="Окно 2"]');
    const called = events().find((e) => e.type === 'ticket.called' && e.ticketId === id);
    expect(called).toMatchObject({
      windowId: 'w2',
      manualReason: 'Посетитель по записи',
      actor: { kind: 'staff', staffId: 'admin' },
    });

    // Окно 2 now has a visitor at it: the engine refuses the pause, and the dialog says why.
    await page.locator('[data-window-id="w2"]').getByRole('button', { name: 'Пауза' }).click();
    const pause = page.getByRole('dialog', { name: 'Пауза: Окно 2' });
    await pause.getByRole('button', { name: 'Перерыв' }).click();
    await pause.getByRole('button', { name: 'Пауза' }).click();
    await expect
      .poll(() => pause.getByRole('alert').textContent())
      .toBe('В окне ещё идёт приём талона П002. Сначала завершите его.');
    await pause.getByRole('button', { name: 'Отмена' }).click();
  });

  it('changes a window’s services live with a reason, and acknowledges an alarm', async () => {
    await page.locator('[data-window-id="w3"]').getByRole('button', { name: 'Темы и веса' }).click();
    const dialog = page.getByRole('dialog', { name: 'Темы окна: Окно 3' });
    await dialog.getByLabel('Вес: Показания приборов учёта').selectOption('2');
    await dialog.getByRole('button', { name: 'Перегрузка по теме' }).click();
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await dialog.waitFor({ state: 'detached' });
    const changed = events().findLast((e) => e.type === 'window.servicesChanged');
    expect(changed).toMatchObject({
      windowId: 'w3',
      reason: 'Перегрузка по теме',
      actor: { kind: 'staff', staffId: 'admin' },
    });
    expect(
      (changed as Extract<OfficeEvent, { type: 'window.servicesChanged' }>).services.find(
        (s) => s.serviceId === 'readings',
      )?.weight,
    ).toBe(2);

    await alarm('printerFault')
      .getByRole('button', { name: /^Принять/ })
      .click();
    await expect
      .poll(() => alarm('printerFault').locator('.alarm-ack').textContent())
      .toMatch(/^Принято: Смирнова Ольга Петровна, 10:1\d$/);
    expect(events().findLast((e) => e.type === 'alarm.acknowledged')).toMatchObject({
      key: 'printer:kiosk-1',
      by: 'admin',
    });
  });

  it('groups the wait alarms of several topics into one, and counts only what is not accepted', async () => {
    // Организация's contracts: only Окно 3 serves them, and it is paused, so the engine warns at once —
    // beside the warning for the meter readings already up.
    await sendOk(staff('admin'), {
      type: 'ticket.issue',
      serviceIds: ['org-contract'],
      clientType: 'organisation',
      priority: null,
      source: 'administrator',
    });
    const grouped = page.locator('[data-alarm-kind="waitForecast"][data-alarm-count]');
    await expect.poll(() => grouped.first().getAttribute('data-alarm-count')).toBe('2');
    expect(await grouped.count()).toBe(1);
    expect(await grouped.textContent()).toContain('«Договоры юридических лиц»');
    expect(await grouped.textContent()).toContain('«Показания приборов учёта»');
    // The badge counts the items to act on; the printer's alarm, accepted above, is not among them.
    const open = await page
      .locator('[data-testid="alarms"] > ul.alarms > li')
      .evaluateAll((items) => items.length);
    expect(await page.getByTestId('alarms-count').textContent()).toBe(String(open));
    expect(await page.locator('.alarms-accepted summary').textContent()).toBe('Принято: 1 оповещение');
    await screenshot(page, 'board-admin-alarms-grouped');
    await grouped.getByRole('button', { name: /^Принять все/ }).click();
    await expect.poll(() => page.getByTestId('alarms-count').textContent()).toBe(String(open - 1));
    const acknowledged = events()
      .filter((e) => e.type === 'alarm.acknowledged')
      .map((e) => (e as Extract<OfficeEvent, { type: 'alarm.acknowledged' }>).key);
    expect(acknowledged).toEqual(
      expect.arrayContaining(['waitForecast:readings', 'waitForecast:org-contract']),
    );
  });

  it('has a wall view: everything on one 1920×1080 screen, in type readable from across the hall', async () => {
    await page.getByTestId('wall-view').click();
    const wall = page.getByTestId('wall-board');
    await wall.waitFor();
    expect(page.url()).toContain('wall=1');
    const layout = await page.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      width: document.documentElement.scrollWidth,
      // The smallest text of the windows and queues: what is read from three metres.
      smallest: Math.min(
        ...[...document.querySelectorAll<HTMLElement>('.wall-window, .wall-topics li, .wall-groups li')].map(
          (e) => Number.parseFloat(getComputedStyle(e).fontSize),
        ),
      ),
      ticket: Number.parseFloat(
        getComputedStyle(document.querySelector('.wall-ticket') ?? document.body).fontSize,
      ),
    }));
    expect(layout.height).toBeLessThanOrEqual(1080);
    expect(layout.width).toBeLessThanOrEqual(1920);
    expect(layout.smallest).toBeGreaterThanOrEqual(24);
    expect(layout.ticket).toBeGreaterThanOrEqual(48);
    // Every window, the queues with people in them, and the alarms not yet accepted.
    expect(await wall.locator('.wall-window').count()).toBe(4);
    expect(await wall.locator('[data-service-id="readings"]').count()).toBe(1);
    expect(await wall.locator('.wall-alarm-list [data-alarm-kind="printerFault"]').count()).toBe(0);
    await screenshot(page, 'board-admin-wall');
    expect(await seriousViolations(page)).toEqual([]);
    // The wall view is in the address, so a wall screen opens in it; one button goes back to the desk.
    await page.getByRole('button', { name: 'Обычный вид' }).click();
    await page.waitForSelector('.admin-main');
    expect(page.url()).not.toContain('wall');
  });

  it('reprints a waiting ticket at the kiosk printer and says so', async () => {
    const printed = printer.waitForTicket(10_000);
    await page.locator('tr[data-ticket="П003"]').getByRole('button', { name: 'Перепечатать' }).click();
    const paper = await printed;
    expect(paper.lines.map((line) => line.text)).toContain('П003');
    await expect.poll(() => page.getByTestId('reprint-status').textContent()).toBe('Талон П003 напечатан.');
  });

  it('opens a window on a staff member’s behalf; the log keeps who opened it', async () => {
    // First op3 closes their own Окно 3 and opens it again while the call for extra staff is still on:
    // ordinary work at their own window, not the reserve's answer to the call.
    expect(
      staff('admin')
        .store.getState()
        .view!.episodes.some((e) => e.endedAt === null),
    ).toBe(true);
    await sendOk(staff('op3'), { type: 'window.close', windowId: 'w3' });
    await sendOk(staff('op3'), { type: 'window.open', windowId: 'w3' });
    expect(events().some((e) => e.type === 'overload.windowOpened' && e.windowId === 'w3')).toBe(false);

    // Окно 3 alone serves the organisation waiting since the wait alarms' test: op3 serves them first,
    // so its closing leaves nobody waiting unserved (003 §8.3 refuses it otherwise).
    const { runtime } = office.server;
    const organisation = Object.values(runtime.state.tickets).find(
      (t) => t.state === 'waiting' && t.serviceIds[0] === 'org-contract',
    );
    if (organisation) {
      await sendOk(staff('op3'), {
        type: 'ticket.call',
        windowId: 'w3',
        ticketId: organisation.id,
        reason: 'Юридическое лицо',
      });
      await sendOk(staff('op3'), { type: 'ticket.start', windowId: 'w3' });
      await sendOk(staff('op3'), { type: 'ticket.finish', windowId: 'w3', result: 'resolved' });
    }
    const closed = runtime.state.config.windows.find(
      (w) =>
        runtime.state.windows[w.id]?.status !== 'closed' &&
        runtime.state.windows[w.id]?.ticketId === null &&
        !isRefusal(runtime.run({ type: 'window.close', windowId: w.id }, { kind: 'system' })),
    );
    if (!closed) throw new Error('the scenario left no idle window that may close');
    await page.locator(`[data-window-id="${closed.id}"]`).getByRole('button', { name: 'Открыть' }).click();
    const dialog = page.getByRole('dialog', { name: `Открыть: ${closed.label}` });
    await dialog.getByLabel('От имени сотрудника').selectOption('reserve');
    // Opening for someone else is an override: the reason is asked for, and kept.
    expect(await dialog.getByRole('button', { name: 'Открыть' }).isDisabled()).toBe(true);
    await dialog.getByLabel('Причина').fill('Пульт окна неисправен');
    await dialog.getByRole('button', { name: 'Открыть' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(office.server.runtime.state.windows[closed.id]).toMatchObject({
      status: 'open',
      operatorId: 'reserve',
    });
    const opened = events().findLast((e) => e.type === 'window.opened' && e.windowId === closed.id);
    expect(opened).toMatchObject({
      staffId: 'reserve',
      reason: 'Пульт окна неисправен',
      actor: { kind: 'staff', staffId: 'admin' },
    });
  });

  it('journals the manual actions taken at other screens, with who and why, and not ordinary work', async () => {
    const journal = page.getByTestId('journal');
    const entry = (type: string) => journal.locator(`li[data-type="${type}"]`);
    // The manager resets a PIN on the settings page: another client, over HTTP, after the board opened.
    const managerToken = await office.token('manager', '2222');
    const reset = await fetch(`${office.url}/api/config/staff/reset-pin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${managerToken}` },
      body: JSON.stringify({ staffId: 'op2' }),
    });
    expect(reset.status).toBe(200);
    // The board refreshes its journal at most every two seconds after the view moves.
    await expect
      .poll(() => journal.locator('li').first().locator('.journal-what').textContent(), { timeout: 5000 })
      .toBe('PIN-код сброшен: Петров Алексей Николаевич');
    expect(await journal.locator('li').first().locator('.journal-who').textContent()).toBe(
      'Кузнецов Андрей Викторович',
    );
    // The reserve member accepted the overload at the reserve console, then opened a window for it; the
    // window's topics were changed here with a reason.
    expect(await entry('overload.accepted').locator('.journal-who').textContent()).toBe(
      'Морозов Дмитрий Олегович',
    );
    expect(await entry('overload.accepted').locator('.journal-what').textContent()).toBe(
      'Вызов резерва принят',
    );
    expect(await entry('overload.windowOpened').locator('.journal-what').textContent()).toBe(
      'Окно 2 открыто по вызову резерва',
    );
    expect(await entry('window.servicesChanged').locator('.journal-why').textContent()).toBe(
      'Причина: Перегрузка по теме',
    );
    // Ordinary work at one's own window is not an override: op3's own pause «Обучение» is not listed, and
    // op3 opening Окно 3 again during the call for extra staff is not the reserve's answer to it.
    expect(await journal.textContent()).not.toContain('Обучение');
    expect(await journal.textContent()).not.toContain('Окно 3 открыто по вызову резерва');
    expect(await entry('ticket.started').count()).toBe(0);
    // The list scrolls by keyboard: it takes the focus.
    await journal.getByRole('region', { name: 'Действия за сегодня, сначала последние' }).focus();
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('journal-scroll');
    await screenshot(page, 'board-admin-journal');
  });

  it('has no serious accessibility violations', async () => {
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'board-admin-after-actions');
  });
});
