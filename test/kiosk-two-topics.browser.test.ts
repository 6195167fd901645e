import { type VirtualPrinter, startVirtualPrinter } from '@queue/kiosk-hardware';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printingRoutes } from '../apps/server/src/printing/printing-routes.js';
import { seriousViolations } from './support/axe.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { TestOfficeServer } from './support/test-office.js';

/**
 * Two questions in one visit (001 §4.2) at the kiosk, in Chromium against the real server, printed by
 * the real printer library on the virtual printer: one ticket for both topics, served in turn.
 */

let printer: VirtualPrinter;
let office: TestOfficeServer;
let browser: Browser;
let page: Page;

const tile = (name: RegExp | string) => page.getByRole('button', { name });
const heading = () => page.getByRole('heading', { level: 1 }).textContent();

beforeAll(async () => {
  printer = await startVirtualPrinter({ port: 0 });
  office = await TestOfficeServer.start({
    seed: { printerForKiosk: { host: '127.0.0.1', port: printer.port } },
    routes: printingRoutes({ timeoutMs: 3000 }),
  });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 1024 } });
  await page.goto(`${office.url}/kiosk/?token=demo-kiosk-token`);
  await page.locator('.kiosk-main h1').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await office?.stop();
  await printer?.close();
});

describe('kiosk: two questions, one ticket', () => {
  it('keeps the first topic, issues one ticket for both with the second, and prints both', async () => {
    // «Получить талон» opens a private person's topics at once.
    await tile(/Получить талон/).click();
    // «Два вопроса — один талон» is a button beside the heading, not a tile; the focus starts on the
    // first topic tile, so a keyboard or speech user starts with the topics.
    const twoTopics = tile(/Два вопроса — один талон/);
    await twoTopics.waitFor();
    expect(
      await page
        .locator('.topics-head')
        .getByRole('button', { name: /Два вопроса/ })
        .count(),
    ).toBe(1);
    expect(await page.locator('[data-tile]', { hasText: /Два вопроса/ }).count()).toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-tile') ?? false))
      .toBe(true);
    const box = await twoTopics.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(64);
    await screenshot(page, 'kiosk-topics-two-topics-button');
    await twoTopics.click();
    await expect.poll(heading).toBe('Первый вопрос');
    await tile(/Приборы учёта/).click();
    await tile('Показания приборов учёта').click();

    // Back at the first level: the first topic is named, and it is not offered again.
    await expect.poll(heading).toBe('Второй вопрос');
    expect(await page.getByTestId('first-topic').textContent()).toBe(
      'Первый вопрос: «Показания приборов учёта». Можно выбрать второй вопрос или получить талон с одним.',
    );
    expect(await tile('Показания приборов учёта').count()).toBe(0);
    // Its category now holds one topic, shown as that topic.
    expect(await tile(/Замена, неисправность, опломбировка/).count()).toBe(1);
    await screenshot(page, 'kiosk-two-topics');
    expect(await seriousViolations(page)).toEqual([]);

    const printed = printer.waitForTicket(8000);
    await tile(/Оплата без комиссии/).click();
    const number = page.getByTestId('ticket-number');
    await number.waitFor();
    expect(await page.locator('.ticket-topic').textContent()).toBe(
      'Показания приборов учёта + Оплата без комиссии (касса)',
    );
    const shown = await number.textContent();
    const ticket = Object.values(office.server.runtime.state.tickets).find((t) => t.number === shown);
    expect(ticket).toMatchObject({ serviceIds: ['readings', 'payment'], serviceIndex: 0 });
    const paper = (await printed).lines.map((line) => line.text).join(' ');
    expect(paper).toContain('Показания приборов учёта + Оплата без комиссии');
  });
});
