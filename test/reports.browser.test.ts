import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Actor, type Command, isRefusal, zonedTimeToEpoch } from '@queue/engine';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.js';
import { SCREENSHOTS, launchBrowser, screenshot } from './support/browser.js';
import { TestOfficeServer } from './support/test-office.js';

/**
 * A manager opens the reports of a day the real server lived through (its clock injected) and sees the
 * figures this test works out by itself from the day's timetable; the CSV and XLSX files say the same.
 */
const DAY = '2026-11-23';
const at = (time: string) => zonedTimeToEpoch(DAY, time, 'Europe/Moscow');

/** The day, visit by visit (office-local times). The default preset: wait norm 20, service norm 10. */
const VISITS = [
  { topic: 'consult', window: 'w1', issue: '09:00', call: '09:04', start: '09:04', finish: '09:14' },
  { topic: 'payment', window: 'k1', issue: '09:01', call: '09:03', start: '09:03', finish: '09:08' },
  { topic: 'readings', window: 'w1', issue: '09:05', call: '09:14', start: '09:15', finish: '09:20' },
  { topic: 'consult', window: 'w1', issue: '09:10', call: '09:20', start: '09:20', finish: '09:45' },
  { topic: 'payment', window: 'k1', issue: '09:30', call: '09:30', start: '09:31', finish: '09:33' },
  { topic: 'consult', window: 'w1', issue: '09:40', call: '09:45', start: '09:45', finish: '09:50' },
  { topic: 'charges', window: 'w1', issue: '09:51', call: '10:20', start: '10:21', finish: '10:30' },
  { topic: 'readings', window: 'w1', issue: '10:00', call: '10:30', start: null, finish: null }, // did not come
] as const;

const minutesBetween = (a: string, b: string) => (at(b) - at(a)) / 60_000;
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(0.9 * xs.length) - 1]!;
const round1 = (x: number) => Math.round(x * 10) / 10;

// Worked out from the timetable alone, not by the report code.
const waits = VISITS.map((v) => minutesBetween(v.issue, v.call)); // [4,2,9,10,0,5,29,30]
const services = VISITS.flatMap((v) => (v.start && v.finish ? [minutesBetween(v.start, v.finish)] : [])); // [10,5,5,25,2,5,9]
const EXPECTED_TOTAL = {
  visitors: VISITS.length,
  waits: waits.length,
  waitAvg: round1(mean(waits)), // 11.1
  waitMedian: median(waits), // 7
  waitP90: p90(waits), // 30
  waitShare: round1((100 * waits.filter((w) => w <= 20).length) / waits.length), // 75
  services: services.length,
  serviceAvg: round1(mean(services)), // 8.7
  serviceMedian: median(services), // 5
  serviceP90: p90(services), // 25
  serviceShare: round1((100 * services.filter((s) => s <= 10).length) / services.length), // 85.7
  noShows: 1,
};
const specialistServices = VISITS.flatMap((v) =>
  v.topic !== 'payment' && v.start && v.finish ? [minutesBetween(v.start, v.finish)] : [],
); // [10,5,25,5,9] → 10.8 > 10
const specialistWaits = VISITS.filter((v) => v.topic !== 'payment').map((v) =>
  minutesBetween(v.issue, v.call),
); // 14.5

const staff = (staffId: string): Actor => ({ kind: 'staff', staffId, roles: ['operator'] });

let office: TestOfficeServer;
let browser: Browser;
let page: Page;
let now = at('08:55');

const run = (command: Command, actor: Actor) => {
  const result = office.server.runtime.run(command, actor);
  if (isRefusal(result)) throw new Error(`refused ${command.type}: ${result.code}`);
};

/**
 * Plays the timetable on the real server, then turns the clock to the next morning so that the day is
 * closed and archived, as a real office's day is. At the same minute a window first lets its visitor
 * go (finish, no-show, resume), then calls the next one.
 */
