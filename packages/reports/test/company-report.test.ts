import { WEEKDAY_HOURS, demoOffice } from '@queue/engine';
import { describe, expect, it } from 'vitest';
import {
  type CollectedFacts,
  type OfficeFacts,
  buildReport,
  collectFacts,
  companyHeading,
  companyReport,
  companyTables,
  presetOf,
  reportTables,
} from '../src/index.js';
import { DATE, OP1, handDay } from './hand-day.js';
import { MIN, OfficeDay } from './office-day.js';

/*
 * Two offices on 23.11.2026:
 * - «Центральный» is the hand-computed day (hand-day.ts, preset gazprom-tyumen): 7 visitors;
 * - «Заречный» (preset default) has one visitor for «Консультация» who waited 30 minutes and was served
 *   in 10.
 */
const central = (): CollectedFacts => {
  const day = handDay();
  return collectFacts(day.events, day.config);
};

const riverside = (): CollectedFacts => {
  const config = demoOffice({ hours: WEEKDAY_HOURS, name: 'ЦОК «Заречный»' });
  config.id = 'riverside';
  const day = new OfficeDay(config, DATE);
  day.at('09:00').run({ type: 'window.open', windowId: 'w1' }, OP1);
  day.issue('consult');
  day.at('09:30').callNext('w1', OP1);
  day.run({ type: 'ticket.start', windowId: 'w1' }, OP1);
  day.at('09:40').run({ type: 'ticket.finish', windowId: 'w1', result: 'resolved' }, OP1);
  return collectFacts(day.events, day.config);
};

const asOffice = (id: string, facts: CollectedFacts): OfficeFacts => ({
  officeId: id,
  name: facts.config.name,
  preset: presetOf(facts.config),
  facts,
  labels: facts.labels,
});

const offices = () => [asOffice('central', central()), asOffice('riverside', riverside())];
const query = { from: DATE, to: DATE } as const;

describe('the company report', () => {
  it('gives each office the very figures of its own report, side by side', () => {
    const report = companyReport(offices(), { ...query, groupBy: 'office' });
    expect(report.rows.map((r) => r.label)).toEqual(['ЦОК «Заречный»', 'ЦОК «Центральный»']);
    for (const [label, facts] of [
      ['ЦОК «Центральный»', central()],
      ['ЦОК «Заречный»', riverside()],
    ] as const) {
      const own = buildReport(facts, { ...query, groupBy: 'topic' }).summary.total;
      expect(report.rows.find((r) => r.label === label)?.figures).toEqual(own);
    }
    expect(report.rows.find((r) => r.key === 'riverside')?.figures.wait.avgMs).toBe(30 * MIN);
  });

  it('sums the company over every office: visitors, waits and their average', () => {
    const report = companyReport(offices(), { ...query, groupBy: 'office' });
    const own = buildReport(central(), { ...query, groupBy: 'topic' }).summary.total.wait;
    expect(report.total.visitors).toBe(8);
    expect(report.total.wait.n).toBe(own.n + 1);
    expect(report.total.wait.avgMs).toBeCloseTo(((own.avgMs ?? 0) * own.n + 30 * MIN) / (own.n + 1), 6);
  });

  it('groups the whole company by topic, by hour and by day', () => {
    const byTopic = companyReport(offices(), { ...query, groupBy: 'topic' });
    expect(byTopic.rows.find((r) => r.key === 'consult')?.figures.visitors).toBe(4);
    const byHour = companyReport(offices(), { ...query, groupBy: 'hour' });
    expect(Object.fromEntries(byHour.rows.map((r) => [r.key, r.figures.visitors]))).toEqual({
      '09': 6,
      '10': 2,
    });
    const byDay = companyReport(offices(), { ...query, groupBy: 'day' });
    expect(byDay.rows).toHaveLength(1);
    expect(byDay.rows[0]?.figures.visitors).toBe(8);
  });

  it('puts presets side by side, with the compliance of each against its own norms', () => {
    const report = companyReport(offices(), { ...query, groupBy: 'preset' });
    expect(report.rows.map((r) => r.key).sort()).toEqual(['default', 'gazprom-tyumen']);
    const tyumen = report.compliance.find((c) => c.presetId === 'gazprom-tyumen')!;
    expect(tyumen.offices).toBe(1);
    // The hand day's specialist waits (5, 8, 5, 1, 0) average 3.8 min against the preset's 10: met.
    const waits = tyumen.lines.find((l) => l.measure === 'wait' && l.scopeId === 'specialist');
    expect(waits).toMatchObject({ normMin: 10, met: true });
    const standard = report.compliance.find((c) => c.presetId === 'default')!;
    expect(standard.lines.find((l) => l.measure === 'wait')).toMatchObject({ valueMs: 30 * MIN, met: false });
  });

  it("as tables and a heading, in the office report's columns and words", () => {
    const report = companyReport(offices(), { ...query, groupBy: 'office' });
    const [summary, ...others] = companyTables(report);
    // Compliance comes with the presets side by side.
    expect(others).toEqual([]);
    const compliance = companyTables(companyReport(offices(), { ...query, groupBy: 'preset' }))[1];
    expect(summary?.title).toBe('Показатели по офисам');
    expect(summary?.columns[0]?.title).toBe('Офис');
    const officeSummary = reportTables(buildReport(central(), { ...query, groupBy: 'topic' }))[0]!;
    expect(summary?.columns.slice(1)).toEqual(officeSummary.columns.slice(1));
    expect(summary?.total?.[0]).toBe('Итого');
    expect(summary?.total?.[1]).toBe(8);
    expect(compliance?.rows.some((row) => row.includes('не выполнено'))).toBe(true);
    expect(companyHeading(report)).toMatchObject({ office: 'Компания: 2 офиса', period: '23.11.2026' });
  });
});
