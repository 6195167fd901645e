import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OfficeClient } from '@queue/client';
import type { OfficeEvent, Ticket } from '@queue/engine';
import type { CommandInput, IssuedTicket, PublicView, StaffView } from '@queue/protocol';
import { DEMO_DEVICE_TOKENS } from '@queue/server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { TestOfficeServer, until } from './support/test-office.js';

/**
 * The operator console in Chromium against the real office server: tickets come from the kiosk
 * command, the operator works with the keys shown on the buttons, and every claim is checked on the
 * server — its live state and its event log — not only on the screen.
 */

const MINUTE = 60_000;
/** The server's clock may be moved back, so a service "started" minutes ago without waiting minutes. */
const clockShift = { ms: 0 };
const clock = () => Date.now() + clockShift.ms;

let office: TestOfficeServer;
let browser: Browser;
let kiosk: OfficeClient<PublicView>;
let admin: OfficeClient<StaffView>;
let page: Page;

beforeAll(async () => {
  [office, browser] = await Promise.all([TestOfficeServer.start({ clock }), launchBrowser()]);
  kiosk = await office.connect<PublicView>(DEMO_DEVICE_TOKENS['kiosk-1']);
  admin = await office.staff('admin', '1111');
});
afterAll(async () => {
  await browser?.close();
  await office?.stop();
});

/**
 * The main flow's ticket comes from the kiosk; the many more these tests need are registered by the hall
 * administrator (001 §7.1.6), since the server rate-limits a kiosk to one ticket per 6 s after five.
 */
const issue = async (
  serviceId: string,
  priority: 'disability' | null = null,
  by: OfficeClient<PublicView> | OfficeClient<StaffView> = admin,
): Promise<IssuedTicket> => {
  const response = await by.send({
    type: 'ticket.issue',
    serviceIds: [serviceId],
    clientType: 'individual',
    priority,
    source: 'kiosk',
  });
  if (!response.ok || !response.result.ticket) throw new Error(`not issued: ${JSON.stringify(response)}`);
  return response.result.ticket;
};