const liveTheDay = () => {
  type Step = { time: string; first?: boolean; act: () => void };
  const steps: Step[] = [
    { time: '09:00', act: () => run({ type: 'window.open', windowId: 'w1' }, staff('op1')) },
    { time: '09:00', act: () => run({ type: 'window.open', windowId: 'k1' }, staff('cashier')) },
    // w1 takes a break 09:50–10:20 while the cashier keeps the hall (003 §8.3).
    {
      time: '09:50',
      act: () => run({ type: 'window.pause', windowId: 'w1', reason: 'перерыв' }, staff('op1')),
    },
    { time: '10:20', first: true, act: () => run({ type: 'window.resume', windowId: 'w1' }, staff('op1')) },
    { time: '11:00', act: () => run({ type: 'window.close', windowId: 'w1' }, staff('op1')) },
    { time: '11:00', act: () => run({ type: 'window.close', windowId: 'k1' }, staff('cashier')) },
  ];
  for (const v of VISITS) {
    const op = staff(v.window === 'k1' ? 'cashier' : 'op1');
    const windowId = v.window;
    steps.push({
      time: v.issue,
      act: () =>
        run(
          {
            type: 'ticket.issue',
            serviceIds: [v.topic],
            clientType: 'individual',
            priority: null,
            source: 'kiosk',
          },
          { kind: 'device', deviceId: 'kiosk-1', role: 'kiosk' },
        ),
    });
    steps.push({ time: v.call, act: () => run({ type: 'ticket.callNext', windowId }, op) });
    if (v.start) steps.push({ time: v.start, act: () => run({ type: 'ticket.start', windowId }, op) });
    else steps.push({ time: '10:32', first: true, act: () => run({ type: 'ticket.noShow', windowId }, op) });
    if (v.finish) {
      const finish = v.finish;
      steps.push({
        time: finish,
        first: true,
        act: () => run({ type: 'ticket.finish', windowId, result: 'resolved' }, op),
      });
    }
  }
  const ordered = steps
    .map((step, i) => ({ step, i }))
    .sort(
      (a, b) =>
        a.step.time.localeCompare(b.step.time) || Number(!a.step.first) - Number(!b.step.first) || a.i - b.i,
    );
  for (const { step } of ordered) {
    now = at(step.time);
    step.act();
  }
  now = zonedTimeToEpoch('2026-11-24', '08:00', 'Europe/Moscow');
  office.server.runtime.tick();
};

