import type { OfficeClient } from '@queue/client';
import type { StaffView } from '@queue/protocol';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.js';
import { COUNT_CHIME_TONES, chimeTones } from './support/chime-tones.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { sendOk } from './support/send-ok.js';
import { TestOfficeServer } from './support/test-office.js';

/**
 * The visitor's page on the phone (issue 18) in Chromium at a phone's size (390×844), against the real
 * server: opened by the ticket's token, it shows the number, topic and people ahead; the visitor steps
 * out and comes back; when an operator calls the ticket the page shows the window and alerts with a
 * chime, a vibration and a notification. Russian first, axe clean in each state.
 */

let office: TestOfficeServer;
let browser: Browser;
let admin: OfficeClient<StaffView>;
let op1: OfficeClient<StaffView>;

/** Counts what the page asks of the phone: vibrations and system notifications. */
const COUNT_PHONE_ALERTS = () => {
  const counter = window as unknown as { vibrations: number; notifications: string[] };
  counter.vibrations = 0;
  counter.notifications = [];
  navigator.vibrate = () => {
    counter.vibrations += 1;
    return true;
  };
  window.Notification = new Proxy(window.Notification, {
    construct(target, args: [string, NotificationOptions?]) {
      counter.notifications.push(args[0]);
      return Reflect.construct(target, args);
    },
  });
};
const phoneAlerts = (page: Page) =>
  page.evaluate(() => {
    const counter = window as unknown as { vibrations: number; notifications: string[] };
    return { vibrations: counter.vibrations, notifications: counter.notifications };
  });

beforeAll(async () => {
  [office, browser] = await Promise.all([TestOfficeServer.start(), launchBrowser()]);
  [admin, op1] = await Promise.all([office.staff('admin', '1111'), office.staff('op1', '1234')]);
});
afterAll(async () => {
  await browser?.close();
  await office?.stop();
});

const issue = async () => {
  const result = await sendOk(admin, {
    type: 'ticket.issue',
    serviceIds: ['readings'],
    clientType: 'individual',
    priority: null,
    source: 'administrator',
  });
  return { id: result.ticket!.id, number: result.ticket!.number, token: result.ticket!.phoneToken! };
};

const phone = async (): Promise<{ context: BrowserContext; page: Page; errors: string[] }> => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'ru-RU',
  });
  await context.grantPermissions(['notifications'], { origin: office.url });
  await context.addInitScript(COUNT_CHIME_TONES);
  await context.addInitScript(COUNT_PHONE_ALERTS);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
};

describe('the ticket on the phone', () => {
  it('follows the queue, steps out and back, and alerts when called', async () => {
    const ahead = await issue();
    const ticket = await issue();
    const { context, page, errors } = await phone();
    await page.goto(`${office.url}/visit/#${ticket.token}`);

    await page.getByText(ticket.number, { exact: true }).waitFor();
    await page.getByText('Перед вами 1 человек').waitFor();
    await page.getByText('Показания приборов учёта').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'visit-waiting-390');

    // Sound and notifications are turned on with one tap (a browser asks for a gesture).
    await page.getByRole('button', { name: 'Включить звук и уведомления' }).tap();
    await page.getByText('Звук и уведомления включены', { exact: false }).waitFor();
    const tonesAfterTest = await chimeTones(page);
    expect(tonesAfterTest).toBe(2);

    // «Выйду ненадолго»: the place is kept; back with one tap.
    await page.getByRole('button', { name: 'На 30 мин' }).tap();
    await page.getByText('Место в очереди сохранено', { exact: true }).waitFor();
    await page.getByText(/Вы отошли до \d\d:\d\d/).waitFor();
    await screenshot(page, 'visit-away-390');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Я вернулся' }).tap();
    await page.getByText('Ожидание приглашения').waitFor();
    await page.getByText('Отойти по этому талону больше нельзя.').waitFor();

    // The operator calls the one ahead, then this visitor.
    await sendOk(op1, { type: 'window.open', windowId: 'w1', services: null });
    await sendOk(op1, { type: 'ticket.callNext', windowId: 'w1' });
    await page.getByText('Вы следующий в очереди').waitFor({ timeout: 15_000 });
    await sendOk(op1, { type: 'ticket.start', windowId: 'w1' });
    await sendOk(op1, { type: 'ticket.finish', windowId: 'w1', result: 'resolved' });
    void ahead;
    await sendOk(op1, { type: 'ticket.callNext', windowId: 'w1' });
    await page.getByText('Пожалуйста, подойдите: Окно 1').waitFor({ timeout: 15_000 });
    await expect.poll(() => chimeTones(page)).toBe(tonesAfterTest + 2);
    expect(await phoneAlerts(page)).toEqual({
      vibrations: 1,
      notifications: [`Талон ${ticket.number}: вас приглашают — Окно 1`],
    });
    await screenshot(page, 'visit-called-390');
    expect(await seriousViolations(page)).toEqual([]);

    // The next refresh of the same call does not alert again; a repeated call does.
    await page.waitForResponse((r) => r.url().endsWith('/api/visit'));
    expect((await phoneAlerts(page)).vibrations).toBe(1);
    await sendOk(op1, { type: 'ticket.recall', windowId: 'w1' });
    await page.getByText('Приглашение повторено').waitFor({ timeout: 15_000 });
    expect((await phoneAlerts(page)).vibrations).toBe(2);

    await sendOk(op1, { type: 'ticket.start', windowId: 'w1' });
    await sendOk(op1, { type: 'ticket.finish', windowId: 'w1', result: 'resolved' });
    await page.getByText('Спасибо за визит!').waitFor({ timeout: 15_000 });
    await screenshot(page, 'visit-done-390');
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it('opens in English for a visitor who chose English at the kiosk', async () => {
    const result = await sendOk(admin, {
      type: 'ticket.issue',
      serviceIds: ['readings'],
      clientType: 'individual',
      priority: null,
      source: 'administrator',
      language: 'en',
    });
    const { context, page, errors } = await phone();
    await page.goto(`${office.url}/visit/#${result.ticket!.phoneToken}`);
    await page.getByText('Your ticket').waitFor();
    await page.getByText('Meter readings').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('says so, politely, for a link that opens no ticket, and speaks English when asked', async () => {
    const { context, page, errors } = await phone();
    await page.goto(`${office.url}/visit/#not-a-real-token-at-all`);
    await page.getByText('Талон не найден.', { exact: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const ticket = await issue();
    await page.goto(`${office.url}/visit/#${ticket.token}`);
    await page.getByRole('button', { name: 'English' }).tap();
    await page.getByText('Your ticket').waitFor();
    await page.getByText(/ahead of you|You are next/).waitFor();
    await screenshot(page, 'visit-english-390');
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
