import type { OfficeClient } from '@queue/client';
import type { PublicView, StaffView } from '@queue/protocol';
import { DEMO_DEVICE_TOKENS } from '@queue/server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { TestOfficeServer, until } from './support/test-office.js';

/**
 * The kiosk as a 70-year-old visitor meets it on the office's two screens, portrait 1080×1920 and
 * landscape 1920×1080 (issue 19): tiles that fill the screen in rows of even height, a ticket in three
 * touches or fewer and the help path in two, the expected wait on the ticket, and refusals and faults
 * said plainly with one way on — a rate limit, the server gone, a booking code that does not match.
 */

const SIZES = [
  { name: 'portrait', width: 1080, height: 1920 },
  { name: 'landscape', width: 1920, height: 1080 },
] as const;

let office: TestOfficeServer;
let browser: Browser;
let staff: OfficeClient<StaffView>;
/**
 * The server's clock runs a minute ahead for each test that takes tickets, which refills this kiosk's
 * budget (the server lets a kiosk issue 5 at once, then one every 6 s) without waiting for it.
 */
const clockShift: { ms: number; frozenAt: number | null } = { ms: 0, frozenAt: null };
const refillKioskBudget = () => {
  clockShift.ms += 60_000;
};

beforeAll(async () => {
  [office, browser] = await Promise.all([
    TestOfficeServer.start({ clock: () => (clockShift.frozenAt ?? Date.now()) + clockShift.ms }),
    launchBrowser(),
  ]);
  staff = await office.staff('admin', '1111');
});
// A test that stopped the server's clock starts it again, even when it failed.
afterEach(() => {
  clockShift.frozenAt = null;
});
afterAll(async () => {
  await browser?.close();
  await office?.stop();
});

