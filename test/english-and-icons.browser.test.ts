import { join } from 'node:path';
import { type VirtualPrinter, startVirtualPrinter } from '@queue/kiosk-hardware';
import { printingRoutes } from '@queue/server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.js';
import { SCREENSHOTS, launchBrowser, screenshot } from './support/browser.js';
import { TestOfficeServer } from './support/test-office.js';

/**
 * Everywhere (issue 19): a visitor who switches to English reads the office's notice, the topics and the
 * printed ticket in English, not only the buttons; and every page has its icon, so nothing a page asks
 * for is missing.
 */

let printer: VirtualPrinter;
let office: TestOfficeServer;
let browser: Browser;

beforeAll(async () => {
  printer = await startVirtualPrinter({ port: 0 });
  office = await TestOfficeServer.start({
    seed: { printerForKiosk: { host: '127.0.0.1', port: printer.port } },
    routes: printingRoutes({ timeoutMs: 2000, virtualPrinter: printer }),
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await office?.stop();
  await printer?.close();
});

/** Every response of the page that failed (4xx, 5xx), from its first request on. */
const watchFailures = (page: Page) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  return failed;
};

describe('in English', () => {
  it('the kiosk shows the office’s notice and the topics in English, and prints the ticket in English', async () => {
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await page.goto(`${office.url}/kiosk/?token=demo-kiosk-token`);
    await page.getByRole('heading', { name: 'Здравствуйте!' }).waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'Welcome!' }).waitFor();
    expect(await page.getByTestId('info-line').textContent()).toBe(
      'People with disabilities are served out of turn. Payment without commission is at the cash desk.',
    );
    await screenshot(page, 'kiosk-english-start');
    await page.getByRole('button', { name: /Take a ticket/ }).click();
    await page.getByRole('button', { name: /Meters/ }).click();
    expect(await page.locator('.tiles .tile-title').allTextContents()).toEqual([
      'Meter readings',
      'Meter replacement, fault, sealing',
    ]);
    const printed = printer.waitForTicket(8000);
    await page.getByRole('button', { name: 'Meter readings' }).click();
    await page.getByTestId('ticket-number').waitFor();
    expect(await page.locator('.ticket-topic').textContent()).toBe('Meter readings');
    const paper = (await printed).lines.map((line) => line.text);
    expect(paper).toContain('Your number');
    expect(paper).toContain('Meter readings');
    expect(paper.some((line) => line.startsWith('People ahead of you:'))).toBe(true);
    expect(paper.join(' ')).toContain('Thank you for coming!');
    expect(paper.join(' ')).not.toMatch(/Ваш номер|Людей перед вами|Показания/);
    await page.locator('[data-print="printed"]').waitFor();
    await screenshot(page, 'kiosk-english-ticket');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('the demo’s printer page shows that ticket as printed, its zeros plain ovals', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${office.url}/printer`);
    const ticket = page.locator('figure').first();
    await ticket.waitFor();
    expect(await ticket.locator('figcaption b').textContent()).toMatch(/^П0\d\d$/);
    // The number is drawn in a sans font, whose zero is a plain oval (a monospace zero has a dot or slash).
    const number = ticket.locator('svg text', { hasText: /^П0\d\d$/ });
    expect(await number.getAttribute('font-family')).toMatch(/^'DejaVu Sans',/);
    await ticket.screenshot({ path: join(SCREENSHOTS, 'printer-ticket-english.png') });
    await page.close();
  });

  it('the hall display shows the office’s notice in English when asked to', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${office.url}/board/?token=demo-board-token&lang=en`);
    await page.getByTestId('hall-info').waitFor({ timeout: 10_000 });
    await expect
      .poll(() => page.getByTestId('hall-info').textContent())
      .toContain('People with disabilities are served out of turn.');
    await page.close();
  });
});

describe('every page', () => {
  it.each([
    ['kiosk', '/kiosk/?token=demo-kiosk-token'],
    ['operator', '/operator/'],
    ['hall display', '/board/?token=demo-board-token'],
    ['administrator board', '/board/admin'],
    ['reports', '/reports/'],
  ])('%s has its icon and asks for nothing missing', async (_, path) => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const failed = watchFailures(page);
    // The browser asks for a page's icon once the page has loaded: that request is the one to see.
    const iconAsked = page.waitForResponse((response) => /favicon/.test(response.url()));
    await page.goto(`${office.url}${path}`);
    const asked = await iconAsked;
    expect(asked.status()).toBe(200);
    const href = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(href).toMatch(/favicon\.svg$/);
    const icon = await page.request.get(new URL(href!, page.url()).toString());
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toContain('image/svg+xml');
    expect(failed).toEqual([]);
    await page.close();
  });
});
