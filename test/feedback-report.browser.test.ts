import { type Actor, type Command, isRefusal } from '@queue/engine';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { TestOfficeServer } from './support/test-office.js';

/**
 * The visitors' ratings in the reports (issue 18; 002's KPI card, 001 §12) at 1920×1080 against the real
 * server: three visits are served and rated from the phone (5 «благодарность», 4, 2 «жалоба» with a
 * text), a fourth is served and not rated. By hand: 3 of 4 rated, 2 of 3 satisfied (66,7 %), 1 complaint
 * of 4 visits (25 %). The manager reads the texts; the hall administrator sees only the counts.
 */
const OP1: Actor = { kind: 'staff', staffId: 'op1', roles: ['operator'] };
const ADMIN: Actor = { kind: 'staff', staffId: 'admin', roles: ['administrator'] };

let office: TestOfficeServer;
let browser: Browser;

const run = (command: Command, actor: Actor) => {
  const result = office.server.runtime.run(command, actor);
  if (isRefusal(result)) throw new Error(`refused ${command.type}: ${result.code}`);
  return result;
};

const rateFromPhone = async (token: string, body: object) => {
  const response = await fetch(`${office.url}/api/visit/feedback`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
};

const today = () => office.server.runtime.state.day!;

beforeAll(async () => {
  [office, browser] = await Promise.all([TestOfficeServer.start(), launchBrowser()]);
  run({ type: 'window.open', windowId: 'w1' }, OP1);
  const tokens: string[] = [];
  for (let i = 0; i < 4; i++) {
    const issued = run(
      {
        type: 'ticket.issue',
        serviceIds: ['readings'],
        clientType: 'individual',
        priority: null,
        source: 'administrator',
      },
      ADMIN,
    ).events.find((e) => e.type === 'ticket.issued');
    if (issued?.type !== 'ticket.issued') throw new Error('no ticket');
    tokens.push(issued.ticket.phoneToken!);
    run({ type: 'ticket.callNext', windowId: 'w1' }, OP1);
    run({ type: 'ticket.start', windowId: 'w1' }, OP1);
    run({ type: 'ticket.finish', windowId: 'w1', result: 'resolved' }, OP1);
  }
  await rateFromPhone(tokens[0]!, { rating: 5, kind: 'thanks' });
  await rateFromPhone(tokens[1]!, { rating: 4 });
  await rateFromPhone(tokens[2]!, { rating: 2, kind: 'complaint', text: 'Долго искали мой договор' });
});
afterAll(async () => {
  await browser?.close();
  await office?.stop();
});

const signedIn = async (login: string, pin: string): Promise<Page> => {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'ru-RU' });
  await page.goto(`${office.url}/reports/`);
  await page.getByLabel('Логин').fill(login);
  await page.getByLabel('PIN-код').fill(pin);
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.locator('[data-table="quality"]').waitFor();
  return page;
};

const cell = (page: Page, table: string, row: string, column: string) =>
  page
    .locator(`[data-table="${table}"] tbody tr`, { hasText: row })
    .locator(`td[data-column="${column}"]`)
    .innerText();

describe('feedback in the reports', () => {
  it('shows the manager the quality indicators, feedback by window and topic, and the texts', async () => {
    const page = await signedIn('manager', '2222');
    expect(await cell(page, 'quality', 'Удовлетворённость посетителей', 'share')).toBe('66,7');
    expect(await cell(page, 'quality', 'Удовлетворённость посетителей', 'verdict')).toBe('не выполнено');
    expect(await cell(page, 'quality', 'Жалобы', 'share')).toBe('25');
    expect(await cell(page, 'quality', 'Информативность', 'verdict')).toBe('нет данных');
    expect(await cell(page, 'quality', 'Жалобы', 'how')).toContain('не более 2 % за квартал');
    expect(await cell(page, 'feedbackWindows', 'Окно 1', 'given')).toBe('3');
    expect(await cell(page, 'feedbackTopics', 'Показания приборов учёта', 'complaints')).toBe('1');
    expect(await cell(page, 'feedbackTexts', 'жалоба', 'text')).toBe('Долго искали мой договор');
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('[data-table="quality"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'reports-feedback-1920');
    await page.close();
  }, 60_000);

  it('gives the hall administrator the counts but not the texts, on the page and in the files', async () => {
    const page = await signedIn('admin', '1111');
    await page.locator('[data-table="feedbackWindows"]').waitFor();
    expect(await page.locator('[data-table="feedbackTexts"]').count()).toBe(0);
    expect(await page.getByText('Долго искали мой договор').count()).toBe(0);
    await page.close();

    const day = today();
    const query = `from=${day}&to=${day}`;
    const admin = { authorization: `Bearer ${await office.token('admin', '1111')}` };
    const manager = { authorization: `Bearer ${await office.token('manager', '2222')}` };
    const json = await fetch(`${office.url}/api/reports?${query}`, { headers: admin });
    expect(JSON.stringify(await json.json())).not.toContain('Долго искали');
    const csv = (headers: Record<string, string>, table: string) =>
      fetch(`${office.url}/api/reports/export.csv?${query}&table=${table}`, { headers });
    expect((await csv(admin, 'feedbackTexts')).status).toBe(403);
    expect(await (await csv(manager, 'feedbackTexts')).text()).toContain('Долго искали мой договор');
    const quality = await (await csv(admin, 'quality')).text();
    expect(quality).toContain('Удовлетворённость посетителей;66,7;3;не менее 85 %;не выполнено');

    const xlsx = async (headers: Record<string, string>) => {
      const response = await fetch(`${office.url}/api/reports/export.xlsx?${query}`, { headers });
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await response.arrayBuffer());
      return book.worksheets.map((s) => s.name);
    };
    expect(await xlsx(admin)).toEqual(expect.arrayContaining(['Качество обслуживания', 'Оценки по окнам']));
    expect(await xlsx(admin)).not.toContain('Отзывы посетителей');
    expect(await xlsx(manager)).toContain('Отзывы посетителей');
  }, 60_000);
});
