import { ALWAYS_OPEN, demoOffice } from '@queue/engine';
import type { Facts, ServiceFact, WaitFact, WindowTimeFact } from '@queue/reports-engine';
import { describe, expect, it } from 'vitest';
import { staffingHeading, staffingOverview, staffingTables } from '../src/index.js';

const MIN = 60_000;
/** The default preset: no meter-reading days, wait norm 20 minutes for both groups. 2026-03-02 is a Monday. */
const config = demoOffice({ hours: ALWAYS_OPEN });
const at = (day: string, hour: number, minute = 0) =>
  Date.parse(`${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`);

let ticket = 0;
/** `count` visitors for a specialist in an hour, each waiting `waitMin`, walking 1 minute, served 9. */
const visitors = (day: string, hour: number, count: number, waitMin: number) => {
  const waits: WaitFact[] = [];
  const services: ServiceFact[] = [];
  for (let i = 0; i < count; i++) {
    const base = { day, hour, topicId: 'consult', windowId: 'w1', staffId: null, ticketId: `T${ticket++}` };
    const startedAt = at(day, hour, i);
    waits.push({
      ...base,
      startedAt,
      start: 'issue',
      priority: false,
      ms: waitMin * MIN,
      normMin: 20,
      normSource: 'group',
      groupId: 'specialist',
    });
    services.push({
      ...base,
      startedAt: startedAt + (waitMin + 1) * MIN,
      ms: 9 * MIN,
      normMin: 10,
      normSource: 'group',
      groupId: 'specialist',
    });
  }
  return { waits, services };
};
const open = (day: string, hour: number, windowId: string, minutes = 60): WindowTimeFact => ({
  day,
  hour,
  windowId,
  staffId: null,
  state: 'service',
  queue: false,
  inHours: true,
  ms: minutes * MIN,
});