const openKiosk = async (viewport: { width: number; height: number }): Promise<Page> => {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${office.url}/kiosk/?token=${DEMO_DEVICE_TOKENS['kiosk-1']}`);
  await page.locator('.kiosk-main h1').waitFor();
  return page;
};

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const tile = (page: Page, name: RegExp | string) => page.getByRole('button', { name });

const check = async (page: Page, name: string) => {
  await screenshot(page, `kiosk-${name}`);
  expect(await seriousViolations(page), name).toEqual([]);
};

/**
 * Words split across two lines inside a tile: each word of a title or hint laid out as one box, or it
 * was broken (hyphenation or, where the browser has no dictionary, anywhere).
 */
const brokenWords = (page: Page) =>
  page.evaluate(() => {
    const broken: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('.tile-title, .tile-hint, .kiosk-main h1')) {
      const text = element.firstChild;
      if (!(text instanceof Text)) continue;
      for (const match of text.data.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        // A hint clamped to two lines hides its tail: only what is shown counts.
        const shown = [...range.getClientRects()].some(
          (r) => r.bottom <= element.getBoundingClientRect().bottom,
        );
        if (lines.size > 1 && shown) broken.push(match[0]);
      }
    }
    return broken;
  });

/**
 * The tiles of the screen: each row as high as the others, together down to the toolbar, and no word
 * of theirs broken across lines.
 */
const tilesFillTheScreen = async (page: Page) => {
  const layout = await page.evaluate(() => {
    const tiles = [...document.querySelectorAll<HTMLElement>('.tiles > .tile')].map((t) =>
      t.getBoundingClientRect(),
    );
    const toolbar = document.querySelector('.kiosk-toolbar')?.getBoundingClientRect();
    return {
      heights: tiles.map((r) => Math.round(r.height)),
      bottom: Math.max(...tiles.map((r) => r.bottom)),
      toolbarTop: toolbar?.top ?? 0,
      scrolls: document.documentElement.scrollHeight > window.innerHeight,
    };
  });
  expect(new Set(layout.heights).size, `heights ${layout.heights}`).toBe(1);
  expect(layout.toolbarTop - layout.bottom).toBeLessThan(60);
  expect(layout.scrolls).toBe(false);
  expect(await brokenWords(page)).toEqual([]);
};

/** Counts the touches a visitor makes until a ticket number is on screen. */
const touchesToTicket = async (page: Page, choices: (RegExp | string)[]) => {
  let touches = 0;
  for (const choice of choices) {
    await tile(page, choice).click();
    touches += 1;
  }
  await page.getByTestId('ticket-number').waitFor();
  return touches;
};

describe.each(SIZES)('the kiosk at $width×$height', (size) => {
  it('fills the screen with even tiles, no jargon, and the cash desk looks like a choice', async () => {
    const page = await openKiosk(size);
    await check(page, `${size.name}-start`);
    await tile(page, /Получить талон/).click();
    await expect.poll(() => heading(page).textContent()).toBe('С каким вопросом вы пришли?');
    await tilesFillTheScreen(page);
    // A group says what is in it, never «2 вопроса».
    expect(await page.locator('.tile-hint').allTextContents()).not.toContainEqual(
      expect.stringMatching(/\d+ вопрос/),
    );
    // The cash desk is as strong a choice as any group: the same colour, not greyed.
    const look = (name: RegExp) =>
      tile(page, name).evaluate((b) => ({
        background: getComputedStyle(b).backgroundColor,
        opacity: getComputedStyle(b).opacity,
      }));
    expect(await look(/Оплата без комиссии/)).toEqual(await look(/Приборы учёта/));
    expect((await look(/Оплата без комиссии/)).opacity).toBe('1');
    await check(page, `${size.name}-topics`);

    await tile(page, /Организация или ИП/).click();
    await expect.poll(() => heading(page).textContent()).toBe('Вопросы организаций и ИП');
    await tilesFillTheScreen(page);
    await check(page, `${size.name}-topics-organisation`);
    await page.context().close();
  });

  it('gives a ticket in three touches or fewer, and out of turn in two', async () => {
    refillKioskBudget();
    const page = await openKiosk(size);
    const paths: [string, (RegExp | string)[], number][] = [
      ['a topic in a group', [/Получить талон/, /Приборы учёта/, 'Показания приборов учёта'], 3],
      ['the cash desk', [/Получить талон/, /Оплата без комиссии/], 2],
      ['an organisation', [/Получить талон/, /Организация или ИП/, 'Договоры юридических лиц'], 3],
      ['help, out of turn', [/Мне нужна помощь/, 'Консультация'], 2],
    ];
    for (const [what, choices, most] of paths) {
      expect(await touchesToTicket(page, choices), what).toBeLessThanOrEqual(most);
      if (what.startsWith('help')) await check(page, `${size.name}-ticket-help`);
      await page.getByRole('button', { name: 'Готово' }).click();
      await expect.poll(() => heading(page).textContent()).toBe('Здравствуйте!');
    }
    // The help screen, for the screenshot: every topic at once.
    await tile(page, /Мне нужна помощь/).click();
    await expect.poll(() => heading(page).textContent()).toBe('Мы поможем');
    await check(page, `${size.name}-help`);
    await tilesFillTheScreen(page);
    await page.context().close();
    await cancelAll();
  });
});

describe.each(SIZES)('the kiosk in large type at $width×$height', (size) => {
  it('still fits every screen without scrolling or breaking a word, and counts down before it resets', async () => {
    const context = await browser.newContext({ viewport: size });
    // The administrator's shortest setting: the screen waits 20 s in all, the last 10 counted down.
    await context.addInitScript(() => {
      localStorage.setItem(
        'queue.kiosk.settings',
        JSON.stringify({ inactivitySec: 5, printing: 'server', paper: '80mm', codePage: 'CP866' }),
      );
    });
    const page = await context.newPage();
    await page.goto(`${office.url}/kiosk/?token=${DEMO_DEVICE_TOKENS['kiosk-1']}`);
    await page.locator('.kiosk-main h1').waitFor();
    await page.getByRole('button', { name: 'Крупно и контрастно' }).click();
    await page.waitForFunction(() => document.documentElement.classList.contains('contrast'));
    const fits = async (name: string) => {
      await screenshot(page, `kiosk-${size.name}-large-${name}`);
      expect(
        await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight),
        name,
      ).toBe(false);
      expect(await brokenWords(page), name).toEqual([]);
      expect(await seriousViolations(page), name).toEqual([]);
    };
    await fits('start');
    await tile(page, /Получить талон/).click();
    await expect.poll(() => heading(page).textContent()).toBe('С каким вопросом вы пришли?');
    await fits('topics');
    await tilesFillTheScreen(page);
    await tile(page, /Организация или ИП/).click();
    await expect.poll(() => heading(page).textContent()).toBe('Вопросы организаций и ИП');
    await fits('topics-organisation');
    await tilesFillTheScreen(page);
    await page.getByRole('button', { name: 'В начало' }).click();
    const lastTouch = Date.now();
    await tile(page, /Мне нужна помощь/).click();
    await expect.poll(() => heading(page).textContent()).toBe('Мы поможем');
    await fits('help');
    await tilesFillTheScreen(page);

    // Nobody touches the screen: first the countdown over it, with «Ещё время», and only then the start.
    const warning = page.getByTestId('inactivity-warning');
    await warning.waitFor({ timeout: 20_000 });
    expect(Date.now() - lastTouch).toBeGreaterThan(9000);
    expect(await warning.textContent()).toMatch(/Через \d+ секунд\S* экран вернётся к началу/);
    const more = await page.getByTestId('more-time').boundingBox();
    expect(more?.height ?? 0).toBeGreaterThanOrEqual(88);
    await check(page, `${size.name}-large-countdown`);
    await page.getByTestId('more-time').click();
    await warning.waitFor({ state: 'detached' });
    expect(await heading(page).textContent()).toBe('Мы поможем');
    await context.close();
  }, 60_000);
});

/** Every waiting ticket cancelled, so the next test's forecast starts from an empty hall. */
const cancelAll = async () => {
  for (const ticket of Object.values(office.server.runtime.state.tickets)) {
    if (ticket.state === 'waiting')
      await staff.send({ type: 'ticket.cancel', ticketId: ticket.id, reason: 'Проверка киоска' });
  }
};

describe('the kiosk tells the visitor what it can and cannot do', () => {
  it('shows the expected wait on screen as the office prints it, and says why when there is none yet', async () => {
    refillKioskBudget();
    const page = await openKiosk(SIZES[0]);
    // No window serves the cash desk yet: no time to give, and the screen says why.
    await touchesToTicket(page, [/Получить талон/, /Оплата без комиссии/]);
    await expect
      .poll(() => page.getByTestId('ticket-wait').textContent())
      .toContain('окна по этому вопросу ещё не открыты');
    await page.getByRole('button', { name: 'Готово' }).click();

    const kassa = await office.staff('kassa', '4567');
    expect((await kassa.send({ type: 'window.open', windowId: 'k1', services: null })).ok).toBe(true);
    await touchesToTicket(page, [/Получить талон/, /Оплата без комиссии/]);
    await expect
      .poll(() => page.getByTestId('ticket-wait').textContent())
      .toMatch(/^Ожидаемое время ожидания: около \d+ минут/);
    // The ticket stays long enough to read: a minute at least, not the seconds given for choosing.
    expect(Number(await page.locator('.kiosk').getAttribute('data-inactivity-sec'))).toBeGreaterThanOrEqual(
      60,
    );
    await check(page, 'portrait-ticket-wait');
    await page.getByRole('button', { name: 'Готово' }).click();
    // More time to choose in the large-type and the speech modes.
    await tile(page, /Получить талон/).click();
    const limit = async () => Number(await page.locator('.kiosk').getAttribute('data-inactivity-sec'));
    const plain = await limit();
    await page.getByRole('button', { name: 'Крупно и контрастно' }).click();
    await expect.poll(limit).toBe(plain * 2);
    await page.getByRole('button', { name: 'Озвучивание' }).click();
    await expect.poll(limit).toBe(plain * 3);
    await page.context().close();
    kassa.close();
    await cancelAll();
  });

  it('offers an ordinary ticket when a booking code does not match', async () => {
    const page = await openKiosk(SIZES[0]);
    await tile(page, /Запись на приём/).click();
    for (const digit of '000000') await page.getByRole('button', { name: digit, exact: true }).click();
    await page.getByRole('button', { name: 'Подтвердить' }).click();
    const ordinary = page.getByTestId('ordinary-ticket');
    await ordinary.waitFor();
    expect(await page.locator('.form-error').textContent()).toContain('Запись с таким кодом не найдена');
    await check(page, 'portrait-check-in-wrong-code');
    await ordinary.click();
    await expect.poll(() => heading(page).textContent()).toBe('С каким вопросом вы пришли?');
    await page.context().close();
  });

  it('words its rate limit for a visitor, with one way back to the start', async () => {
    // Five tickets from this kiosk in a moment (the server's limit), then the visitor's touch. The
    // server's clock stands still meanwhile: on a loaded machine the seconds until the touch would
    // otherwise give the kiosk its next ticket back.
    refillKioskBudget();
    clockShift.frozenAt = Date.now();
    const device = await office.connect<PublicView>(DEMO_DEVICE_TOKENS['kiosk-1']);
    for (let i = 0; i < 5; i++) {
      await device.send({
        type: 'ticket.issue',
        serviceIds: ['readings'],
        clientType: 'individual',
        priority: null,
        source: 'kiosk',
      });
    }
    const page = await openKiosk(SIZES[0]);
    await tile(page, /Получить талон/).click();
    await tile(page, /Оплата без комиссии/).click();
    await expect.poll(() => heading(page).textContent()).toBe('Талон не выдан');
    const text = (await page.locator('.screen--error .lead').textContent()) ?? '';
    expect(text).toContain('попробуйте снова через полминуты');
    expect(text).not.toMatch(/запрос/i);
    expect(await page.getByRole('button', { name: /В начало/ }).count()).toBe(1);
    await check(page, 'portrait-rate-limited');
    await page.context().close();
    device.close();
    await cancelAll();
  });

  it.each(SIZES)(
    'says at once on the start screen when the server is gone, and whom to ask ($name)',
    async (size) => {
      const page = await openKiosk(size);
      await expect.poll(() => heading(page).textContent()).toBe('Здравствуйте!');
      const port = office.server.port;
      await office.down();
      const notice = page.getByTestId('kiosk-offline');
      await notice.waitFor({ timeout: 10_000 });
      expect(await notice.textContent()).toContain('обратитесь к администратору зала');
      // Nothing to touch that could not work now.
      expect(await tile(page, /Получить талон/).count()).toBe(0);
      await check(page, `${size.name}-offline`);
      await office.up(port);
      await until(() => staff.store.getState().connection === 'online', 15_000);
      await notice.waitFor({ state: 'detached', timeout: 15_000 });
      await expect.poll(() => heading(page).textContent()).toBe('Здравствуйте!');
      await page.context().close();
    },
  );
});
