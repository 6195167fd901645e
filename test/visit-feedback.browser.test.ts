import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OfficeClient } from '@queue/client';
import type { OfficeEvent } from '@queue/engine';
import type { StaffView } from '@queue/protocol';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { sendOk } from './support/send-ok.js';
import { TestOfficeServer } from './support/test-office.js';

/**
 * Feedback on the visitor's phone (issue 18) in Chromium at 390×844 against the real server: once the
 * visit ends served, the page asks for a rating; the visitor rates it, picks «Жалоба», writes a short
 * text, sends it, and the office's log holds it as an event of the visit, with no name in it.
 */

let office: TestOfficeServer;
let browser: Browser;
let op1: OfficeClient<StaffView>;

beforeAll(async () => {
  [office, browser] = await Promise.all([TestOfficeServer.start(), launchBrowser()]);
  op1 = await office.staff('op1', '1234');
});
afterAll(async () => {
  await browser?.close();
  await office?.stop();
});

const storedEvents = (): OfficeEvent[] =>
  readFileSync(join(office.dataDir, 'events', 'live.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as OfficeEvent);

describe('the phone page asks for feedback after the visit', () => {
  it('rates the served visit once, with a kind and a text, anonymously', async () => {
    const admin = await office.staff('admin', '1111');
    const result = await sendOk(admin, {
      type: 'ticket.issue',
      serviceIds: ['readings'],
      clientType: 'individual',
      priority: null,
      source: 'administrator',
    });
    const ticket = result.ticket!;
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'ru-RU',
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${office.url}/visit/#${ticket.phoneToken}`);
    await page.getByText(ticket.number, { exact: true }).waitFor();
    // While waiting, nothing to rate.
    expect(await page.getByText('Оцените, пожалуйста, обслуживание').count()).toBe(0);

    await sendOk(op1, { type: 'window.open', windowId: 'w1', services: null });
    await sendOk(op1, { type: 'ticket.callNext', windowId: 'w1' });
    await sendOk(op1, { type: 'ticket.start', windowId: 'w1' });
    await sendOk(op1, { type: 'ticket.finish', windowId: 'w1', result: 'resolved' });

    await page.getByText('Оцените, пожалуйста, обслуживание').waitFor({ timeout: 15_000 });
    const send = page.getByRole('button', { name: 'Сначала выберите оценку' });
    expect(await send.isDisabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'visit-feedback-390');

    await page.getByRole('button', { name: '2 — плохо' }).tap();
    await page.getByRole('button', { name: 'Жалоба' }).tap();
    expect(await page.getByRole('button', { name: 'Жалоба' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByLabel('Комментарий (по желанию)').fill('Долго не могли найти мой договор');
    await page.getByText('Осталось 468 знаков').waitFor();
    await screenshot(page, 'visit-feedback-filled-390');
    await page.getByRole('button', { name: 'Отправить оценку' }).tap();
    await page.getByText('Спасибо за оценку!', { exact: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'visit-feedback-given-390');

    const given = storedEvents().find((e) => e.type === 'visit.feedbackGiven' && e.ticketId === ticket.id);
    expect(given).toMatchObject({
      rating: 2,
      kind: 'complaint',
      text: 'Долго не могли найти мой договор',
      channel: 'phone',
      windowId: 'w1',
      actor: { kind: 'visitor' },
    });
    // A reload of the page keeps the thanks, not a second form.
    await page.reload();
    await page.getByText('Спасибо за оценку!', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: /Отправить оценку|Сначала выберите/ }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});
