import type { OfficeClient } from '@queue/client';
import { type VirtualPrinter, startVirtualPrinter } from '@queue/kiosk-hardware';
import type { PublicView } from '@queue/protocol';
import { DEMO_DEVICE_TOKENS, printingRoutes } from '@queue/server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { TestOfficeServer, until } from './support/test-office.js';

/**
 * The manager sets a kiosk's network printer on the office settings screen (issue 14), in the real
 * browser against the real server: a wrong address is said beside the field and nothing is saved; a
 * saved printer is shown in the devices table, outlives a reload, and prints the kiosk's next ticket —
 * on a printer that never answers the status query, once the manager says so.
 */

const KIOSK = DEMO_DEVICE_TOKENS['kiosk-1'];

let mute: VirtualPrinter;
let office: TestOfficeServer;
let kiosk: OfficeClient<PublicView>;
let browser: Browser;
let page: Page;

const kioskRow = () => page.locator('[data-printer="kiosk-1"]');
const form = () => page.locator('[data-printer-form="kiosk-1"]');
const storedPrinter = () => office.server.store.file.devices.find((d) => d.id === 'kiosk-1')?.printer;

const openDevices = async () => {
  await page.locator('[data-section="devices"]').click();
  await kioskRow().waitFor();
};

beforeAll(async () => {
  mute = await startVirtualPrinter({ port: 0, answersStatus: false });
  office = await TestOfficeServer.start({ routes: printingRoutes({ timeoutMs: 800 }) });
  kiosk = await office.connect<PublicView>(KIOSK);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${office.url}/reports/`);
  await page.getByLabel('Логин').fill('manager');
  await page.getByLabel('PIN-код').fill('2222');
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.getByRole('link', { name: 'Настройки офиса' }).click();
  await openDevices();
});

afterAll(async () => {
  await browser?.close();
  await office?.stop();
  await mute?.close();
});

describe('a kiosk’s network printer on the office settings screen', () => {
  it('says what is wrong with the address beside the field, and saves nothing', async () => {
    expect(await kioskRow().innerText()).toBe('нет — печатает сам киоск или не печатает');
    await page.getByRole('button', { name: /^Сетевой принтер\s*: Киоск у входа$/ }).click();
    await form().getByLabel('Адрес принтера (имя или IP-адрес)').fill('http://192.168.1.50');
    await form().getByLabel('Порт').fill('91000');
    await form().getByRole('button', { name: 'Сохранить принтер' }).click();
    await form()
      .getByText('Нужен адрес принтера: имя или IP-адрес без «http://», например 192.168.1.50.')
      .waitFor();
    await form().getByText('Порт — целое число от 1 до 65535; у большинства принтеров это 9100.').waitFor();
    expect(await form().getByLabel('Адрес принтера (имя или IP-адрес)').getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    expect(storedPrinter()).toBeNull();
    await screenshot(page, 'settings-kiosk-printer-problem');
  });

  it('saves the printer, shows it in the table and after a reload, and the next ticket prints on it', async () => {
    await form().getByLabel('Адрес принтера (имя или IP-адрес)').fill('127.0.0.1');
    await form().getByLabel('Порт').fill(String(mute.port));
    await form().getByLabel('58 мм').check();
    await form().getByLabel('Принтер отвечает на запрос состояния (бумага, крышка)').uncheck();
    await form().getByRole('button', { name: 'Сохранить принтер' }).click();
    await page.getByText('Принтер киоска «Киоск у входа» сохранён.').waitFor();
    const shown = `127.0.0.1:${mute.port}, 58 мм, CP866, без запроса состояния`;
    expect(await kioskRow().innerText()).toBe(shown);
    expect(storedPrinter()).toEqual({
      host: '127.0.0.1',
      port: mute.port,
      paper: '58mm',
      codePage: 'CP866',
      queryStatus: false,
    });
    await screenshot(page, 'settings-kiosk-printer-saved');

    // The session is kept for the tab: the reload stays on «Настройки офиса».
    await page.reload();
    await openDevices();
    expect(await kioskRow().innerText()).toBe(shown);

    const printed = mute.waitForTicket(5000);
    const response = await kiosk.send({
      type: 'ticket.issue',
      serviceIds: ['payment'],
      clientType: 'individual',
      priority: null,
      source: 'kiosk',
    });
    if (!response.ok || !response.result.ticket) throw new Error(JSON.stringify(response));
    expect((await printed).lines.find((l) => l.size > 1)).toMatchObject({
      text: response.result.ticket.number,
      size: 3,
    });
    await until(() => office.server.runtime.state.printers['kiosk-1'] === 'printed');
  });

  it('opens filled with the printer in force, has no serious accessibility violations, and removes it', async () => {
    await page.getByRole('button', { name: /^Сетевой принтер\s*: Киоск у входа$/ }).click();
    expect(await form().getByLabel('Порт').inputValue()).toBe(String(mute.port));
    expect(await form().getByLabel('58 мм').isChecked()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'settings-kiosk-printer-form');
    await form().getByRole('button', { name: 'Убрать принтер' }).click();
    await page.getByText('Сетевой принтер киоска «Киоск у входа» убран.').waitFor();
    expect(await kioskRow().innerText()).toBe('нет — печатает сам киоск или не печатает');
    expect(storedPrinter()).toBeNull();
  });
});
