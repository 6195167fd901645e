import { ALWAYS_OPEN, demoOffice } from '@queue/engine';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.js';
import { TestOfficeServer } from './support/test-office.js';

/**
 * An office may name a topic at length («Переоформление лицевого счёта после смены собственника») or
 * with one long word («Электроэнергопотребление»). On the kiosk's portrait and landscape screens, in the
 * normal and the large high-contrast mode, every tile keeps its words inside: nothing is cut off or
 * pushed past the tile's edge, and the page never scrolls sideways.
 */

const KIOSK_TOKEN = 'demo-kiosk-token';
const LONG_PHRASE = 'Переоформление лицевого счёта после смены собственника';
const LONG_WORD = 'Электроэнергопотребление';
const LONG_CATEGORY = 'Энергосбытовое обслуживание и теплоэлектроснабжение';

let office: TestOfficeServer;
let browser: Browser;

beforeAll(async () => {
  const config = demoOffice({ hours: ALWAYS_OPEN });
  config.services = config.services.map((service) => {
    // The cashier topic is uncategorised: the long word stands on the first level, for both client types.
    if (service.id === 'payment') return { ...service, title: LONG_WORD };
    if (service.category === 'Счета и начисления') {
      return {
        ...service,
        category: LONG_CATEGORY,
        title: service.id === 'charges' ? LONG_PHRASE : service.title,
      };
    }
    return service;
  });
  [office, browser] = await Promise.all([TestOfficeServer.start({ config }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await office?.stop();
});

interface Overflow {
  text: string;
  scrollWidth: number;
  clientWidth: number;
}

/** Every tile, and the title inside it, whose content is wider than the box itself. */
const overflowingTiles = (page: Page): Promise<Overflow[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.tile, .tile-title')]
      .filter((element) => element.scrollWidth > element.clientWidth)
      .map((element) => ({
        text: element.textContent ?? '',
        scrollWidth: element.scrollWidth,
        clientWidth: element.clientWidth,
      })),
  );

const pageScrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const tile = (page: Page, name: string | RegExp) => page.getByRole('button', { name });

const expectTilesFit = async (page: Page, name: string) => {
  await screenshot(page, name);
  expect(await overflowingTiles(page), name).toEqual([]);
  expect(await pageScrollsSideways(page), name).toBe(false);
};

describe.each([
  { screen: 'portrait', width: 1080, height: 1920 },
  { screen: 'landscape', width: 1920, height: 1080 },
])('kiosk topic tiles with long names, $screen $width×$height', ({ screen, width, height }) => {
  it.each([
    { mode: 'normal', contrast: false },
    { mode: 'contrast', contrast: true },
  ])('keep every word inside its tile ($mode)', async ({ mode, contrast }) => {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await page.goto(`${office.url}/kiosk/?token=${KIOSK_TOKEN}`);
    // The first screen waits for the kiosk's connection: seconds on a loaded machine, not the poll's default 1 s.
    await expect.poll(() => heading(page).textContent(), { timeout: 10_000 }).toBe('Здравствуйте!');
    if (contrast) await page.getByRole('button', { name: 'Крупно и контрастно' }).click();
    const name = `kiosk-long-topics-${screen}-${mode}`;

    await tile(page, /Получить талон/).click();
    await expect.poll(() => heading(page).textContent()).toBe('С каким вопросом вы пришли?');
    await expect(tile(page, LONG_WORD).count()).resolves.toBe(1);
    await expectTilesFit(page, `${name}-topics`);

    await tile(page, new RegExp(LONG_CATEGORY)).click();
    await expect.poll(() => heading(page).textContent()).toBe(LONG_CATEGORY);
    await expect(tile(page, LONG_PHRASE).count()).resolves.toBe(1);
    await expectTilesFit(page, `${name}-category`);
    await context.close();
  });
});
