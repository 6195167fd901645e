import { ALWAYS_OPEN, demoOffice } from '@queue/engine';
import type { Facts, ServiceFact, WaitFact, WindowTimeFact } from '@queue/reports-engine';
import { describe, expect, it } from 'vitest';
import { officeHistory, placeBreaks, planDay, planDays, reviewDay, windowsNeeded } from '../src/index.js';

const MIN = 60_000;
/** 2026-03-01 is a Sunday. The gazprom-tyumen preset's meter-reading days are the 15th to the 25th. */
const config = demoOffice({ preset: 'gazprom-tyumen', hours: ALWAYS_OPEN });
const at = (day: string, hour: number, minute = 0) =>
  Date.parse(`${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`);

let ticket = 0;
/** `count` visitors at a group's queue in an hour, each called after `waitMin`, walking 1 minute and served `serviceMin`. */
const visitors = (
  day: string,
  hour: number,
  count: number,
  serviceMin: number,
  waitMin = 2,
  groupId = 'specialist',
) => {
  const waits: WaitFact[] = [];
  const services: ServiceFact[] = [];
  for (let i = 0; i < count; i++) {
    const ticketId = `T${ticket++}`;
    const startedAt = at(day, hour, i % 60);
    const base = {
      day,
      hour,
      topicId: groupId === 'cashier' ? 'payment' : 'readings',
      windowId: 'w1',
      staffId: null,
      ticketId,
    };
    waits.push({
      ...base,
      startedAt,
      start: 'issue',
      priority: false,
      ms: waitMin * MIN,
      normMin: 10,
      normSource: 'group',
      groupId,
    });
    services.push({
      ...base,
      startedAt: startedAt + (waitMin + 1) * MIN,
      ms: serviceMin * MIN,
      normMin: 5,
      normSource: 'group',
      groupId,
    });
  }
  return { waits, services };
};
const staffedHour = (
  day: string,
  hour: number,
  windowId: string,
  state: WindowTimeFact['state'] = 'service',
): WindowTimeFact => ({
  day,
  hour,
  windowId,
  staffId: null,
  state,
  queue: false,
  inHours: true,
  ms: 60 * MIN,
});
const facts = (
  parts: { waits: WaitFact[]; services: ServiceFact[] }[],
  windowTime: WindowTimeFact[] = [],
): Facts => ({
  visits: [],
  waits: parts.flatMap((p) => p.waits),
  services: parts.flatMap((p) => p.services),
  outcomes: [],
  windowTime,
  episodes: [],
  until: 0,
  peakCalendar: [],
});

describe('the office’s history', () => {
  it('counts arrivals per day and hour, the walk before each service, and the staffed windows of each group', () => {
    const history = officeHistory(
      facts(
        [visitors('2026-03-02', 10, 3, 3), visitors('2026-03-02', 11, 1, 5)],
        [
          staffedHour('2026-03-02', 10, 'w1'),
          staffedHour('2026-03-02', 10, 'w2', 'idle'),
          staffedHour('2026-03-02', 10, 'k1'),
        ],
      ),
      config,
    );
    const specialist = history.groups.get('specialist')!;
    expect(specialist.arrivals.get('2026-03-02')).toEqual(
      new Map([
        [10, 3],
        [11, 1],
      ]),
    );
    // Walk 1 minute + services 3, 3, 3, 5 → 4, 4, 4, 6: mean 4.5 minutes.
    expect(specialist.meanMs).toBe(4.5 * MIN);
    // Sample variance of 4, 4, 4, 6 = 1 → scv = 1 / 4.5².
    expect(specialist.scv).toBeCloseTo(1 / 4.5 ** 2, 12);
    expect(specialist.normMs).toBe(10 * MIN);
    expect(specialist.staffed.get('2026-03-02')).toEqual(new Map([[10, 2]]));
    expect(history.groups.get('cashier')?.staffed.get('2026-03-02')).toEqual(new Map([[10, 1]]));
  });
});

