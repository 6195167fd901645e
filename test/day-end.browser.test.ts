import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OfficeClient } from '@queue/client';
import { type OfficeEvent, WEEKDAY_HOURS, demoOffice } from '@queue/engine';
import type { StaffView } from '@queue/protocol';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.js';
import { SCREENSHOTS, launchBrowser, screenshot } from './support/browser.js';
import { sendOk } from './support/send-ok.js';
import { TestOfficeServer, until } from './support/test-office.js';

/**
 * «Закрыть день» on the administrator's board, in Chromium against the real server (issue 14): while
 * the kiosk still issues tickets the day cannot be closed; after closing time the dialog says who is
 * still in the hall, and on confirmation every visitor waiting, stepped away or called is closed as
 * not served by the administrator — the one being served stays.
 */

// Monday 23 November 2026, 19:50 in Moscow; reception until 20:00, the working day until 21:00.
const STARTED = Date.now();
const BASE = Date.parse('2026-11-23T19:50:00+03:00');
let shiftMs = 0;
const clock = () => BASE + (Date.now() - STARTED) + shiftMs;

let office: TestOfficeServer;
let browser: Browser;
let page: Page;
let admin: OfficeClient<StaffView>;
let op1: OfficeClient<StaffView>;
let kassa: OfficeClient<StaffView>;

const events = (): OfficeEvent[] =>
  readFileSync(join(office.dataDir, 'events', 'live.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as OfficeEvent);

const issue = (serviceId: string) =>
  sendOk(admin, {
    type: 'ticket.issue',
    serviceIds: [serviceId],
    clientType: 'individual',
    priority: null,
    source: 'administrator',
  });

beforeAll(async () => {
  const config = demoOffice({ hours: WEEKDAY_HOURS });
  config.hours.workEndsAfterCloseMin = 60;
  office = await TestOfficeServer.start({ clock, config });
  admin = await office.staff('admin', '1111');
  op1 = await office.staff('op1', '1234');
  kassa = await office.staff('kassa', '4567');
  await sendOk(op1, { type: 'window.open', windowId: 'w1' });
  await sendOk(kassa, { type: 'window.open', windowId: 'k1' });
  await issue('payment'); //   К001: at the cash desk
  await issue('readings'); //  П001: called to Окно 1, not yet come
  await issue('readings'); //  П002: waiting
  await issue('payment'); //   К002: waiting
  await sendOk(kassa, { type: 'ticket.callNext', windowId: 'k1' });
  await sendOk(kassa, { type: 'ticket.start', windowId: 'k1' });
  await sendOk(op1, { type: 'ticket.callNext', windowId: 'w1' });

  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
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

describe('closing the day from the administrator’s board', () => {
  it('cannot be done while the kiosk still issues tickets', async () => {
    await page.getByRole('button', { name: 'Закрыть день' }).click();
    const dialog = page.getByRole('dialog', { name: 'Закрыть день' });
    expect(await dialog.locator('[data-close-day="reception-open"]').textContent()).toBe(
      'Приём талонов ещё идёт. Закрыть день можно после окончания приёма.',
    );
    expect(await dialog.getByRole('button', { name: 'Закрыть день' }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Отмена' }).click();
    expect(events().some((e) => e.type === 'day.ended')).toBe(false);
  });

  it('after closing time, says who is still in the hall and closes all but the one being served', async () => {
    shiftMs = 15 * 60_000; // 20:05: the kiosk has stopped, the windows go on
    await until(() => admin.store.getState().view?.acceptingTickets === false);
    await page.getByRole('button', { name: 'Закрыть день' }).click();
    const dialog = page.getByRole('dialog', { name: 'Закрыть день' });
    const summary = dialog.locator('[data-close-day="summary"]');
    await summary.waitFor();
    const line = async (state: string) => {
      const row = summary.locator(`[data-state="${state}"]`);
      return `${await row.locator('dt').textContent()} ${await row.locator('dd').textContent()}`;
    };
    expect(await line('waiting')).toBe('Ждут вызова: 2 П002, К002');
    expect(await line('postponed')).toBe('Отложены: 0 —');
    expect(await line('called')).toBe('Вызваны, ещё не подошли: 1 П001');
    expect(await line('serving')).toBe('На приёме: 1 К001');
    expect(await dialog.locator('[data-close-day="closing"]').textContent()).toBe(
      '3 посетителя будут отмечены как не обслуженные: приём окончен.',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'board-admin-close-day');
    await dialog.screenshot({ path: join(SCREENSHOTS, 'board-admin-close-day-dialog.png') });

    await dialog.getByRole('button', { name: 'Закрыть день' }).click();
    await dialog.waitFor({ state: 'detached' });
    await until(() => admin.store.getState().view!.tickets.length === 1);
    expect(admin.store.getState().view!.tickets.map((t) => [t.number, t.state])).toEqual([
      ['К001', 'serving'],
    ]);

    const log = events();
    const unserved = log.flatMap((e) => (e.type === 'ticket.unserved' ? [e] : []));
    expect(unserved.map((e) => [e.was, e.outcome, e.actor])).toEqual([
      ['called', 'dayEnded', expect.objectContaining({ kind: 'staff', staffId: 'admin' })],
      ['waiting', 'dayEnded', expect.objectContaining({ kind: 'staff', staffId: 'admin' })],
      ['waiting', 'dayEnded', expect.objectContaining({ kind: 'staff', staffId: 'admin' })],
    ]);
    expect(log.find((e) => e.type === 'day.ended')).toMatchObject({ unserved: 3, day: '2026-11-23' });
    // Окно 1 is free again; the cashier finishes the visitor being served as usual.
    expect(admin.store.getState().view!.windows.find((w) => w.id === 'w1')?.ticketId).toBeNull();
    await sendOk(kassa, { type: 'ticket.finish', windowId: 'k1', result: 'resolved' });
  });

  it('lists the closing in the journal of manual actions', async () => {
    const entry = page.getByTestId('journal').locator('li', { hasText: 'День закрыт' });
    await entry.first().waitFor();
    expect(await entry.first().textContent()).toContain('не обслужено посетителей — 3');
  });
});