describe('the staffing overview as tables', () => {
  // Two Mondays: 18 at 10:00, 2 at 12:00; two windows open at 10:00 and one at 12:00 each time.
  // Today, Monday 16 March: 24 at 10:00 (12 of them called after 25 minutes), 2 at 12:00, one window at 10:00 for half an hour.
  const parts = [
    visitors('2026-03-02', 10, 18, 5),
    visitors('2026-03-02', 12, 2, 0),
    visitors('2026-03-09', 10, 18, 5),
    visitors('2026-03-09', 12, 2, 0),
    visitors('2026-03-16', 10, 12, 5),
    visitors('2026-03-16', 10, 12, 25),
    visitors('2026-03-16', 12, 2, 0),
  ];
  const record: Facts = {
    visits: [],
    waits: parts.flatMap((p) => p.waits),
    services: parts.flatMap((p) => p.services),
    outcomes: [],
    windowTime: [
      open('2026-03-02', 10, 'w1'),
      open('2026-03-02', 10, 'w2'),
      open('2026-03-02', 12, 'w1'),
      open('2026-03-09', 10, 'w1'),
      open('2026-03-09', 10, 'w2'),
      open('2026-03-09', 12, 'w1'),
      open('2026-03-16', 10, 'w1', 30),
    ],
    episodes: [],
    until: 0,
    peakCalendar: [],
  };
  const overview = staffingOverview(record, config, '2026-03-22');
  const tables = staffingTables(overview, config, '2026-03-16');
  const table = (id: string) => tables.find((t) => t.id === id)!;
  const column = (id: string, key: string) => table(id).columns.findIndex((c) => c.key === key);

  it('tomorrow, Monday 23 March, hour by hour from the two Mondays before today’s', () => {
    const tomorrow = table('tomorrow');
    // Planned from 2, 9 and 16 March: (18 + 18 + 24) / 3 = 20 at 10:00, 2 at 12:00.
    const ten = tomorrow.rows.find((r) => r[0] === '10:00–11:00')!;
    expect(ten[1]).toBe('Специалист');
    expect(ten[column('tomorrow', 'expected')]).toBe(20);
    // 20 an hour × 10 minutes = 3.3 erlangs: at least four windows; usually (2 + 2 + 0.5) / 3 open.
    expect(ten[column('tomorrow', 'needed')]).toBeGreaterThanOrEqual(4);
    expect(ten[column('tomorrow', 'usual')]).toBe(1.5);
    expect(ten[column('tomorrow', 'break')]).toBeNull();
    const twelve = tomorrow.rows.find((r) => r[0] === '12:00–13:00')!;
    expect(twelve[column('tomorrow', 'needed')]).toBe(1);
    expect(twelve[column('tomorrow', 'break')]).toBe('лучше всего');
    expect(tomorrow.total?.[column('tomorrow', 'expected')]).toBe(22);
  });

  it('the week: one row per day and group, the day’s peak and its window-hours', () => {
    const week = table('week');
    const days = week.rows.map((r) => r[0]);
    expect(days).toEqual([
      'пн 23.03.2026',
      'вт 24.03.2026',
      'ср 25.03.2026',
      'чт 26.03.2026',
      'пт 27.03.2026',
      'сб 28.03.2026',
      'вс 29.03.2026',
    ]);
    const monday = week.rows[0]!;
    expect(monday[column('week', 'kind')]).toBe('обычный день');
    expect(monday[column('week', 'basis')]).toBe(3);
    expect(monday[column('week', 'breakHours')]).toBe('12:00');
    expect(monday[column('week', 'windowHours')]).toBe((monday[column('week', 'peak')] as number) + 1);
    // No Tuesday in the record: every recent day, and the table says so.
    expect(week.rows[1]![column('week', 'kind')]).toBe('обычный день; по всем дням');
  });

  it('sets each recent day against the plan made before it, newest first', () => {
    const review = table('review');
    expect(review.rows.map((r) => r[0])).toEqual(['пн 16.03.2026']);
    const monday = review.rows[0]!;
    expect(monday[column('review', 'expected')]).toBe(20); // the two Mondays before it
    expect(monday[column('review', 'arrived')]).toBe(26);
    expect(monday[column('review', 'staffedHours')]).toBe(0.5);
    // Called within the norm: 12 of 24 at 10:00 and both at 12:00 → 14 of 26.
    expect(monday[column('review', 'inNorm')]).toBe(Math.round((14 / 26) * 1000) / 10);
    const planned = monday[column('review', 'plannedHours')] as number;
    expect(monday[column('review', 'shortHours')]).toBe(planned - 0.5);
    expect(monday[column('review', 'overHours')]).toBe(0);

    const hours = table('reviewHours');
    expect(hours.title).toBe('План и факт по часам, пн 16.03.2026');
    const ten = hours.rows.find((r) => r[0] === '10:00–11:00')!;
    expect(ten.slice(1)).toEqual(['Специалист', 18, 24, ten[column('reviewHours', 'planned')], 0.5, 50]);
  });

  it('says what the plan rests on: the window time per visitor, its spread, the services measured, the norm', () => {
    const basis = table('basis');
    expect(basis.rows).toEqual([
      // Walk 1 + service 9 minutes for every one of 18 + 2 + 18 + 2 + 12 + 12 + 2 visitors: no spread.
      ['Специалист', 10, 0, 66, 20],
    ]);
  });

  it('the files say which office, which days, which norms and which confidence', () => {
    const heading = staffingHeading(overview, config);
    expect(heading.office).toBe('ЦОК «Центральный»');
    expect(heading.period).toBe('план 23.03.2026 – 29.03.2026; план и факт 16.03.2026 – 16.03.2026');
    expect(heading.preset).toContain('специалист — ожидание до 20 мин');
    expect(heading.filters).toBe(
      'вызвать 90 % посетителей в пределах норматива ожидания; история за 8 недель',
    );
  });
});
