import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { TestOfficeServer } from './support/test-office.js';

/**
 * Devices set up by scanning (issue 15): the manager issues a kiosk's and a hall display's token in the
 * settings screen, which shows its address as a QR code to print; a kiosk or hall display without a
 * token takes what a barcode scanner types (the whole address, then Enter) and connects.
 */
let office: TestOfficeServer;
let browser: Browser;
let manager: Page;

const issue = async (role: 'kiosk' | 'board', label: string): Promise<string> => {
  await manager.getByLabel('Вид', { exact: true }).selectOption(role);
  await manager.getByLabel('Название').fill(label);
  await manager.getByRole('button', { name: 'Выдать токен' }).click();
  const caption = manager.locator('[data-qr="device"] figcaption');
  await expect.poll(() => caption.textContent()).toContain(label);
  const address = (await caption.textContent())!.replace(`${label}: `, '');
  expect(address).toMatch(new RegExp(`^${office.url}/${role}/\\?token=`));
  expect(await manager.locator('[data-qr="device"] svg').count()).toBe(1);
  return address;
};

/** A fresh device (its own storage), opened without a token, given the address as a scanner types it. */
const scanInto = async (path: string, address: string): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const page = await context.newPage();
  await page.goto(`${office.url}${path}`);
  const field = page.getByLabel(/Код устройства/);
  await field.waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await field.pressSequentially(address);
  await field.press('Enter');
  return page;
};

beforeAll(async () => {
  office = await TestOfficeServer.start();
  browser = await launchBrowser();
  manager = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await manager.goto(`${office.url}/reports/`);
  await manager.getByLabel('Логин').fill('manager');
  await manager.getByLabel('PIN-код').fill('2222');
  await manager.getByRole('button', { name: 'Войти' }).click();
  await manager.getByRole('link', { name: 'Настройки офиса' }).click();
  await manager.locator('[data-section="devices"]').click();
});
afterAll(async () => {
  await browser?.close();
  await office?.stop();
});

describe('device tokens as QR codes', () => {
  it('a kiosk scans the printed QR code and works', async () => {
    const address = await issue('kiosk', 'Киоск у входа 2');
    await screenshot(manager, 'settings-device-qr');
    // Printing the card prints the QR code and its caption alone; printing the page otherwise is untouched.
    await manager.emulateMedia({ media: 'print' });
    const visibility = (selector: string) =>
      manager
        .locator(selector)
        .first()
        .evaluate((e) => getComputedStyle(e).visibility);
    expect(await visibility('h1')).toBe('visible');
    await manager.evaluate(() => document.body.classList.add('printing-device-qr'));
    expect(await visibility('h1')).toBe('hidden');
    expect(await visibility('[data-qr="device"] svg')).toBe('visible');
    await manager.evaluate(() => document.body.classList.remove('printing-device-qr'));
    await manager.emulateMedia({ media: 'screen' });
    const kiosk = await scanInto('/kiosk/', address);
    await expect
      .poll(() => kiosk.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toBe('Здравствуйте!');
    // The token is kept on the device: it comes back without the address.
    await kiosk.goto(`${office.url}/kiosk/`);
    await expect
      .poll(() => kiosk.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toBe('Здравствуйте!');
  });

  it('a hall display scans its QR code and shows the hall', async () => {
    const address = await issue('board', 'Табло у кассы');
    const board = await scanInto('/board/', address);
    await board.locator('.hall-message').waitFor({ state: 'detached', timeout: 15_000 });
    await screenshot(board, 'board-after-scan');
  });

  it('says so when what was scanned is not a device code, and stays', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${office.url}/kiosk/`);
    const field = page.getByLabel(/Код устройства/);
    await field.fill('не тот код');
    await field.press('Enter');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toBe(
      'Код не распознан. Можно отсканировать QR-код ещё раз.',
    );
    await screenshot(page, 'kiosk-token-not-recognised');
  });
});
