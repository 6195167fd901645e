import { ALWAYS_OPEN, WEEKDAY_HOURS, demoOffice } from '@queue/engine';
import { describe, expect, it } from 'vitest';
import { buildReport, collectFacts, reportTables } from '../src/index.js';
import { ADMIN, OfficeDay, staff } from './office-day.js';

/**
 * Three office days with visitors left at the end of each, run through the real engine, and every
 * figure of the period report computed by hand (issue 14: the cashier's average wait once came out
 * 1,443.6 min because yesterday's waiting tickets were called the next morning).
 *
 * Preset `default`: wait norm 20 min, service norm 10 min in both groups, no visit cap. Reception
 * 08:00–20:00; the working day ends 30 minutes after closing (20:30). Окно 1 serves the specialist
 * topics (main: readings, meter, charges, documents, contract, account; side: the rest, consult among
 * them); Касса 1 serves payment.
 */
const OP1 = staff('op1');
const CASHIER = staff('cashier');

const threeDays = (): OfficeDay => {
  const config = demoOffice({ hours: WEEKDAY_HOURS });
  config.hours.workEndsAfterCloseMin = 30;
  const d = new OfficeDay(config, '2026-11-23');

  // Monday 23.11 — the schedule closes one visitor still waiting at 20:30.
  d.at('19:00').run({ type: 'window.open', windowId: 'w1' }, OP1);
  d.run({ type: 'window.open', windowId: 'k1' }, CASHIER);
  d.issue('consult'); //                                  А001 19:00
  d.at('19:02').issue('payment'); //                      К001 19:02
  d.at('19:04').callNext('k1', CASHIER); //               К001 waited 2
  d.run({ type: 'ticket.start', windowId: 'k1' }, CASHIER);
  d.at('19:05').callNext('w1', OP1); //                   А001 waited 5
  d.run({ type: 'ticket.start', windowId: 'w1' }, OP1);
  d.at('19:10').run({ type: 'ticket.finish', windowId: 'k1', result: 'resolved' }, CASHIER); // К001 served 6
  d.at('19:20').run({ type: 'ticket.finish', windowId: 'w1', result: 'resolved' }, OP1); //     А001 served 15
  d.at('19:40').issue('charges'); //                      Р001 19:40
  d.at('19:45').issue('consult'); //                      А002 19:45
  expect(d.at('19:50').callNext('w1', OP1)).toBe('Р001'); // waited 10 (a main topic of Окно 1)
  d.run({ type: 'ticket.start', windowId: 'w1' }, OP1);
  d.at('20:05').run({ type: 'ticket.finish', windowId: 'w1', result: 'resolved' }, OP1); //     Р001 served 15
  d.at('20:30').run({ type: 'clock.tick' }); //           А002 not served: the day ended (system)
  d.at('20:31').run({ type: 'window.close', windowId: 'w1' }, OP1);
  d.run({ type: 'window.close', windowId: 'k1' }, CASHIER);

  // Tuesday 24.11 — no cashier all day; the administrator closes the day at 20:10.
  d.on('2026-11-24').at('10:00').run({ type: 'window.open', windowId: 'w1' }, OP1);
  d.issue('readings'); //                                 П001 10:00
  d.at('10:01').issue('payment'); //                      К001 10:01: no window serves it (the forecast calls for staff)
  d.at('10:03').callNext('w1', OP1); //                   П001 waited 3
  d.run({ type: 'ticket.start', windowId: 'w1' }, OP1);
  d.at('10:11').run({ type: 'ticket.finish', windowId: 'w1', result: 'resolved' }, OP1); //     П001 served 8
  d.at('19:55').issue('contract'); //                     Д001 19:55
  d.at('20:10').run({ type: 'day.end' }, ADMIN); //       К001 and Д001 not served (the administrator)
  d.at('20:11').run({ type: 'window.close', windowId: 'w1' }, OP1);

  // Wednesday 25.11 — a visitor called at 19:59 never came up and nobody marked it: closed at 20:30.
  d.on('2026-11-25').at('09:00').run({ type: 'window.open', windowId: 'w1' }, OP1);
  d.run({ type: 'window.open', windowId: 'k1' }, CASHIER);
  d.issue('documents'); //                                С001 09:00
  d.issue('payment'); //                                  К001 09:00
  d.at('09:02').callNext('w1', OP1); //                   С001 waited 2
  d.at('09:04').run({ type: 'ticket.noShow', windowId: 'w1' }, OP1); // С001 did not come
  d.at('09:05').callNext('k1', CASHIER); //               К001 waited 5
  d.run({ type: 'ticket.start', windowId: 'k1' }, CASHIER);
  d.at('09:09').run({ type: 'ticket.finish', windowId: 'k1', result: 'resolved' }, CASHIER); // К001 served 4
  d.at('19:58').issue('consult'); //                      А001 19:58
  d.at('19:59').callNext('w1', OP1); //                   А001 waited 1, called
  d.at('20:00').run({ type: 'window.close', windowId: 'k1' }, CASHIER);
  d.at('20:30').run({ type: 'clock.tick' }); //           А001 (called at Окно 1) not served: the day ended
  d.at('20:31').run({ type: 'window.close', windowId: 'w1' }, OP1);

  // Thursday's first tick closes Wednesday: the archive of the period ends with its `day.closed`.
  d.on('2026-11-26').at('08:00').run({ type: 'clock.tick' });
  return d;
};