describe('the staffing plan', () => {
  // Two Mondays (2 and 9 March) with 20 an hour at 10:00 and 4 at 12:00; one meter-reading Monday
  // (16 March) with 40 at 10:00. Five minutes a visitor (1 walk + 4 service).
  const history = officeHistory(
    facts([
      visitors('2026-03-02', 10, 20, 4),
      visitors('2026-03-02', 12, 4, 4),
      visitors('2026-03-09', 10, 20, 4),
      visitors('2026-03-09', 12, 4, 4),
      visitors('2026-03-16', 10, 40, 4),
    ]),
    config,
  );

  it('plans a Monday from past Mondays, a meter-reading day from past meter-reading days', () => {
    const monday = planDay(history, config, '2026-03-30');
    expect(monday.kind).toBe('weekday:1');
    expect(monday.basis).toEqual(['2026-03-02', '2026-03-09']);
    const ten = monday.hours.find((h) => h.hour === 10 && h.groupId === 'specialist')!;
    expect(ten.arrivals).toBe(20);
    const load = { perHour: 20, meanMs: 5 * MIN, scv: history.groups.get('specialist')!.scv };
    expect(ten.windows).toBe(windowsNeeded(load, 10 * MIN, 0.9));
    expect(ten.windows).toBeGreaterThan(1);

    const peak = planDay(history, config, '2026-03-23');
    expect(peak.kind).toBe('peak');
    expect(peak.basis).toEqual(['2026-03-16']);
    expect(peak.hours.find((h) => h.hour === 10)?.arrivals).toBe(40);
    expect(peak.hours.find((h) => h.hour === 10)!.windows).toBeGreaterThan(ten.windows);
  });

  it('more confidence needs no fewer windows; a day with no history of its kind uses the recent days', () => {
    const strict = planDay(history, config, '2026-03-30', { confidence: 0.99, weeks: 8 });
    const loose = planDay(history, config, '2026-03-30', { confidence: 0.5, weeks: 8 });
    for (const h of strict.hours) {
      expect(h.windows).toBeGreaterThanOrEqual(loose.hours.find((l) => l.hour === h.hour)!.windows);
    }
    const tuesday = planDay(history, config, '2026-03-31');
    expect(tuesday.fallback).toBe(true);
    expect(tuesday.basis).toEqual(['2026-03-02', '2026-03-09', '2026-03-16']);
    expect(planDays(history, config, '2026-03-30', 7).map((p) => p.date)).toEqual([
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
      '2026-04-02',
      '2026-04-03',
      '2026-04-04',
      '2026-04-05',
    ]);
  });

  it('puts breaks in the quiet hours, never in the peak, one person of a group at a time', () => {
    const monday = planDay(history, config, '2026-03-30');
    expect(monday.breakHours.specialist).toEqual([12]);
    const placed = placeBreaks(monday, [
      {
        staffId: 'op1',
        groupId: 'specialist',
        from: '08:00',
        to: '14:00',
        breaks: [{ at: '10:30', minutes: 15 }],
      },
      {
        staffId: 'op2',
        groupId: 'specialist',
        from: '08:00',
        to: '14:00',
        breaks: [{ at: '11:00', minutes: 15 }],
      },
      // A shift that ends before the quiet hour keeps its break.
      {
        staffId: 'op3',
        groupId: 'specialist',
        from: '08:00',
        to: '12:00',
        breaks: [{ at: '10:00', minutes: 15 }],
      },
    ]);
    expect(placed.get('op1')).toEqual([{ at: '12:00', minutes: 15 }]);
    expect(placed.get('op2')).toEqual([{ at: '12:15', minutes: 15 }]);
    expect(placed.get('op3')).toEqual([{ at: '10:00', minutes: 15 }]);
  });

  it('sets the plan against what happened', () => {
    const monday = planDay(history, config, '2026-03-30');
    const day = facts(
      [visitors('2026-03-30', 10, 25, 4, 12), visitors('2026-03-30', 12, 2, 4, 1)],
      [staffedHour('2026-03-30', 10, 'w1'), staffedHour('2026-03-30', 10, 'w2')],
    );
    const review = reviewDay(monday, day, config);
    expect(review.filter((r) => r.groupId === 'specialist')).toEqual([
      {
        hour: 10,
        groupId: 'specialist',
        expected: 20,
        arrivals: 25,
        planned: monday.hours.find((h) => h.hour === 10)!.windows,
        staffed: 2,
        called: 25,
        calledInNorm: 0,
        withinNorm: 0,
      },
      {
        hour: 12,
        groupId: 'specialist',
        expected: 4,
        arrivals: 2,
        planned: monday.hours.find((h) => h.hour === 12)!.windows,
        staffed: 0,
        called: 2,
        calledInNorm: 2,
        withinNorm: 1,
      },
    ]);
  });
});

describe('the manager’s overview', () => {
  it('plans tomorrow and the week, and reviews each recent day against the plan made from before it', async () => {
    const { staffingOverview } = await import('../src/index.js');
    const record = facts([
      visitors('2026-03-02', 10, 20, 4),
      visitors('2026-03-09', 10, 20, 4),
      visitors('2026-03-10', 10, 5, 4),
    ]);
    const overview = staffingOverview(record, config, '2026-03-10');
    expect(overview.plans.map((p) => p.date)).toEqual([
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
      '2026-03-14',
      '2026-03-15',
      '2026-03-16',
      '2026-03-17',
    ]);
    // Reviewed: the days with a record in the last week, each planned from the days before it only.
    expect(overview.reviews.map((r) => [r.plan.date, r.plan.basis])).toEqual([
      ['2026-03-09', ['2026-03-02']],
      ['2026-03-10', ['2026-03-02', '2026-03-09']],
    ]);
    const tuesday = overview.reviews[1]!.hours.find((h) => h.groupId === 'specialist' && h.hour === 10);
    expect(tuesday).toMatchObject({ expected: 20, arrivals: 5 });
  });
});
