import { readFileSync } from 'node:fs';
import { HttpFailure, officeHttp } from '@queue/client';
import { type Actor, type Command, isRefusal, zonedTimeToEpoch } from '@queue/engine';
import { windowsNeeded } from '@queue/staffing';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { TestOfficeServer } from './support/test-office.js';

/**
 * The manager's staffing plan on a real office server that lived through three days (its clock
 * injected): two Fridays with a wave of visitors at ten and two windows for it, then today, a
 * Thursday, with one window. The page must show tomorrow (a Friday) planned from the two Fridays, and
 * those days set against their plans; the figures this test checks come from its own timetable.
 */
const ZONE = 'Europe/Moscow';
const FRIDAYS = ['2026-11-13', '2026-11-20'];
const TODAY = '2026-11-26';
const at = (day: string, minute: number) =>
  zonedTimeToEpoch(
    day,
    `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`,
    ZONE,
  );
const hhmm = (h: number, m = 0) => h * 60 + m;

const MIN = 60_000;
const WALK_MIN = 1;
const SERVICE_MIN = { consult: 15, payment: 5 } as const;
/** The default preset: a wait norm of 20 minutes for both groups. */
const WAIT_NORM_MIN = 20;

interface DayPlan {
  windows: { id: string; staffId: string }[];
  arrivals: { minute: number; topic: keyof typeof SERVICE_MIN }[];
  /** Stop the clock here, windows still open (today); otherwise close once everyone has been served. */
  stopAt?: number;
}

const FRIDAY: DayPlan = {
  windows: [
    { id: 'w1', staffId: 'op1' },
    { id: 'w2', staffId: 'op2' },
    { id: 'k1', staffId: 'cashier' },
  ],
  arrivals: [
    ...Array.from({ length: 12 }, (_, i) => ({ minute: hhmm(10, 5 * i), topic: 'consult' as const })),
    { minute: hhmm(11, 15), topic: 'payment' },
    { minute: hhmm(11, 45), topic: 'payment' },
    { minute: hhmm(12, 10), topic: 'consult' },
    { minute: hhmm(12, 40), topic: 'consult' },
  ],
};
const THURSDAY: DayPlan = {
  windows: [
    { id: 'w1', staffId: 'op1' },
    { id: 'k1', staffId: 'cashier' },
  ],
  arrivals: Array.from({ length: 6 }, (_, i) => ({ minute: hhmm(10, 10 * i), topic: 'consult' as const })),
  stopAt: hhmm(12),
};

/** What this test itself saw: each visitor's day, hour of arrival, group and wait. */
const waits: { day: string; hour: number; group: 'specialist' | 'cashier'; waitMin: number }[] = [];
/** Services finished, by topic. */
const finished = { consult: 0, payment: 0 };

let office: TestOfficeServer;
let browser: Browser;
let page: Page;
let now = at(FRIDAYS[0]!, hhmm(8, 55));

const staff = (staffId: string): Actor => ({ kind: 'staff', staffId, roles: ['operator'] });
const kiosk: Actor = { kind: 'device', deviceId: 'kiosk-1', role: 'kiosk' };

const run = (command: Command, actor: Actor) => {
  const result = office.server.runtime.run(command, actor);
  if (isRefusal(result)) throw new Error(`refused ${command.type}: ${result.code}`);
  return result;
};

/**
 * Plays a day minute by minute on the real server: at each minute a window first finishes or starts
 * its visitor, then the visitors of that minute take tickets, then every free window calls the next.
 */
