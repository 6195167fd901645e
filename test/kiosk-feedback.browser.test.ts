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
 * The kiosk app in feedback mode by Окно 1 (issue 18), in Chromium at the kiosk's size against the real
 * server: it waits while nobody has been served, asks for a rating the moment Окно 1 finishes a visit,
 * sends the rating and kind naming the window only, thanks, and the log holds the rating of that visit.
 */
let office: TestOfficeServer;
let browser: Browser;
let admin: OfficeClient<StaffView>;
let op1: OfficeClient<StaffView>;

beforeAll(async () => {
  [office, browser] = await Promise.all([TestOfficeServer.start(), launchBrowser()]);
  [admin, op1] = await Promise.all([office.staff('admin', '1111'), office.staff('op1', '1234')]);
});
afterAll(async () => {
  await browser?.close();
  await office?.stop();
});

describe('the feedback screen by a window', () => {
  it('asks for a rating after the window’s visit ends and records it for that visit', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1024 }, locale: 'ru-RU' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${office.url}/kiosk/?token=demo-kiosk-token&feedback=w1`);
    await page.getByText('Здесь после приёма можно оценить обслуживание').waitFor();
    await page.getByText('Окно 1', { exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'kiosk-feedback-waiting');

    const issued = await sendOk(admin, {
      type: 'ticket.issue',
      serviceIds: ['readings'],
      clientType: 'individual',
      priority: null,
      source: 'administrator',
    });
    await sendOk(op1, { type: 'window.open', windowId: 'w1', services: null });
    await sendOk(op1, { type: 'ticket.callNext', windowId: 'w1' });
    await sendOk(op1, { type: 'ticket.start', windowId: 'w1' });
    // While the visitor is served, the screen still waits.
    expect(await page.getByText('Оцените, пожалуйста, обслуживание').count()).toBe(0);
    await sendOk(op1, { type: 'ticket.finish', windowId: 'w1', result: 'resolved' });

    await page.getByText('Оцените, пожалуйста, обслуживание').waitFor();
    expect(await page.getByRole('button', { name: 'Отправить оценку' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: '5 — отлично' }).click();
    await page.getByRole('button', { name: 'Благодарность' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'kiosk-feedback-question');
    await page.getByRole('button', { name: 'Отправить оценку' }).click();
    await page.getByText('Спасибо за оценку!', { exact: false }).waitFor();
    await screenshot(page, 'kiosk-feedback-thanks');

    const events = readFileSync(join(office.dataDir, 'events', 'live.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as OfficeEvent);
    expect(events.find((e) => e.type === 'visit.feedbackGiven')).toMatchObject({
      ticketId: issued.ticket!.id,
      windowId: 'w1',
      rating: 5,
      kind: 'thanks',
      channel: 'window',
      actor: { kind: 'device', role: 'kiosk' },
    });
    // Once rated, the screen goes back to waiting for the next visit (after its thanks).
    await page.getByText('Здесь после приёма можно оценить обслуживание').waitFor({ timeout: 15_000 });
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});