describe('a period of three office days with visitors left at the end of each', () => {
  const d = threeDays();
  const lastClose = d.events.findLastIndex((e) => e.type === 'day.closed');
  const period = d.events.slice(0, lastClose + 1);
  const report = buildReport(collectFacts(period, d.config), {
    from: '2026-11-23',
    to: '2026-11-25',
    groupBy: 'topic',
  });
  const tables = Object.fromEntries(reportTables(report).map((t) => [t.id, t]));
  const columns = (id: string, row: readonly unknown[]) =>
    Object.fromEntries(tables[id]!.columns.map((c, i) => [c.key, row[i]]));

  it('closes four visitors as not served, each by its own event with who did it', () => {
    const closed = period.flatMap((e) => (e.type === 'ticket.unserved' ? [e] : []));
    expect(closed.map((e) => [d.numberOf(e.ticketId), e.was, e.actor.kind, e.outcome])).toEqual([
      ['А002', 'waiting', 'system', 'dayEnded'],
      ['К001', 'waiting', 'staff', 'dayEnded'],
      ['Д001', 'waiting', 'staff', 'dayEnded'],
      ['А001', 'called', 'system', 'dayEnded'],
    ]);
  });

  it('summary: visitors 10; waits 2, 5, 10, 3, 2, 5, 1; services 6, 15, 15, 8, 4; 4 not served, never a wait', () => {
    expect(columns('summary', tables.summary!.total!)).toEqual({
      group: 'Итого',
      visitors: 10,
      waits: 7,
      waitAvg: 4, //             28 / 7
      waitMedian: 3, //          1 2 2 [3] 5 5 10
      waitP90: 10, //            rank ⌈6.3⌉ = 7
      waitNorm: 20,
      waitShare: 100,
      services: 5,
      serviceAvg: 9.6, //        48 / 5
      serviceMedian: 8, //       4 6 [8] 15 15
      serviceP90: 15, //         rank ⌈4.5⌉ = 5
      serviceNorm: 10,
      serviceShare: 60, //       6, 8, 4 within 10
      overCap: null, //          the preset has no cap
      noShows: 1,
      transfers: 0,
      postpones: 0,
      cancellations: 0,
      unserved: 4,
      priority: 0,
      priorityWait: null,
    });
    // Per topic: visitors, waits (n, avg, median, p90, share), services (n, avg, share), not come, not served.
    const rows = tables.summary!.rows.map((row) => {
      const c = columns('summary', row);
      return [
        c.group,
        c.visitors,
        c.waits,
        c.waitAvg,
        c.waitMedian,
        c.waitP90,
        c.waitShare,
        c.services,
        c.serviceAvg,
        c.serviceShare,
        c.noShows,
        c.unserved,
      ];
    });
    expect(rows).toEqual([
      ['Заключение, изменение, расторжение договора', 1, 0, null, null, null, null, 0, null, null, 0, 1],
      ['Консультация', 3, 2, 3, 3, 5, 100, 1, 15, 0, 0, 2],
      ['Оплата без комиссии (касса)', 3, 2, 3.5, 3.5, 5, 100, 2, 5, 100, 0, 1],
      ['Показания приборов учёта', 1, 1, 3, 3, 3, 100, 1, 8, 100, 0, 0],
      ['Разъяснение начислений, сверка, перерасчёт', 1, 1, 10, 10, 10, 100, 1, 15, 0, 0, 0],
      ['Справки, копии документов, квитанции, акты', 1, 1, 2, 2, 2, 100, 0, null, null, 1, 0],
    ]);
  });

  it('compliance: the period averages per group against the norms', () => {
    expect(tables.compliance!.rows.map((r) => r.slice(0, 7))).toEqual([
      ['Среднее время ожидания', 'Касса', 20, 3.5, 2, null, 'выполнено'], //        2, 5
      ['Среднее время ожидания', 'Специалист', 20, 4.2, 5, null, 'выполнено'], //   5, 10, 3, 2, 1
      ['Среднее время обслуживания', 'Касса', 10, 5, 2, null, 'выполнено'], //      6, 4
      ['Среднее время обслуживания', 'Специалист', 10, 12.7, 3, null, 'не выполнено'], // 15, 15, 8
    ]);
  });

  it('window time: service from call to its end, idle in hours or while someone waited', () => {
    // Окно 1 — Mon: service 15 + 15, idle 5 + 20 + 10 + 25 (20:05–20:30 after hours, А002 waiting);
    // Tue: service 8, idle 3 + 584 + 5 + 10; Wed: service 2 (call → no-show) + 31 (call → day's end),
    // idle 2 + 654 + 1. While someone waited: Mon 5 + 10 + 25, Tue 3 + 5 + 10, Wed 2 + 1.
    // Касса 1 — Mon: service 6, idle 2 + 2 + 50; Wed: service 4, idle 5 + 651. While waited: 2, 5.
    const rows = tables.windows!.rows.map((r) => columns('windows', r));
    expect(rows).toEqual([
      { group: 'Касса 1', service: 10, pause: 0, idle: 710, idleWhileWaiting: 7, load: 1.4 },
      { group: 'Окно 1', service: 71, pause: 0, idle: 1319, idleWhileWaiting: 61, load: 5.1 },
    ]);
    expect(columns('windows', tables.windows!.total!)).toEqual({
      group: 'Итого',
      service: 81,
      pause: 0,
      idle: 2029,
      idleWhileWaiting: 68,
      load: 3.8,
    });
  });

  it('one call for staff, by the forecast: Tuesday, nobody at the cash desk, 10:01 until the day was closed', () => {
    // The count rule never called (at most 2 waiting); the forecast's call is reported apart.
    expect(tables.episodes!.rows).toEqual([]);
    expect(tables.forecastEpisodes!.rows).toEqual([['24.11.2026 10:01', 'Зал', 2, null, null, null, 609]]);
    expect(report.episodes.byReason.count.count).toBe(0);
    expect(report.episodes.byReason.forecast).toMatchObject({ count: 1, totalMs: 609 * 60_000 });
  });

  it('the preset has no meter-reading days: all three are ordinary days', () => {
    expect(tables.dayKinds!.rowCodes).toEqual(['peak', 'ordinary']);
    expect(tables.dayKinds!.rows.map((r) => columns('dayKinds', r))).toEqual([
      {
        dayKind: 'Дни приёма показаний',
        days: 0,
        daysWithVisitors: 0,
        visitors: 0,
        waits: 0,
        waitAvg: null,
        waitShare: null,
        services: 0,
        serviceAvg: null,
        serviceShare: null,
        countEpisodes: 0,
        forecastEpisodes: 0,
      },
      {
        dayKind: 'Обычные дни',
        days: 3,
        daysWithVisitors: 3,
        visitors: 10,
        waits: 7,
        waitAvg: 4,
        waitShare: 100,
        services: 5,
        serviceAvg: 9.6,
        serviceShare: 60,
        countEpisodes: 0,
        forecastEpisodes: 1,
      },
    ]);
  });

  it('by hour, by day and the spread of waits', () => {
    const hourly = tables.hourly!.rows;
    expect(hourly[0]).toEqual(['09:00', 2, 3.5]); //   Wed С001, К001: waits 2, 5
    expect(hourly[1]).toEqual(['10:00', 2, 3]); //     Tue П001, К001: wait 3
    expect(hourly.slice(2, 10).every((r) => r[1] === 0 && r[2] === null)).toBe(true);
    expect(hourly[10]).toEqual(['19:00', 6, 4.5]); //  Mon 4 + Tue 1 + Wed 1; waits 2, 5, 10, 1
    expect(hourly).toHaveLength(11);
    expect(tables.daily!.rows).toEqual([
      ['23.11.2026', 4, 100, 33.3, null], // services 6, 15, 15; not a meter-reading day
      ['24.11.2026', 3, 100, 100, null],
      ['25.11.2026', 3, 100, 100, null],
    ]);
    const bins = tables.distribution!.rows.filter((r) => r[1] !== 0);
    expect(bins).toEqual([
      ['0–5', 4, 57.1], //   2, 3, 2, 1
      ['5–10', 2, 28.6], //  5, 5
      ['10–15', 1, 14.3], // 10
    ]);
  });
});

