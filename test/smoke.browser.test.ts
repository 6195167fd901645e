import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.js';
import { TestOfficeServer } from './support/test-office.js';

/** The office server serves every built UI; each loads in the real browser. */
let office: TestOfficeServer;
let browser: Browser;
beforeAll(async () => {
  office = await TestOfficeServer.start();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await office?.stop();
});

describe('built UIs', () => {
  it.each(['kiosk', 'operator', 'board', 'reports'])('/%s/ loads in Chromium', async (app) => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const response = await page.goto(`${office.url}/${app}/`);
    expect(response?.status()).toBe(200);
    await page.waitForSelector('#root > *');
    await screenshot(page, `smoke-${app}`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
