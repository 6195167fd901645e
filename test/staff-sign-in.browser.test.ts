import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { TestOfficeServer } from './support/test-office.js';

/**
 * The one staff sign-in (packages/ui StaffSignIn) as each staff screen shows it, against the real
 * server: the login field has the focus, Enter signs in, a wrong PIN is said in Russian while the login
 * stays, the button says when it is busy, and a lost connection is told apart from a wrong PIN.
 */

let office: TestOfficeServer;
let browser: Browser;

beforeAll(async () => {
  [office, browser] = await Promise.all([TestOfficeServer.start(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await office?.stop();
});

const SCREENS = [
  { app: 'operator', path: '/operator/', heading: 'Вход в пульт оператора' },
  { app: 'board-admin', path: '/board/admin', heading: 'Пульт администратора зала' },
  { app: 'reports', path: '/reports/', heading: 'Отчёты и настройки офиса' },
] as const;

const open = async (path: string): Promise<{ page: Page; errors: string[] }> => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${office.url}${path}`);
  await page.getByTestId('login-screen').waitFor();
  return { page, errors };
};

const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('name'));

describe.each(SCREENS)('staff sign-in on $app', ({ app, path, heading }) => {
  it('starts in the login field; a wrong PIN by Enter is said in Russian, the login stays, the PIN is asked again', async () => {
    const { page, errors } = await open(path);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
    expect(await focusedName(page)).toBe('login');

    await page.keyboard.type('admin');
    await page.keyboard.press('Tab');
    await page.keyboard.type('0000');
    await page.keyboard.press('Enter');

    const problem = page.getByRole('alert');
    await expect
      .poll(() => problem.textContent())
      .toBe('Неверный логин или PIN-код. Возможно, включена другая раскладка клавиатуры.');
    expect(await page.getByLabel('Логин').inputValue()).toBe('admin');
    expect(await page.getByLabel('PIN-код').inputValue()).toBe('');
    expect(await focusedName(page)).toBe('pin');
    // The refusal is tied to the field it is about, for a screen reader.
    const pin = page.getByLabel('PIN-код');
    expect(await pin.getAttribute('aria-invalid')).toBe('true');
    expect(await pin.getAttribute('aria-describedby')).toBe(await problem.getAttribute('id'));
    await screenshot(page, `sign-in-${app}-wrong-pin`);
    expect(await seriousViolations(page)).toEqual([]);

    // The right PIN, again by Enter alone, while the server is held back: the button says it is busy.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/login', async (route) => {
      await held;
      await route.continue();
    });
    await page.keyboard.type('1111');
    await page.keyboard.press('Enter');
    const submit = page.getByTestId('login-submit');
    await expect.poll(() => submit.textContent()).toBe('Вход…');
    expect(await submit.isDisabled()).toBe(true);
    release();
    await page.getByTestId('login-screen').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says there is no connection, and keeps the PIN for another try', async () => {
    const { page } = await open(path);
    await page.route('**/api/login', (route) => route.abort('connectionrefused'));
    await page.getByLabel('Логин').fill('admin');
    await page.getByLabel('PIN-код').fill('1111');
    await page.getByRole('button', { name: 'Войти' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('Нет связи с сервером, вход не выполнен. Можно повторить чуть позже.');
    expect(await page.getByLabel('PIN-код').inputValue()).toBe('1111');

    await page.unroute('**/api/login');
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.getByTestId('login-screen').waitFor({ state: 'detached' });
    await page.close();
  });
});

describe('staff sign-in in English', () => {
  it('says a wrong PIN in English on the English board', async () => {
    const { page } = await open('/board/admin?lang=en');
    await page.getByLabel('Login').fill('admin');
    await page.getByLabel('PIN').fill('9999');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('Wrong login or PIN. Perhaps another keyboard layout is on.');
    await page.close();
  });
});
