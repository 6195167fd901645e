import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OfficeClient } from '@queue/client';
import type { OfficeEvent } from '@queue/engine';
import type { StaffView } from '@queue/protocol';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { sendOk } from './support/send-ok.js';
import { TestOfficeServer, until } from './support/test-office.js';

/**
 * Pooling when it helps (issue 20), in Chromium against the real server: a wave of meter readings at
 * «Окно 1» while the cash desk has nobody; the board advises the cash desk to take readings for a
 * while, the administrator applies it with one press (logged with the reason and who), the advice
 * leaves the board, the cashier's console calls a reading; when the wave has passed and the hold is
 * over, the board advises giving the topic back, and one press does.
 */

// A fixed office day (Thursday 19 March 2026, 10:00 in Moscow) whose clock the test moves forward.
const STARTED = Date.now();
const BASE = Date.UTC(2026, 2, 19, 7, 0);
let shiftMs = 0;
const clock = () => BASE + (Date.now() - STARTED) + shiftMs;
const MINUTE = 60_000;

let office: TestOfficeServer;
let browser: Browser;
let page: Page;
const clients: Record<string, OfficeClient<StaffView>> = {};
const staff = (login: string) => clients[login]!;

const events = (): OfficeEvent[] =>
  readFileSync(join(office.dataDir, 'events', 'live.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as OfficeEvent);

const view = (login = 'admin') => staff(login).store.getState().view!;
const advice = (kind: 'widen' | 'restore') =>
  page.locator(`.pooling-advice[data-kind="${kind}"][data-advice-window="k1"]`);

beforeAll(async () => {
  office = await TestOfficeServer.start({ clock });
  browser = await launchBrowser();
  for (const [login, pin] of [
    ['admin', '1111'],
    ['op1', '1234'],
    ['kassa', '4567'],
  ] as const) {
    clients[login] = await office.staff(login, pin);
  }
  await sendOk(staff('op1'), { type: 'window.open', windowId: 'w1' });
  await sendOk(staff('kassa'), { type: 'window.open', windowId: 'k1' });
  for (let i = 0; i < 6; i++) {
    await sendOk(staff('admin'), {
      type: 'ticket.issue',
      serviceIds: ['readings'],
      clientType: 'individual',
      priority: null,
      source: 'administrator',
    });
  }
  await until(() => view().pooling.length > 0);

  page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(`${office.url}/board/admin`);
  await page.getByLabel('Логин').fill('admin');
  await page.getByLabel('PIN-код').fill('1111');
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.waitForSelector('.admin-main');
});

afterAll(async () => {
  await browser?.close();
  await office?.stop();
});

describe('pooling advice on the administrator board', () => {
  it('advises the idle cash desk to take meter readings, saying for how long and why', async () => {
    await advice('widen').waitFor();
    const text = await advice('widen').textContent();
    expect(text).toContain('Касса 1 может принимать и «Показания приборов учёта» — примерно 90 мин');
    expect(text).toContain('В этой очереди 6 чел., ожидание до 50 мин');
    expect(text).toContain('Своих посетителей окно по-прежнему приглашает первыми');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'board-pooling-widen');
  });

  it('applies it with one press: the cash desk serves readings, the log keeps who and why, the advice leaves', async () => {
    await advice('widen').getByRole('button', { name: 'Применить' }).click();
    await advice('widen').waitFor({ state: 'detached' });
    const changed = events().findLast((e) => e.type === 'window.servicesChanged');
    expect(changed).toMatchObject({
      windowId: 'k1',
      services: [
        { serviceId: 'payment', weight: 2 },
        { serviceId: 'readings', weight: 1 },
      ],
      reason: 'Совет табло: помочь с очередью «Показания приборов учёта» примерно 90 мин, в очереди 6 чел.',
      actor: { kind: 'staff', staffId: 'admin' },
    });
    // The cashier's console calls next: with no payment waiting, a reading.
    await sendOk(staff('kassa'), { type: 'ticket.callNext', windowId: 'k1' });
    const cashier = view('kassa');
    const called = cashier.tickets.find((t) => t.id === cashier.windows.find((w) => w.id === 'k1')?.ticketId);
    expect(called?.serviceIds).toEqual(['readings']);
  });

  it('once the wave has passed and the hold is over, advises giving readings back, and one press does', async () => {
    // Everyone is served; the cash desk took readings less than 90 minutes ago: no advice yet.
    for (const [login, windowId] of [
      ['kassa', 'k1'],
      ['op1', 'w1'],
    ] as const) {
      for (;;) {
        const mine = view(login);
        const window = mine.windows.find((w) => w.id === windowId)!;
        if (window.ticketId) {
          const ticket = mine.tickets.find((t) => t.id === window.ticketId);
          if (ticket?.state === 'called') await sendOk(staff(login), { type: 'ticket.start', windowId });
          await sendOk(staff(login), { type: 'ticket.finish', windowId, result: 'resolved' });
        }
        if (!view(login).tickets.some((t) => t.state === 'waiting')) break;
        await sendOk(staff(login), { type: 'ticket.callNext', windowId });
      }
    }
    await until(() => view().tickets.length === 0 && view().pooling.length === 0);

    // The server's clock tick rebuilds the views at the new time.
    shiftMs = 91 * MINUTE;
    await advice('restore').waitFor();
    expect(await advice('restore').textContent()).toContain(
      'Касса 1: очередь спала («Показания приборов учёта») — окно может вернуться к своим темам',
    );
    await screenshot(page, 'board-pooling-restore');
    await advice('restore').getByRole('button', { name: 'Вернуть окну его темы' }).click();
    await advice('restore').waitFor({ state: 'detached' });
    expect(events().findLast((e) => e.type === 'window.servicesChanged')).toMatchObject({
      windowId: 'k1',
      services: [{ serviceId: 'payment', weight: 2 }],
      reason: 'Совет табло: очередь «Показания приборов учёта» спала, окно возвращается к своим темам',
      actor: { kind: 'staff', staffId: 'admin' },
    });
  });
});