describe('a log written before the day’s end closed its visitors', () => {
  it('ends a visitor carried over the rollover at the day’s close: counted apart, never a 24-hour wait', () => {
    const d = new OfficeDay(demoOffice({ hours: WEEKDAY_HOURS }), '2026-11-23');
    d.at('19:50').run({ type: 'window.open', windowId: 'k1' }, CASHIER);
    d.issue('payment'); // К001 19:50, still waiting at the rollover
    // As the old engine wrote it: `day.closed` with К001 still in the queue, and К001 called next morning.
    const issued = d.events.find((e) => e.type === 'ticket.issued')!;
    const last = d.events.at(-1)!;
    const next = Date.parse('2026-11-24T08:00:00+03:00');
    const system = { kind: 'system' } as const;
    const old = [
      ...d.events,
      { type: 'day.closed', day: '2026-11-23', seq: last.seq + 1, at: next, actor: system },
      { type: 'day.opened', day: '2026-11-24', seq: last.seq + 2, at: next, actor: system },
      {
        type: 'ticket.called',
        ticketId: issued.type === 'ticket.issued' ? issued.ticket.id : '',
        windowId: 'k1',
        staffId: 'cashier',
        manualReason: null,
        seq: last.seq + 3,
        at: next + 60_000,
        actor: CASHIER,
      },
    ] as typeof d.events;
    const report = buildReport(collectFacts(old, d.config), {
      from: '2026-11-23',
      to: '2026-11-24',
      groupBy: 'day',
    });
    expect(report.summary.total.wait.n).toBe(0);
    expect(report.summary.total.outcomes.dayEnded).toBe(1);
    expect(report.summary.rows.map((r) => [r.key, r.figures.visitors, r.figures.outcomes.dayEnded])).toEqual([
      ['2026-11-23', 1, 1],
    ]);
  });
});