const liveDay = (day: string, plan: DayPlan) => {
  interface Desk {
    id: string;
    staffId: string;
    startAt: number | null;
    finishAt: number | null;
    topic: keyof typeof SERVICE_MIN | null;
  }
  const desks: Desk[] = plan.windows.map((w) => ({ ...w, startAt: null, finishAt: null, topic: null }));
  const issued = new Map<string, { minute: number; topic: keyof typeof SERVICE_MIN }>();
  const topicOf = new Map<string, keyof typeof SERVICE_MIN>();
  let minute = hhmm(9);
  now = at(day, minute);
  for (const desk of desks) run({ type: 'window.open', windowId: desk.id }, staff(desk.staffId));
  const lastArrival = Math.max(...plan.arrivals.map((a) => a.minute));
  for (; ; minute++) {
    if (plan.stopAt !== undefined && minute >= plan.stopAt) break;
    now = at(day, minute);
    for (const desk of desks) {
      if (desk.finishAt === minute) {
        run({ type: 'ticket.finish', windowId: desk.id, result: 'resolved' }, staff(desk.staffId));
        finished[desk.topic!] += 1;
        desk.finishAt = null;
      }
      if (desk.startAt === minute) {
        const ticket = run({ type: 'ticket.start', windowId: desk.id }, staff(desk.staffId));
        const started = ticket.events.find((e) => e.type === 'ticket.started');
        const topic = started?.type === 'ticket.started' ? topicOf.get(started.ticketId)! : 'consult';
        desk.startAt = null;
        desk.topic = topic;
        desk.finishAt = minute + SERVICE_MIN[topic];
      }
    }
    for (const arrival of plan.arrivals.filter((a) => a.minute === minute)) {
      const result = run(
        {
          type: 'ticket.issue',
          serviceIds: [arrival.topic],
          clientType: 'individual',
          priority: null,
          source: 'kiosk',
        },
        kiosk,
      );
      for (const e of result.events) {
        if (e.type === 'ticket.issued') {
          issued.set(e.ticket.id, arrival);
          topicOf.set(e.ticket.id, arrival.topic);
        }
      }
    }
    for (const desk of desks) {
      if (desk.startAt !== null || desk.finishAt !== null) continue;
      const result = office.server.runtime.run(
        { type: 'ticket.callNext', windowId: desk.id },
        staff(desk.staffId),
      );
      if (isRefusal(result)) {
        if (result.code === 'queue_empty') continue;
        throw new Error(`refused a call: ${result.code}`);
      }
      for (const e of result.events) {
        if (e.type !== 'ticket.called') continue;
        const arrival = issued.get(e.ticketId)!;
        waits.push({
          day,
          hour: Math.floor(arrival.minute / 60),
          group: arrival.topic === 'payment' ? 'cashier' : 'specialist',
          waitMin: minute - arrival.minute,
        });
        issued.delete(e.ticketId);
      }
      desk.startAt = minute + WALK_MIN;
    }
    const idle = desks.every((d) => d.startAt === null && d.finishAt === null);
    if (plan.stopAt === undefined && minute > lastArrival && idle && issued.size === 0) {
      for (const desk of desks) run({ type: 'window.close', windowId: desk.id }, staff(desk.staffId));
      break;
    }
  }
};

/** A share as the page prints it: percent to one decimal. */
const inNorm = (filter: (w: (typeof waits)[number]) => boolean) => {
  const chosen = waits.filter(filter);
  return Math.round((chosen.filter((w) => w.waitMin <= WAIT_NORM_MIN).length / chosen.length) * 1000) / 10;
};
/** «37,5» → 37.5, as a person reads the page. */
const number = (text: string) => Number(text.replace(/\s/g, '').replace(',', '.'));

/** The walk and the service are the same for every consultation: 16 minutes, no spread. */
const consultLoad = (perHour: number) => ({
  perHour,
  meanMs: (WALK_MIN + SERVICE_MIN.consult) * MIN,
  scv: 0,
});

const row = (p: Page, table: string, ...texts: string[]) => {
  let locator = p.locator(`[data-table="${table}"] tbody tr`);
  for (const text of texts) locator = locator.filter({ hasText: text });
  return locator;
};
const cell = (p: Page, table: string, column: string, ...texts: string[]) =>
  row(p, table, ...texts)
    .locator(`td[data-column="${column}"]`)
    .innerText();

