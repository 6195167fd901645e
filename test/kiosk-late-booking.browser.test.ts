import type { OfficeClient } from '@queue/client';
import { WEEKDAY_HOURS, demoOffice } from '@queue/engine';
import type { StaffView } from '@queue/protocol';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { sendOk } from './support/send-ok.js';
import { TestOfficeServer } from './support/test-office.js';

/**
 * A visitor 5 minutes or more late for a booking (004 §8.6.5), at the kiosk in Chromium against the
 * real server: offered the general queue now or another free time, never moved silently.
 */

// Monday 23 November 2026, 09:20 in Moscow; the test moves the clock on.
const STARTED = Date.now();
const BASE = Date.parse('2026-11-23T09:20:00+03:00');
let shiftMs = 0;
const clock = () => BASE + (Date.now() - STARTED) + shiftMs;
const at = (time: string) => Date.parse(`2026-11-23T${time}:00+03:00`);

let office: TestOfficeServer;
let browser: Browser;
let admin: OfficeClient<StaffView>;

const book = async (time: string) => {
  const booked = await sendOk(admin, { type: 'appointment.book', serviceId: 'consult', slotAt: at(time) });
  return booked.appointment!.code;
};

const openKiosk = async (): Promise<Page> => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1024 } });
  await page.goto(`${office.url}/kiosk/?token=demo-kiosk-token`);
  await page.locator('.kiosk-main h1').waitFor();
  return page;
};

const typeCode = async (page: Page, code: string) => {
  await page.getByRole('button', { name: /Запись на приём/ }).click();
  for (const digit of code) await page.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: 'Подтвердить' }).click();
};

beforeAll(async () => {
  office = await TestOfficeServer.start({ clock, config: demoOffice({ hours: WEEKDAY_HOURS }) });
  admin = await office.staff('admin', '1111');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await office?.stop();
});

describe('a visitor late for a booking', () => {
  it('is offered the general queue now or another time, and the booking moves to the time chosen', async () => {
    const code = await book('09:30');
    shiftMs = 17 * 60_000; // 09:37: seven minutes late
    const page = await openKiosk();
    await typeCode(page, code);
    const text = page.getByTestId('late-text');
    await text.waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Время записи прошло');
    expect(await text.textContent()).toBe(
      'Запись была на 09:30, прошло 7 мин. Можно встать в общую очередь сейчас или перенести запись на другое время.',
    );
    // Nothing was issued or moved while the visitor chooses.
    expect(Object.values(office.server.runtime.state.tickets)).toEqual([]);
    const offered = page.getByRole('button', { name: /^Перенести на/ });
    expect(await offered.allTextContents()).toEqual([
      'Перенести на сегодня, 09:45Код записи останется прежним',
      'Перенести на сегодня, 10:00Код записи останется прежним',
      'Перенести на сегодня, 10:15Код записи останется прежним',
    ]);
    await screenshot(page, 'kiosk-late-booking');
    expect(await seriousViolations(page)).toEqual([]);

    await offered.nth(1).click();
    await page.getByTestId('late-moved').waitFor();
    expect(await page.getByTestId('late-moved').textContent()).toBe(
      `Ждём Вас сегодня, 10:00. Код записи прежний: ${code}.`,
    );
    const appointment = Object.values(office.server.runtime.state.appointments).find((a) => a.code === code);
    expect(appointment).toMatchObject({ state: 'booked', slotAt: at('10:00') });
    await page.close();
  });

  it('joins the general queue when the visitor chooses it, behind those who came before', async () => {
    const code = await book('10:30');
    const walkIn = await sendOk(admin, {
      type: 'ticket.issue',
      serviceIds: ['consult'],
      clientType: 'individual',
      priority: null,
      source: 'administrator',
    });
    shiftMs = at('10:36') - BASE;
    const page = await openKiosk();
    await typeCode(page, code);
    await page.getByRole('button', { name: /В общую очередь сейчас/ }).click();
    await page.getByTestId('ticket-number').waitFor();
    const ticket = Object.values(office.server.runtime.state.tickets).find(
      (t) => t.appointment?.appointmentId !== undefined,
    );
    expect(ticket?.appointment).toMatchObject({ onTime: false });
    // Ordered from now: the walk-in who came earlier is ahead.
    expect(ticket!.orderAt).toBeGreaterThan(walkIn.ticket!.issuedAt);
    await page.close();
  });
});