const managerPage = async () => {
  const p = await browser.newPage({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  await p.goto(`${office.url}/reports/`);
  await p.getByLabel('Логин').fill('manager');
  await p.getByLabel('PIN-код').fill('2222');
  await p.getByRole('button', { name: 'Войти' }).click();
  await p.getByRole('button', { name: 'Показать' }).waitFor();
  return p;
};

const showDay = async (p: Page, day: string) => {
  // Typed as the office writes dates, ДД.ММ.ГГГГ, whatever the browser's locale.
  await p.locator('input[name="from"]').fill(`${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`);
  await p.getByRole('button', { name: 'Показать' }).click();
  await p
    .locator('[data-heading="period"]', {
      hasText: `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`,
    })
    .waitFor();
};

const totalCell = (p: Page, table: string, column: string) =>
  p.locator(`[data-table="${table}"] tfoot td[data-column="${column}"]`).innerText();

/** «11,1» → 11.1, as a person reads the page. */
const number = (text: string) => Number(text.replace(/\s/g, '').replace(',', '.'));

beforeAll(async () => {
  office = await TestOfficeServer.start({ clock: () => now });
  liveTheDay();
  browser = await launchBrowser();
  page = await managerPage();
  await showDay(page, DAY);
});

afterAll(async () => {
  await browser?.close();
  await office?.stop();
});

describe('the reports of a day', () => {
  it('show the figures worked out from the timetable', async () => {
    for (const [column, expected] of Object.entries(EXPECTED_TOTAL)) {
      expect(number(await totalCell(page, 'summary', column)), column).toBe(expected);
    }
    // Grouped by topic: «Консультация» had 3 visitors; waits 4, 10, 5 → mean 6.3.
    const consult = page.locator('[data-table="summary"] tbody tr', { hasText: 'Консультация' });
    await expect(consult.locator('td[data-column="visitors"]').innerText()).resolves.toBe('3');
    await expect(consult.locator('td[data-column="waitAvg"]').innerText()).resolves.toBe('6,3');
    await screenshot(page, 'reports-day');
  });

  it('says in words whether the preset’s norms were met', async () => {
    const compliance = page.locator('.compliance');
    await expect(compliance.innerText()).resolves.toContain(
      `Специалист: среднее время ожидания ${String(round1(mean(specialistWaits))).replace('.', ',')} мин при нормативе 20 мин — выполнено`,
    );
    await expect(compliance.innerText()).resolves.toContain(
      `Специалист: среднее время обслуживания ${String(round1(mean(specialistServices))).replace('.', ',')} мин при нормативе 10 мин — не выполнено`,
    );
  });

  it('shows the window idle while people waited and the pause', async () => {
    // w1 paused 09:50–10:20 (30 min) while Р001 waited: a pause, not idle time. Service time of w1:
    // 09:04–09:14, 09:14–09:20, 09:20–09:45, 09:45–09:50, 10:20–10:30, 10:30–10:32 = 10+6+25+5+10+2 = 58.
    const w1 = page.locator('[data-table="windows"] tbody tr', { hasText: 'Окно 1' });
    await expect(w1.locator('td[data-column="pause"]').innerText()).resolves.toBe('30');
    await expect(w1.locator('td[data-column="service"]').innerText()).resolves.toBe('58');
  });

  it('downloads the table as CSV for Russian Excel, with the same numbers', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-table="summary"] [data-export="csv"]').click(),
    ]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines).toContain('Офис;ЦОК «Центральный»');
    expect(lines).toContain('Период;23.11.2026');
    expect(lines.some((l) => l.startsWith('Нормативы;Нормативы по умолчанию (default)'))).toBe(true);
    const header = lines.find((l) => l.startsWith('Тема;'))!.split(';');
    const total = lines.find((l) => l.startsWith('Итого;'))!.split(';');
    const csvNumber = (title: string) => number(total[header.indexOf(title)]!);
    expect(csvNumber('Посетители')).toBe(EXPECTED_TOTAL.visitors);
    expect(csvNumber('Ожидание, среднее, мин')).toBe(EXPECTED_TOTAL.waitAvg);
    expect(csvNumber('Ожидание, 90-й перцентиль, мин')).toBe(EXPECTED_TOTAL.waitP90);
    expect(csvNumber('Обслуживание в нормативе, %')).toBe(EXPECTED_TOTAL.serviceShare);
    expect(csvNumber('Неявки')).toBe(EXPECTED_TOTAL.noShows);
  });

  it('downloads every table as XLSX, with the same numbers', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-export="xlsx"]').click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    expect(workbook.worksheets.map((s) => s.name)).toContain('Показатели по темам');
    const sheet = workbook.getWorksheet('Показатели по темам')!;
    expect(sheet.getCell('B1').value).toBe('ЦОК «Центральный»');
    expect(sheet.getCell('B2').value).toBe('23.11.2026');
    expect(String(sheet.getCell('B3').value)).toContain('default');
    let header: string[] = [];
    let total: unknown[] = [];
    sheet.eachRow((row) => {
      const values = (row.values as unknown[]).slice(1);
      if (values[0] === 'Тема') header = values as string[];
      if (values[0] === 'Итого') total = values;
    });
    const cell = (title: string) => total[header.indexOf(title)];
    expect(cell('Посетители')).toBe(EXPECTED_TOTAL.visitors);
    expect(cell('Ожидание, среднее, мин')).toBe(EXPECTED_TOTAL.waitAvg);
    expect(cell('Ожидание, медиана, мин')).toBe(EXPECTED_TOTAL.waitMedian);
    expect(cell('Обслуживание, среднее, мин')).toBe(EXPECTED_TOTAL.serviceAvg);
    expect(cell('Ожидание в нормативе, %')).toBe(EXPECTED_TOTAL.waitShare);
    // One sheet per table: the count rule's staff calls and the forecast's apart, peak days beside
    // ordinary, and the visitors' ratings.
    expect(workbook.worksheets.length).toBe(13);
    // Short names chosen for the sheets (Excel allows 31 characters), never a title cut mid-word.
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Показатели по темам',
      'Соответствие нормативам',
      'Работа окон по окнам',
      'Вызовы по числу ожидающих',
      'Вызовы по прогнозу',
      'Дни приёма показаний',
      'Посетители по часам',
      'Нормативы по дням',
      'Распределение ожидания',
      'Качество обслуживания',
      'Оценки по окнам',
      'Оценки по темам',
      // The manager's own: the visitors' texts (none this day).
      'Отзывы посетителей',
    ]);
    for (const s of workbook.worksheets) expect(s.name.length).toBeLessThanOrEqual(31);
  });

  it('fits the wide table on a 1920 screen and writes dates as the office does, whatever the browser', async () => {
    // A browser set to English (US): its own date picker would draw 11/23/2026.
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'en-US' });
    const wide = await context.newPage();
    await wide.goto(`${office.url}/reports/`);
    await wide.getByLabel('Логин').fill('manager');
    await wide.getByLabel('PIN-код').fill('2222');
    await wide.getByRole('button', { name: 'Войти' }).click();
    await wide.getByRole('button', { name: 'Показать' }).waitFor();
    const from = wide.locator('input[name="from"]');
    expect(await from.getAttribute('placeholder')).toBe('ДД.ММ.ГГГГ');
    expect(await from.inputValue()).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    await showDay(wide, DAY);
    expect(await from.inputValue()).toBe('23.11.2026');
    // Not a real date: marked, and not sent.
    await from.fill('31.02.2026');
    expect(await from.getAttribute('aria-invalid')).toBe('true');
    await from.fill('23.11.2026');

    // The 22 columns of «Показатели»: under four group headings with short titles, no sideways scroll.
    const summary = wide.locator('[data-table="summary"]');
    expect(await summary.locator('thead th[scope="col"]').count()).toBe(22);
    expect(await summary.locator('.group-heads th').allTextContents()).toEqual([
      'Ожидание',
      'Обслуживание',
      'Исходы визитов',
      'Вне очереди',
    ]);
    const scroll = await summary
      .locator('.table-scroll')
      .evaluate((e) => ({ scrollWidth: e.scrollWidth, clientWidth: e.clientWidth }));
    expect(scroll.scrollWidth).toBeLessThanOrEqual(scroll.clientWidth);
    for (const table of await wide.locator('.table-scroll').all()) {
      const box = await table.evaluate((e) => e.scrollWidth - e.clientWidth);
      expect(box).toBeLessThanOrEqual(0);
    }
    // Each column's heading takes three lines at most (the wide table had them on four).
    const headingLines = await summary.locator('thead th[scope="col"]').evaluateAll((cells) =>
      cells.map((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      }),
    );
    expect(Math.max(...headingLines)).toBeLessThanOrEqual(3);
    // A short title carries the full one, for the manager who hovers it.
    const p90 = summary.locator('thead th[title="Ожидание, 90-й перцентиль, мин"]');
    expect(await p90.textContent()).toBe('90 %, мин');
    expect(
      await summary
        .locator('tbody th.text')
        .first()
        .evaluate((e) => getComputedStyle(e).position),
    ).toBe('sticky');
    // The standards' paragraphs are the manager's tooltip, not the page's text.
    expect(await wide.locator('main').innerText()).not.toMatch(/\d{3} (п\.|§)/);
    await screenshot(wide, 'reports-1920');
    await summary.screenshot({ path: join(SCREENSHOTS, 'reports-1920-summary.png') });
    expect(await seriousViolations(wide)).toEqual([]);
    await context.close();
  });

  it('groups by hour and draws the charts', async () => {
    await page.getByLabel('Группировать').selectOption('hour');
    await page.getByRole('button', { name: 'Показать' }).click();
    await page.locator('[data-table="summary"] thead th', { hasText: 'Час' }).first().waitFor();
    // Issued 09:00–09:51 → 7 visitors in hour 09, one (10:00) in hour 10.
    const nine = page.locator('[data-table="summary"] tbody tr', { hasText: '09:00–10:00' });
    await expect(nine.locator('td[data-column="visitors"]').innerText()).resolves.toBe('7');
    expect(await page.locator('.chart svg').count()).toBe(3);
    await expect(page.locator('.chart svg').first().getAttribute('aria-label')).resolves.toContain(
      'посетителей 7',
    );
    await screenshot(page, 'reports-by-hour');
  });

  it('prints without the controls', async () => {
    await page.locator('.compliance').waitFor();
    await page.emulateMedia({ media: 'print' });
    try {
      await expect.poll(() => page.locator('.controls').isVisible()).toBe(false);
      await expect.poll(() => page.locator('.compliance').isVisible()).toBe(true);
      await screenshot(page, 'reports-print');
    } finally {
      // The next tests click the controls: the screen comes back even when this one fails.
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('has no serious accessibility violations', async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('switches to English, figures unchanged', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('[data-table="summary"] thead th', { hasText: 'Visitors' }).waitFor();
    await expect(page.locator('.compliance').innerText()).resolves.toContain('average wait');
    expect(number(await totalCell(page, 'summary', 'waitAvg'))).toBe(EXPECTED_TOTAL.waitAvg);
    await screenshot(page, 'reports-english');
    await page.getByRole('button', { name: 'Русский' }).click();
  });
});

describe('the reports API', () => {
  const path = `/api/reports?from=${DAY}&to=${DAY}`;

  it('is for the manager and the administrator only', async () => {
    expect((await fetch(`${office.url}${path}`)).status).toBe(401);
    const operator = await office.token('op1', '1234');
    const asOperator = await fetch(`${office.url}${path}`, {
      headers: { authorization: `Bearer ${operator}` },
    });
    expect(asOperator.status).toBe(403);
    const kiosk = await fetch(`${office.url}${path}`, {
      headers: { authorization: 'Bearer demo-kiosk-token' },
    });
    expect(kiosk.status).toBe(403);
    const admin = await office.token('admin', '1111');
    const asAdmin = await fetch(`${office.url}${path}`, { headers: { authorization: `Bearer ${admin}` } });
    expect(asAdmin.status).toBe(200);
  });

  it('refuses a malformed period with the reason', async () => {
    const token = await office.token('manager', '2222');
    const response = await fetch(`${office.url}/api/reports?from=2026-11-24&to=2026-11-23`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.details.issues).toEqual([
      { field: 'to', expected: 'not_before_from' },
    ]);
  });
});
