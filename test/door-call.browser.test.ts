import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { TestOfficeServer, until } from './support/test-office.js';

/**
 * The call button at the entrance (004 §6.7.5–6.7.6), end to end: a networked button with its own
 * device token presses; «У входа ждут помощи» appears on the administrator's board (1920×1080) and on
 * a reserve console; the reserve goes out («Иду к входу»), and the call leaves both screens with their
 * name in the record. A second press then is a new call, answered from the board.
 */

let office: TestOfficeServer;
let browser: Browser;
let doorToken: string;
let doorId: string;

const post = (path: string, token: string, body?: unknown) =>
  fetch(`${office.url}${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

beforeAll(async () => {
  [office, browser] = await Promise.all([TestOfficeServer.start(), launchBrowser()]);
  const manager = await office.token('manager', '2222');
  const registered = await post('/api/config/devices', manager, { role: 'door', label: 'Главный вход' });
  const answer = (await registered.json()) as { device: { id: string }; token: string };
  doorToken = answer.token;
  doorId = answer.device.id;
});
afterAll(async () => {
  await browser?.close();
  await office?.stop();
});

describe('the entrance call button', () => {
  it('raises «У входа ждут помощи» on the board and the reserve console; the one who goes is named', async () => {
    const errors: string[] = [];
    const reserve = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const board = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    for (const page of [reserve, board]) page.on('pageerror', (e) => errors.push(e.message));

    await reserve.goto(`${office.url}/operator/`);
    await reserve.getByLabel('Логин').fill('reserve');
    await reserve.getByLabel('PIN-код').fill('5678');
    await reserve.getByTestId('login-submit').click();
    await reserve.getByTestId('join-reserve').click();
    await reserve.waitForSelector('[data-testid=reserve-idle]');

    await board.goto(`${office.url}/board/admin`);
    await board.getByLabel('Логин').fill('admin');
    await board.getByLabel('PIN-код').fill('1111');
    await board.getByRole('button', { name: 'Войти' }).click();
    await board.waitForSelector('.admin-main');

    expect((await post('/api/door/call', doorToken)).status).toBe(200);
    const key = `door:${doorId}`;
    await reserve.waitForSelector(`[data-testid=door-alert][data-key="${key}"]`);
    expect(await reserve.locator('[data-testid=door-alert] h2').textContent()).toBe('У входа ждут помощи');
    expect(await reserve.locator('[data-testid=reserve-idle]').count()).toBe(0);
    const onBoard = board.locator(`[data-alarm-key="${key}"]`);
    await onBoard.waitFor();
    expect(await onBoard.locator('.alarm-text').textContent()).toBe('У входа ждут помощи');
    expect(await onBoard.getByRole('button').textContent()).toBe('Иду к входу');
    await screenshot(reserve, 'door-call-reserve');
    await screenshot(board, 'door-call-board', false);
    expect(await seriousViolations(reserve)).toEqual([]);
    expect(await seriousViolations(board)).toEqual([]);

    await reserve.getByTestId('door-accept').click();
    await reserve.waitForSelector('[data-testid=reserve-idle]');
    await onBoard.waitFor({ state: 'detached' });
    const answered = office.server.runtime.state.seq;
    expect(answered).toBeGreaterThan(0);

    // Pressed again later: a new call, this time answered at the board by the administrator.
    expect((await post('/api/door/call', doorToken)).status).toBe(200);
    await onBoard.waitFor();
    await onBoard.getByRole('button', { name: /Иду к входу/ }).click();
    await onBoard.waitFor({ state: 'detached' });
    await until(() => !(key in office.server.runtime.state.alarms));
    expect(errors).toEqual([]);
  });
});