describe('peak days beside ordinary days (002: meter-reading days 15th–25th, the count rule on them only)', () => {
  it('calls for staff on the peak day only, and reports each kind of day apart', () => {
    const d = new OfficeDay(demoOffice({ preset: 'gazprom-tyumen', hours: ALWAYS_OPEN }), '2026-11-14');
    for (const date of ['2026-11-14', '2026-11-16']) {
      d.on(date).at('10:00').run({ type: 'window.open', windowId: 'w1' }, OP1);
      for (let i = 0; i < 6; i++) d.issue('readings'); // 6 waiting at one specialist window
      d.at('10:06').callNext('w1', OP1); //                 waited 6
      d.run({ type: 'ticket.start', windowId: 'w1' }, OP1);
      d.at('10:10').run({ type: 'ticket.finish', windowId: 'w1', result: 'resolved' }, OP1); // served 4
      d.at('23:59').run({ type: 'day.end' }, ADMIN); //    the other five not served
      d.run({ type: 'window.close', windowId: 'w1' }, OP1);
    }
    const report = buildReport(collectFacts(d.events, d.config), {
      from: '2026-11-14',
      to: '2026-11-16',
      groupBy: 'day',
    });
    expect(report.daily.map((p) => [p.day, p.peak, p.visitors])).toEqual([
      ['2026-11-14', false, 6],
      ['2026-11-15', true, 0],
      ['2026-11-16', true, 6],
    ]);
    expect(
      report.dayKinds.map((k) => [
        k.kind,
        k.days,
        k.daysWithVisitors,
        k.visitors,
        k.wait.n,
        k.wait.avgMs,
        k.episodes,
      ]),
    ).toEqual([
      // The forecast called first (the third visitor was already expected past 10 minutes), then the count.
      ['peak', 2, 1, 6, 1, 6 * 60_000, { count: 1, forecast: 1 }],
      ['ordinary', 1, 1, 6, 1, 6 * 60_000, { count: 0, forecast: 0 }],
    ]);
    expect(report.episodes.list.map((e) => [e.reason, e.groupId, e.day])).toEqual([
      ['forecast', null, '2026-11-16'],
      ['count', 'specialist', '2026-11-16'],
    ]);
    const tables = Object.fromEntries(reportTables(report).map((t) => [t.id, t]));
    expect(tables.episodes!.rows.map((r) => r[1])).toEqual(['Зал, Специалист']);
    expect(tables.daily!.rows.map((r) => r[4])).toEqual([null, 'да', 'да']);
  });
});
