import type { OfficeClient } from '@queue/client';
import { ALWAYS_OPEN, demoOffice } from '@queue/engine';
import type { StaffView } from '@queue/protocol';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.js';
import { chimeTones, COUNT_CHIME_TONES } from './support/chime-tones.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { sendOk } from './support/send-ok.js';
import { TestOfficeServer } from './support/test-office.js';

/**
 * The reserve console's sound alert, in Chromium against the real server: a call for help in the hall
 * sounds one short chime (two Web Audio tones) when it arrives, not again while the queue behind it
 * grows, and not at all once the person turned the sound off at this computer, a choice that survives
 * a reload. The page's own oscillators are counted; the chime itself is the one the hall board uses.
 */

let office: TestOfficeServer;
let browser: Browser;
let op1: OfficeClient<StaffView>;
let admin: OfficeClient<StaffView>;
let kassa: OfficeClient<StaffView>;

beforeAll(async () => {
  // A generous wait norm keeps the forecast's early call for help out of it: the one episode here is
  // the count at Окно 1, so every chime heard belongs to it.
  const config = demoOffice({ hours: ALWAYS_OPEN });
  config.services = config.services.map((service) => ({ ...service, waitNormMin: 600 }));
  [office, browser] = await Promise.all([TestOfficeServer.start({ config }), launchBrowser()]);
  [op1, admin, kassa] = await Promise.all([
    office.staff('op1', '1234'),
    office.staff('admin', '1111'),
    office.staff('kassa', '4567'),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await office?.stop();
});

const issueTicket = () =>
  sendOk(admin, {
    type: 'ticket.issue',
    serviceIds: ['readings'],
    clientType: 'individual',
    priority: null,
    source: 'administrator',
  });

const settle = (page: Page) => page.waitForTimeout(800);

describe('reserve console: the sound alert', () => {
  it('chimes once per call for help, stays silent when turned off, and keeps that choice', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(COUNT_CHIME_TONES);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${office.url}/operator/`);
    await page.getByLabel('Логин').fill('reserve');
    await page.getByLabel('PIN-код').fill('5678');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('join-reserve').click();
    await page.waitForSelector('[data-testid=reserve-idle]');
    const sound = page.getByLabel('Звуковой сигнал о вызове в зал');
    expect(await sound.isChecked()).toBe(true);
    expect(await chimeTones(page)).toBe(0);

    // Six people for one open window raise the overload alarm (REGULATIONS §2): one chime, two tones.
    await sendOk(op1, { type: 'window.open', windowId: 'w1', services: null });
    for (let i = 0; i < 6; i++) await issueTicket();
    await page.waitForSelector('[data-testid=help-alert]');
    const episodes = () => Object.values(office.server.runtime.state.episodes);
    expect(episodes().map((e) => e.windowId)).toEqual(['w1']);
    await expect.poll(() => chimeTones(page)).toBe(2);
    await screenshot(page, 'operator-reserve-sound');
    expect(await seriousViolations(page)).toEqual([]);

    // The same episode while the office goes on (each change re-renders the screen): no second chime.
    // The cashier window opening takes its card off the alert's choice of windows to open.
    const cashierCard = page.locator('[data-testid=help-alert] .window-card[data-window=k1]');
    expect(await cashierCard.count()).toBe(1);
    await issueTicket();
    await sendOk(kassa, { type: 'window.open', windowId: 'k1', services: null });
    await expect.poll(() => cashierCard.count()).toBe(0);
    await settle(page);
    expect(await chimeTones(page)).toBe(2);

    // Turned off at this computer: kept in localStorage, so after a reload the running call is silent.
    await sound.uncheck();
    expect(await page.evaluate(() => localStorage.getItem('queue.operator.helpSound'))).toBe('off');
    await page.reload();
    await page.waitForSelector('[data-testid=help-alert]');
    expect(await sound.isChecked()).toBe(false);
    await settle(page);
    expect(await chimeTones(page)).toBe(0);

    // Turned on again: one chime to hear what it sounds like, and the running call is not replayed.
    await sound.check();
    await expect.poll(() => chimeTones(page)).toBe(2);
    await settle(page);
    expect(await chimeTones(page)).toBe(2);
    expect(await page.evaluate(() => localStorage.getItem('queue.operator.helpSound'))).toBe('on');

    expect(episodes()).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