beforeAll(async () => {
  office = await TestOfficeServer.start({ clock: () => now });
  for (const day of FRIDAYS) {
    liveDay(day, FRIDAY);
    // The next morning: the day closes and is archived, as a real office's is.
    now = at(day, hhmm(23, 30)) + 9 * 3_600_000;
    office.server.runtime.tick();
  }
  now = at(TODAY, hhmm(8, 55));
  office.server.runtime.tick();
  liveDay(TODAY, THURSDAY);
  now = at(TODAY, hhmm(12));
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, acceptDownloads: true });
  await page.goto(`${office.url}/reports/`);
  await page.getByLabel('Логин').fill('manager');
  await page.getByLabel('PIN-код').fill('2222');
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.getByRole('link', { name: 'План работы окон' }).click();
  await page.locator('[data-table="tomorrow"] tbody tr').first().waitFor();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await office?.stop();
});

describe('the staffing plan on the manager’s screen', () => {
  const needed90 = windowsNeeded(consultLoad(12), WAIT_NORM_MIN * MIN, 0.9);

  it('plans tomorrow, a Friday, from the two Fridays: the wave at ten needs more windows than were open', async () => {
    expect(page.url()).toMatch(/\/reports\/staffing\?*/);
    await expect(page.locator('h1').innerText()).resolves.toBe('План работы окон');
    // 12 consultations an hour of 16 minutes each: 3.2 windows busy all hour, so at least four.
    expect(needed90).toBeGreaterThanOrEqual(4);
    await expect(cell(page, 'tomorrow', 'expected', '10:00–11:00', 'Специалист')).resolves.toBe('12');
    await expect(cell(page, 'tomorrow', 'needed', '10:00–11:00', 'Специалист')).resolves.toBe(
      String(needed90),
    );
    await expect(cell(page, 'tomorrow', 'usual', '10:00–11:00', 'Специалист')).resolves.toBe('2');
    await expect(cell(page, 'tomorrow', 'break', '10:00–11:00', 'Специалист')).resolves.toBe('—');
    // Two at noon: a quiet hour, the best for a specialist's break.
    await expect(cell(page, 'tomorrow', 'expected', '12:00–13:00', 'Специалист')).resolves.toBe('2');
    await expect(cell(page, 'tomorrow', 'break', '12:00–13:00', 'Специалист')).resolves.toBe('лучше всего');
    // Two payments of five minutes an hour: one cash desk.
    await expect(cell(page, 'tomorrow', 'needed', '11:00–12:00', 'Касса')).resolves.toBe('1');

    // The chart marks the one hour where more windows are needed than are usually open.
    const specialist = page.locator('figure[data-chart="Специалист"]');
    await expect(specialist.locator('rect.bar').count()).resolves.toBe(2);
    await expect(specialist.locator('rect.bar.over').count()).resolves.toBe(1);
    await expect(page.locator('figure[data-chart="Касса"] rect.bar.over').count()).resolves.toBe(0);
    await expect(page.locator('#staffing-charts-title').innerText()).resolves.toBe(
      'Завтра, пт 27.11.2026: окна по часам',
    );
  });

  it('plans the week: Fridays from Fridays, a day with no such day in the record from every day', async () => {
    await expect(cell(page, 'week', 'basis', 'пт 27.11.2026', 'Специалист')).resolves.toBe('2');
    await expect(cell(page, 'week', 'expected', 'пт 27.11.2026', 'Специалист')).resolves.toBe('14');
    await expect(cell(page, 'week', 'kind', 'сб 28.11.2026', 'Специалист')).resolves.toBe(
      'обычный день; по всем дням',
    );
    // (12 + 2) + (12 + 2) + 6 over three days.
    await expect(cell(page, 'week', 'expected', 'сб 28.11.2026', 'Специалист')).resolves.toBe('11,3');
  });

  it('sets each recent day against the plan made before it', async () => {
    // 20 November, planned from 13 November alone.
    const friday = ['пт 20.11.2026', 'Специалист'];
    await expect(cell(page, 'review', 'expected', ...friday)).resolves.toBe('14');
    await expect(cell(page, 'review', 'arrived', ...friday)).resolves.toBe('14');
    await expect(cell(page, 'review', 'inNorm', ...friday).then(number)).resolves.toBe(
      inNorm((w) => w.day === '2026-11-20' && w.group === 'specialist'),
    );
    // Today so far, planned from both Fridays (the record has no Thursday).
    await expect(cell(page, 'review', 'expected', 'чт 26.11.2026', 'Специалист')).resolves.toBe('14');
    await expect(cell(page, 'review', 'arrived', 'чт 26.11.2026', 'Специалист')).resolves.toBe('6');

    // Hour by hour, the latest day before today unless another is chosen.
    await expect(page.locator('#table-reviewHours').innerText()).resolves.toBe(
      'План и факт по часам, пт 20.11.2026',
    );
    const ten = ['10:00–11:00', 'Специалист'];
    await expect(cell(page, 'reviewHours', 'expected', ...ten)).resolves.toBe('12');
    await expect(cell(page, 'reviewHours', 'arrived', ...ten)).resolves.toBe('12');
    await expect(cell(page, 'reviewHours', 'planned', ...ten)).resolves.toBe(String(needed90));
    await expect(cell(page, 'reviewHours', 'staffed', ...ten)).resolves.toBe('2');
    await expect(cell(page, 'reviewHours', 'inNorm', ...ten).then(number)).resolves.toBe(
      inNorm((w) => w.day === '2026-11-20' && w.group === 'specialist' && w.hour === 10),
    );

    await page.getByLabel('День для сравнения по часам').selectOption(TODAY);
    await page.locator('#table-reviewHours', { hasText: 'чт 26.11.2026' }).waitFor();
    await expect(cell(page, 'reviewHours', 'arrived', ...ten)).resolves.toBe('6');
    await expect(cell(page, 'reviewHours', 'staffed', ...ten)).resolves.toBe('1');
    await expect(cell(page, 'reviewHours', 'inNorm', ...ten).then(number)).resolves.toBe(
      inNorm((w) => w.day === TODAY && w.hour === 10),
    );
  });

  it('explains how the figures are made: a worked example of the busiest hour, the figures the formula was given', async () => {
    // 12 consultations of 1 + 15 minutes: 3.2 hours of window work in the hour.
    await expect(page.locator('[data-example="specialist"]').innerText()).resolves.toBe(
      'Завтра с 10:00 до 11:00 в очередь группы «Специалист» ожидается посетителей: 12. ' +
        'Каждый занимает окно в среднем 16 мин (подход к окну после вызова и обслуживание), вместе это ' +
        '3,2 ч работы окон за один час. Посетители приходят неравномерно, а обслуживание длится по-разному, ' +
        `поэтому, чтобы 90 % из них были вызваны не позже чем через 20 мин, нужно окон: ${needed90}.`,
    );
    // Every consultation took the same 16 minutes: no spread; the services are those this test finished.
    await expect(cell(page, 'basis', 'windowMin', 'Специалист')).resolves.toBe('16');
    await expect(cell(page, 'basis', 'spread', 'Специалист')).resolves.toBe('0');
    await expect(cell(page, 'basis', 'services', 'Специалист')).resolves.toBe(String(finished.consult));
    await expect(cell(page, 'basis', 'normMin', 'Специалист')).resolves.toBe(String(WAIT_NORM_MIN));
    await expect(cell(page, 'basis', 'windowMin', 'Касса')).resolves.toBe(
      String(WALK_MIN + SERVICE_MIN.payment),
    );
    // Each table says what its columns are.
    for (const table of ['tomorrow', 'week', 'review', 'reviewHours', 'basis'])
      await expect(page.locator(`[data-table="${table}"] .table-notes li`).count()).resolves.toBeGreaterThan(
        0,
      );
    await expect(page.locator('[data-table="tomorrow"] .table-notes').innerText()).resolves.toContain(
      '«Нужно окон» — наименьшее число окон',
    );
  });

  it('asks for more windows when more visitors are to be called within the norm', async () => {
    const needed95 = windowsNeeded(consultLoad(12), WAIT_NORM_MIN * MIN, 0.95);
    await page.getByLabel('Вызвать в пределах норматива').selectOption('95');
    await page.locator('[data-heading="filters"]', { hasText: 'вызвать 95 %' }).waitFor();
    await expect(cell(page, 'tomorrow', 'needed', '10:00–11:00', 'Специалист')).resolves.toBe(
      String(needed95),
    );
    expect(needed95).toBeGreaterThanOrEqual(needed90);
    await page.getByLabel('Вызвать в пределах норматива').selectOption('90');
    await page.locator('[data-heading="filters"]', { hasText: 'вызвать 90 %' }).waitFor();
  });

  it('is readable at 1920×1080 and axe finds nothing serious', async () => {
    await page.getByLabel('День для сравнения по часам').selectOption('2026-11-20');
    await page.locator('#table-reviewHours', { hasText: 'пт 20.11.2026' }).waitFor();
    await screenshot(page, 'staffing-plan');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'staffing-plan-first-screen', false);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('downloads a table as CSV and every table as XLSX, with the figures of the page', async () => {
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-table="tomorrow"] [data-export="csv"]').click(),
    ]);
    const lines = readFileSync((await csv.path())!)
      .toString('utf8')
      .slice(1)
      .split('\r\n');
    expect(lines).toContain('Таблица;План на завтра');
    expect(lines.some((l) => l.startsWith('Период;"план 27.11.2026 – 03.12.2026;'))).toBe(true);
    expect(lines).toContain(`10:00–11:00;Специалист;12;${needed90};2;`);
    const needed12 = windowsNeeded(consultLoad(2), WAIT_NORM_MIN * MIN, 0.9);
    // The hour the Fridays closed in: the file has the figure the page shows.
    const usualAtNoon = await cell(page, 'tomorrow', 'usual', '12:00–13:00', 'Специалист');
    expect(number(usualAtNoon)).toBeLessThan(2);
    expect(lines).toContain(`12:00–13:00;Специалист;2;${needed12};${usualAtNoon};лучше всего`);

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-export="xlsx"]').click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await xlsx.path())!);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'План на завтра',
      'План на неделю',
      'План и факт по дням',
      'План и факт по часам, пт 20.11', // a sheet's name is at most 31 characters, and never cut mid-word
      'Исходные данные расчёта',
    ]);
    const review = workbook.getWorksheet('План и факт по дням')!;
    let found: unknown[] = [];
    review.eachRow((r) => {
      const values = (r.values as unknown[]).slice(1);
      if (values[0] === 'пт 20.11.2026' && values[1] === 'Специалист') found = values;
    });
    expect(found.slice(2, 4)).toEqual([14, 14]);
  });

  it('speaks English on request', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('#table-tomorrow', { hasText: 'Plan for tomorrow' }).waitFor();
    await expect(page.locator('#staffing-charts-title').innerText()).resolves.toBe(
      'Tomorrow, Fri 27.11.2026: windows by hour',
    );
    await expect(cell(page, 'tomorrow', 'break', '12:00–13:00', 'Специалист')).resolves.toBe('best');
    await screenshot(page, 'staffing-plan-en');
    await page.getByRole('button', { name: 'Русский' }).click();
  });

  it('answers a manager and an administrator only, and says what is wrong with a request', async () => {
    const client = async (login: string, pin: string) =>
      officeHttp({ server: office.url, token: await office.token(login, pin) });
    const refusal = (call: Promise<unknown>) =>
      call.then(
        () => null,
        (failure: unknown) => (failure instanceof HttpFailure ? failure : null),
      );
    const admin = await (await client('admin', '1111')).call('staffing', { query: { confidence: 80 } });
    expect(admin.heading.filters).toContain('вызвать 80 %');
    const operator = await refusal((await client('op1', '1234')).call('staffing'));
    expect(operator?.status).toBe(403);
    const wrong = await refusal(
      (await client('manager', '2222')).call('staffing', { query: { confidence: 120 } }),
    );
    expect(wrong?.status).toBe(400);
    expect(wrong?.code).toBe('invalid_payload');
    expect(wrong?.details?.issues).toContainEqual(expect.objectContaining({ field: 'confidence' }));
  });
});