const state = () => office.server.runtime.state;
const liveTicket = (id: string): Ticket | undefined => state().tickets[id];
const events = (): OfficeEvent[] =>
  readFileSync(join(office.dataDir, 'events', 'live.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as OfficeEvent);

const newConsole = async () => {
  const created = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors: string[] = [];
  created.on('pageerror', (e) => errors.push(e.message));
  await created.goto(`${office.url}/operator/`);
  return { page: created, errors };
};

const signIn = async (target: Page, login: string, pin: string) => {
  await target.getByLabel('Логин').fill(login);
  await target.getByLabel('PIN-код').fill(pin);
  await target.getByTestId('login-submit').click();
};

const visit = (target: Page) => target.getByTestId('current-visit');
const waitVisit = (target: Page, visitState: string, number?: string) =>
  target.waitForSelector(
    `[data-testid=current-visit][data-state=${visitState}]${number ? `[data-number="${number}"]` : ''}`,
  );

describe('operator console', () => {
  it('signs in with login and PIN, takes the assigned window and opens it with its services', async () => {
    const opened = await newConsole();
    page = opened.page;
    await page.waitForSelector('[data-testid=login-screen]');
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    await signIn(page, 'op1', '0000');
    await expect
      .poll(() => page.getByTestId('login-error').textContent())
      .toContain('Неверный логин или PIN');
    await screenshot(page, 'operator-login');
    expect(await seriousViolations(page)).toEqual([]);

    await signIn(page, 'op1', '1234');
    await page.waitForSelector('[data-testid=window-choice]');
    // Her own window is chosen already, with every service of it ticked.
    expect(await page.locator('.window-card.selected').getAttribute('data-window')).toBe('w1');
    await screenshot(page, 'operator-window-choice');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('open-window').click();
    await page.waitForSelector('[data-testid=window-console][data-status=open]');

    const w1 = state().windows.w1;
    expect(w1).toMatchObject({ status: 'open', operatorId: 'op1' });
    expect(w1?.services).toEqual(state().config.windows.find((w) => w.id === 'w1')?.services);
    expect(state().staff.op1).toMatchObject({ mode: 'operator', windowId: 'w1' });
    // 003 §8.2: the window, the operator's full name and position; and the connection.
    expect(await page.getByTestId('window-title').textContent()).toBe('Окно 1');
    expect(await page.getByTestId('operator-name').textContent()).toBe(
      'Иванова Мария СергеевнаВедущий специалист',
    );
    expect(await page.getByTestId('connection-state').getAttribute('data-state')).toBe('online');
    expect(await page.getByTestId('connection-state').textContent()).toBe('На связи');
    await screenshot(page, 'operator-idle');
    expect(await seriousViolations(page)).toEqual([]);

    // A reload keeps the operator signed in and at the window (sessionStorage).
    await page.reload();
    await page.waitForSelector('[data-testid=window-console][data-status=open]');
    expect(opened.errors).toEqual([]);
  });

  it('a refused pause on the last open window shows the reason in plain Russian', async () => {
    // Issued three minutes ago, so the visitor has waited (for «Спасибо за ожидание» below).
    clockShift.ms = -3 * MINUTE;
    await issue('readings', null, kiosk);
    clockShift.ms = 0;
    await until(() => Object.keys(state().tickets).length === 1);
    await page.keyboard.press('F9');
    await page.waitForSelector('[data-testid=pause-dialog]');
    await screenshot(page, 'operator-pause-dialog');
    await page.keyboard.press('2'); // обед
    await page.waitForSelector('[data-testid=refusal]');
    const text = await page.getByTestId('refusal-text').textContent();
    expect(text).toBe(
      'Сейчас отойти нельзя: ожидающих (1 чел.) больше некому принять — другие открытые окна не ведут их темы. Зал не остаётся без сотрудника: сначала должно открыться окно с этими темами.',
    );
    expect(await page.getByTestId('refusal').getAttribute('data-code')).toBe('last_window_while_waiting');
    expect(state().windows.w1?.status).toBe('open');
    await screenshot(page, 'operator-refusal');
    await page.getByTestId('refusal').getByRole('button').click();
  });

  it('calls, starts and finishes a kiosk ticket with F1, F3, F4 + 1, and the server agrees', async () => {
    const waiting = Object.values(state().tickets)[0]!;
    expect(waiting).toMatchObject({ source: 'kiosk', state: 'waiting' });
    await page.keyboard.press('F1');
    await waitVisit(page, 'called', waiting.number);
    expect(liveTicket(waiting.id)).toMatchObject({ state: 'called', windowId: 'w1', staffId: 'op1' });
    // The standard's greeting with her first name and patronymic (003 §8.2).
    expect(await page.getByTestId('prompt-greeting').textContent()).toMatch(
      /! Меня зовут Мария Сергеевна\. Чем могу Вам помочь\?/,
    );
    // 000 п.63 ж: they had to wait, so they are thanked for it.
    expect(await page.getByTestId('prompt-thanks').textContent()).toBe('«Спасибо за ожидание!»');
    await screenshot(page, 'operator-calling');

    await page.keyboard.press('F3');
    await waitVisit(page, 'serving', waiting.number);
    expect(liveTicket(waiting.id)?.state).toBe('serving');
    expect(await page.getByTestId('prompt-farewell').textContent()).toContain('До свидания');

    await page.keyboard.press('F4');
    await page.waitForSelector('[data-testid=finish-dialog]');
    await page.keyboard.press('1');
    await waitVisit(page, 'idle');
    expect(liveTicket(waiting.id)).toBeUndefined();
    const finished = events().find((e) => e.type === 'ticket.finished' && e.ticketId === waiting.id);
    expect(finished).toMatchObject({ windowId: 'w1', result: 'resolved', actor: { staffId: 'op1' } });
    await expect.poll(() => page.getByTestId('shift-served').textContent()).toBe('1');
  });

  it('the service timer warns before the norm and breaches at it', async () => {
    const norm = state().config.services.find((s) => s.id === 'readings');
    expect(norm?.serviceNormMin ?? 10).toBe(10);
    for (const [minutesAgo, level] of [
      [8.5, 'warn'],
      [10.5, 'breach'],
    ] as const) {
      const ticket = await issue('readings');
      await page.keyboard.press('F1');
      await waitVisit(page, 'called', ticket.number);
      clockShift.ms = -minutesAgo * MINUTE;
      await page.keyboard.press('F3');
      await waitVisit(page, 'serving', ticket.number);
      clockShift.ms = 0;
      await page.waitForSelector(`[data-testid=service-timer][data-level=${level}]`);
      await screenshot(page, `operator-serving-${level}`);
      await page.keyboard.press('F4');
      await page.waitForSelector('[data-testid=finish-dialog]');
      await page.keyboard.press('1');
      await waitVisit(page, 'idle');
    }
  });

  it('shows an out-of-turn visitor first and unmistakably; F1 calls them first; a specific call needs a reason', async () => {
    const first = await issue('readings');
    const second = await issue('charges');
    const priority = await issue('consult', 'disability');
    await page.waitForSelector(`[data-testid=queue-row][data-number="${priority.number}"]`);
    const rows = page.getByTestId('queue-row');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.first().getAttribute('data-number')).toBe(priority.number);
    expect(await rows.first().getAttribute('data-out-of-turn')).toBe('true');
    expect(await page.getByTestId('out-of-turn-alert').textContent()).toContain(priority.number);
    await screenshot(page, 'operator-queue-out-of-turn');
    expect(await seriousViolations(page)).toEqual([]);

    // Called two minutes ago, so «Не подошёл» is possible at once (no-show.ts).
    clockShift.ms = -2 * MINUTE;
    await page.keyboard.press('F1');
    await waitVisit(page, 'called', priority.number);
    clockShift.ms = 0;
    expect(await page.getByTestId('visit-out-of-turn').isVisible()).toBe(true);
    await expect.poll(() => page.locator('[data-action=noShow]').isEnabled(), { timeout: 3000 }).toBe(true);
    await page.keyboard.press('F6'); // did not come: sent once the few seconds to take it back are up
    await page.getByTestId('no-show-undo').waitFor();
    await waitVisit(page, 'idle');

    // Out of order: the second ticket before the first, with a reason on record (001 §7.2.4).
    await page.getByRole('button', { name: `Вызвать талон ${second.number}` }).click();
    await page.waitForSelector('[data-testid=call-ticket-dialog]');
    expect(await page.getByTestId('call-submit').isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Посетитель вернулся с документами' }).click();
    await page.getByTestId('call-submit').click();
    await waitVisit(page, 'called', second.number);
    const call = events().find((e) => e.type === 'ticket.called' && e.ticketId === second.id);
    expect(call).toMatchObject({ manualReason: 'Посетитель вернулся с документами' });
    await page.keyboard.press('F3');
    await waitVisit(page, 'serving', second.number);
    await page.keyboard.press('F4');
    await page.waitForSelector('[data-testid=finish-dialog]');
    await page.keyboard.press('3');
    await waitVisit(page, 'idle');
    expect(events().find((e) => e.type === 'ticket.finished' && e.ticketId === second.id)).toMatchObject({
      result: 'redirected',
    });
    // The first is still waiting for the next test.
    expect(liveTicket(first.id)?.state).toBe('waiting');
  });

  it('a transfer lands in the other topic’s queue with its original place, before newer tickets', async () => {
    const transferred = Object.values(state().tickets).find((t) => t.state === 'waiting')!;
    const newer = await issue('payment');
    expect(newer.issuedAt).toBeGreaterThan(transferred.issuedAt);
    await page.keyboard.press('F1');
    await waitVisit(page, 'called', transferred.number);
    await page.keyboard.press('F3');
    await waitVisit(page, 'serving', transferred.number);
    await page.keyboard.press('F7');
    await page.waitForSelector('[data-testid=transfer-dialog]');
    // No cash desk is open: the payment topic is shown but cannot be chosen (nobody would call them).
    const payment = page.getByTestId('transfer-service').locator('option[value=payment]');
    expect(await payment.isDisabled()).toBe(true);
    expect(await payment.textContent()).toContain('сейчас не ведёт ни одно окно');
    // The cashier opens the cash desk; the dialog offers it at once.
    const cashier = await office.staff('kassa', '4567');
    const send = async (command: CommandInput) => {
      const response = await cashier.send(command);
      if (!response.ok) throw new Error(response.error.message.en);
    };
    await send({ type: 'window.open', windowId: 'k1', services: null });
    await expect.poll(() => payment.isDisabled()).toBe(false);
    await page.getByTestId('transfer-service').selectOption('payment');
    await page.getByRole('button', { name: 'Нужна оплата в кассе' }).click();
    await screenshot(page, 'operator-transfer-dialog');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('transfer-submit').click();
    await waitVisit(page, 'idle');

    const moved = liveTicket(transferred.id)!;
    expect(moved).toMatchObject({ state: 'waiting', serviceIds: ['payment'], orderAt: transferred.issuedAt });
    expect(
      events().find((e) => e.type === 'ticket.transferred' && e.ticketId === transferred.id),
    ).toMatchObject({
      toServiceId: 'payment',
      reason: 'Нужна оплата в кассе',
    });
    // The cashier calls next: the transferred visitor comes before the newer payment ticket.
    // Each is called «two minutes ago», so the no-show that clears the window is allowed at once.
    clockShift.ms = -2 * MINUTE;
    await send({ type: 'ticket.callNext', windowId: 'k1' });
    clockShift.ms = 0;
    expect(liveTicket(transferred.id)).toMatchObject({ state: 'called', windowId: 'k1' });
    expect(liveTicket(newer.id)?.state).toBe('waiting');
    await send({ type: 'ticket.noShow', windowId: 'k1' });
    clockShift.ms = -2 * MINUTE;
    await send({ type: 'ticket.callNext', windowId: 'k1' });
    clockShift.ms = 0;
    expect(liveTicket(newer.id)?.state).toBe('called');
    await send({ type: 'ticket.noShow', windowId: 'k1' });
    await send({ type: 'window.close', windowId: 'k1' });
  });

  it('two consoles that call next at the same moment get different tickets', async () => {
    const second = await newConsole();
    await signIn(second.page, 'op2', '2345');
    await second.page.waitForSelector('[data-testid=window-choice]');
    await second.page.keyboard.press('Enter');
    await second.page.waitForSelector('[data-testid=window-console][data-status=open]');
    const a = await issue('consult');
    const b = await issue('consult');
    await Promise.all([page.keyboard.press('F1'), second.page.keyboard.press('F1')]);
    await Promise.all([waitVisit(page, 'called'), waitVisit(second.page, 'called')]);
    const shown = [
      await visit(page).getAttribute('data-number'),
      await visit(second.page).getAttribute('data-number'),
    ];
    expect(new Set(shown)).toEqual(new Set([a.number, b.number]));
    expect([liveTicket(a.id)?.windowId, liveTicket(b.id)?.windowId].sort()).toEqual(['w1', 'w2']);
    const calls = events().filter(
      (e) => e.type === 'ticket.called' && (e.ticketId === a.id || e.ticketId === b.id),
    );
    expect(calls).toHaveLength(2);
    // op2 serves the visitor; page stays with op1's called visitor for the restart.
    await second.page.keyboard.press('F3');
    await waitVisit(second.page, 'serving');
    await second.page.keyboard.press('F4');
    await second.page.waitForSelector('[data-testid=finish-dialog]');
    await second.page.keyboard.press('1');
    await waitVisit(second.page, 'idle');
    expect(second.errors).toEqual([]);
    await second.page.close();
  });

  it('after a server restart the console shows the same state without a reload, with a banner while down', async () => {
    const number = await visit(page).getAttribute('data-number');
    expect(number).toBeTruthy();
    await page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });
    const banner = page.waitForSelector('.connection-banner', { timeout: 10_000 });
    await office.restart();
    await banner;
    await screenshot(page, 'operator-connection-lost').catch(() => undefined);
    await page.waitForSelector('[data-testid=connection-state][data-state=online]', { timeout: 10_000 });
    await waitVisit(page, 'called', number!);
    expect(await page.locator('.connection-banner').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(
      true,
    );
    // And it works on the restarted server.
    await page.keyboard.press('F3');
    await waitVisit(page, 'serving', number!);
    expect(Object.values(state().tickets).find((t) => t.number === number)?.state).toBe('serving');
    await page.keyboard.press('F4');
    await page.waitForSelector('[data-testid=finish-dialog]');
    await page.keyboard.press('1');
    await waitVisit(page, 'idle');
  });

  it('switches to English and back; the silent manager call raises an alarm only for the administrator', async () => {
    await page.getByTestId('language').click();
    await expect.poll(() => page.getByTestId('connection-state').textContent()).toBe('Connected');
    expect(await page.locator('[data-action=callNext]').textContent()).toBe('F1Call next');
    await screenshot(page, 'operator-english');
    await page.getByTestId('language').click();
    await expect.poll(() => page.getByTestId('connection-state').textContent()).toBe('На связи');

    await page.keyboard.press('F10');
    await expect
      .poll(() => page.getByTestId('manager-status').textContent())
      .toContain('Руководитель вызван');
    expect(state().alarms['manager:w1']).toMatchObject({ kind: 'managerCall', windowId: 'w1' });
    // Silent in the hall: the public view (board, kiosk) has no trace of it.
    expect(JSON.stringify(kiosk.store.getState().view)).not.toMatch(/manager/i);
  });

  it('one key press is one action: a double F1 calls one visitor; recall, postpone, return, pause, resume, close', async () => {
    const first = await issue('readings');
    const second = await issue('readings');
    const before = events().length;
    await page.keyboard.press('F1');
    await page.keyboard.press('F1');
    await waitVisit(page, 'called', first.number);
    await page.keyboard.press('F2'); // answered after any second F1 would have been: one socket, in order
    await expect.poll(() => liveTicket(first.id)?.recalls).toBe(1);
    const calls = events()
      .slice(before)
      .filter((e) => e.type === 'ticket.called');
    expect(calls).toHaveLength(1);
    expect(liveTicket(second.id)?.state).toBe('waiting');
    expect(await page.getByTestId('refusal').count()).toBe(0);

    // Postponed for 5 minutes (F8, then 1), then brought back by hand before the time.
    await page.keyboard.press('F8');
    await page.waitForSelector('[data-testid=postpone-dialog]');
    await page.keyboard.press('1');
    await waitVisit(page, 'idle');
    const postponed = liveTicket(first.id)!;
    expect(postponed.state).toBe('postponed');
    expect(postponed.postponedUntil! - Date.now()).toBeGreaterThan(4 * MINUTE);
    await page.getByRole('button', { name: 'Вернуть в очередь' }).click();
    await expect.poll(() => liveTicket(first.id)?.state).toBe('waiting');

    // Okno 2 is still open, so this pause is allowed; the reason is on record and in the header.
    await page.keyboard.press('F9');
    await page.waitForSelector('[data-testid=pause-dialog]');
    await page.keyboard.press('4');
    await page.waitForSelector('[data-testid=window-console][data-status=paused]');
    expect(state().windows.w1).toMatchObject({ status: 'paused', pauseReason: 'работа с документами' });
    expect(await page.getByTestId('window-status').textContent()).toBe('Перерыв: работа с документами');
    await page.keyboard.press('F9');
    await page.waitForSelector('[data-testid=window-console][data-status=open]');
    for (let i = 0; i < 2; i++) {
      // Called two minutes ago, past the minute before «Не подошёл» is possible.
      clockShift.ms = -2 * MINUTE;
      await page.keyboard.press('F1');
      await waitVisit(page, 'called');
      clockShift.ms = 0;
      await expect.poll(() => page.locator('[data-action=noShow]').isEnabled(), { timeout: 3000 }).toBe(true);
      await page.keyboard.press('F6');
      await page.getByTestId('no-show-undo').waitFor();
      await waitVisit(page, 'idle');
    }
    await expect.poll(() => page.getByTestId('queue-count').textContent()).toBe('0');
    await page.keyboard.press('Shift+F9');
    await page.waitForSelector('[data-testid=window-choice]');
    expect(state().windows.w1?.status).toBe('closed');
    await page.getByTestId('logout').click();
    await page.waitForSelector('[data-testid=login-screen]');
    expect(state().staff.op1).toBeUndefined();
  });
});
