import type { Browser, Page } from 'playwright-core';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.js';
import { TestOfficeServer } from './support/test-office.js';

/**
 * Issue 13: «Выйти» on the administrator's board and in the reports ends the session on the server
 * (POST /api/logout), not only in the page: the token the page held is refused afterwards over HTTP and
 * in a Socket.IO handshake. Real browser, real server; the token is read from the page's own storage
 * before signing out, as someone at that computer could have copied it.
 */
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

const httpStatus = (token: string) =>
  fetch(`${office.url}/api/view`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.status);

const handshake = (token: string) =>
  new Promise<'connected' | 'refused'>((resolve) => {
    const socket = io(office.url, { auth: { token }, transports: ['websocket'], reconnection: false });
    socket.on('connect', () => {
      socket.close();
      resolve('connected');
    });
    socket.on('connect_error', () => {
      socket.close();
      resolve('refused');
    });
  });

const signIn = async (page: Page, loginName: string, pin: string) => {
  await page.getByLabel('Логин').fill(loginName);
  await page.getByLabel('PIN-код').fill(pin);
  await page.getByRole('button', { name: 'Войти' }).click();
};

/** The token the page keeps in its tab's storage under `key`, once it is there. */
const heldToken = async (page: Page, key: string): Promise<string> => {
  const handle = await page.waitForFunction(
    (k) => (JSON.parse(sessionStorage.getItem(k) ?? 'null') as { token?: string } | null)?.token ?? null,
    key,
  );
  return (await handle.jsonValue()) as string;
};

describe('signing out ends the session on the server', () => {
  it('the administrator’s board: after «Выйти» the old token is refused over HTTP and Socket.IO', async () => {
    const page = await browser.newPage();
    await page.goto(`${office.url}/board/admin`);
    await signIn(page, 'admin', '1111');
    await page.getByRole('button', { name: 'Выйти' }).waitFor();
    const token = await heldToken(page, 'queue.board.adminSession');
    expect(await httpStatus(token)).toBe(200);
    expect(await handshake(token)).toBe('connected');

    const loggedOut = page.waitForRequest((r) => r.url().endsWith('/api/logout') && r.method() === 'POST');
    await page.getByRole('button', { name: 'Выйти' }).click();
    await loggedOut;
    await page.getByLabel('Логин').waitFor();
    await expect.poll(() => httpStatus(token)).toBe(401);
    expect(await handshake(token)).toBe('refused');
    // No notice of an expired session: the person signed out on purpose.
    expect(await page.getByText('Сеанс завершён').count()).toBe(0);
    await screenshot(page, 'board-admin-signed-out');
    await page.close();
  });

  it('the reports: after «Выйти» the old token is refused over HTTP and Socket.IO', async () => {
    const page = await browser.newPage();
    await page.goto(`${office.url}/reports/`);
    await signIn(page, 'manager', '2222');
    await page.getByRole('button', { name: 'Выйти' }).waitFor();
    const token = await heldToken(page, 'queue.reports.session');
    expect(await httpStatus(token)).toBe(200);

    const loggedOut = page.waitForResponse((r) => r.url().endsWith('/api/logout'));
    await page.getByRole('button', { name: 'Выйти' }).click();
    expect((await loggedOut).status()).toBe(200);
    await page.getByLabel('Логин').waitFor();
    await expect.poll(() => httpStatus(token)).toBe(401);
    expect(await handshake(token)).toBe('refused');
    await screenshot(page, 'reports-signed-out');
    await page.close();
  });
});
