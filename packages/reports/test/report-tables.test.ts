import { describe, expect, it } from 'vitest';
import { buildReport, reportHeading, reportTables } from '../src/index.js';
import { handFacts, query } from './hand-facts.js';

/*
 * The tables the page shows and the files carry, from the hand-computed day (hand-day.ts):
 * visitors 7; waits n 8, mean 6.25 → 6.3, median 5, p90 23, norm 10, within 87.5 %;
 * services n 5, mean 7.4, median 7, p90 12, norms 5–15, within 80 %; over the cap 1;
 * no-show 1, transfer 1, postpone 1, cancellation 1; out of turn 1, waited 8.
 */
describe('report tables', () => {
  const report = buildReport(handFacts(), query('topic'));
  const tables = reportTables(report);
  const table = (id: string) => tables.find((t) => t.id === id)!;

  it('puts every figure of the summary in its column, rounded to one decimal', () => {
    const summary = table('summary');
    const total = Object.fromEntries(summary.columns.map((c, i) => [c.key, summary.total![i]]));
    expect(total).toEqual({
      group: 'Итого',
      visitors: 7,
      waits: 8,
      waitAvg: 6.3,
      waitMedian: 5,
      waitP90: 23,
      waitNorm: 10,
      waitShare: 87.5,
      services: 5,
      serviceAvg: 7.4,
      serviceMedian: 7,
      serviceP90: 12,
      serviceNorm: '5–15',
      serviceShare: 80,
      overCap: 1,
      noShows: 1,
      transfers: 1,
      postpones: 1,
      cancellations: 1,
      unserved: 0,
      priority: 1,
      priorityWait: 8,
    });
    expect(summary.rows.map((r) => r[0])).toEqual([
      'Консультация',
      'Оплата без комиссии (касса)',
      'Показания приборов учёта',
      'Разъяснение начислений, сверка, перерасчёт',
      'Справки, копии документов, квитанции, акты',
    ]);
  });

  it('has every table, and each row as long as its header', () => {
    expect(tables.map((t) => t.id)).toEqual([
      'summary',
      'compliance',
      'windows',
      'episodes',
      'forecastEpisodes',
      'dayKinds',
      'hourly',
      'daily',
      'distribution',
      'quality',
      'feedbackWindows',
      'feedbackTopics',
      'feedbackTexts',
    ]);
    for (const t of tables) {
      for (const row of [...t.rows, ...(t.total ? [t.total] : [])])
        expect(row).toHaveLength(t.columns.length);
    }
  });

  it('heads every file with the office, the period, the preset and the filters', () => {
    expect(reportHeading(report)).toEqual({
      office: 'ЦОК «Центральный»',
      period: '23.11.2026',
      preset:
        'Газпром энергосбыт Тюмень (gazprom-tyumen): ожидание 10 мин, обслуживание 5 мин, визит не более 30 мин',
      filters: 'без фильтров',
    });
    const filtered = buildReport(handFacts(), { ...query('hour'), to: '2026-11-30', window: 'w1' });
    expect(reportHeading(filtered)).toMatchObject({
      period: '23.11.2026 – 30.11.2026',
      filters: 'окно: Окно 1',
    });
  });
});
