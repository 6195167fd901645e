import { describe, expect, it } from 'vitest';
import { compliance, complianceSentence } from '../src/index.js';
import { MIN } from './office-day.js';
import { handFacts, query } from './hand-facts.js';

/*
 * Preset gazprom-tyumen (002 Таблица 5): groups «Специалист» and «Касса», wait 10, service 5; cap 30.
 *   wait, Специалист (consult, readings, charges): [5,8,5,1,0,23] → mean 42/6 = 7 ≤ 10 → met
 *   wait, Касса (payment): [3,5] → mean 4 ≤ 10 → met
 *   service, «Консультация» (its own norm 15): [12,7,10] → mean 29/3 ≈ 9.67 ≤ 15 → met
 *   service, Касса (5): [6,2] → mean 4 ≤ 5 → met
 *   visit cap 30: 1 of 5 served visits longer (А003, 40) → not met
 */
describe('compliance with the preset', () => {
  const facts = handFacts();
  const lines = compliance(facts, query('topic'), facts.labels);
  const find = (measure: string, scopeId: string) =>
    lines.find((l) => l.measure === measure && l.scopeId === scopeId);

  it('averages waits per service group, as the standard defines its norms', () => {
    expect(find('wait', 'specialist')).toMatchObject({ normMin: 10, n: 6, valueMs: 7 * MIN, met: true });
    expect(find('wait', 'cashier')).toMatchObject({ normMin: 10, n: 2, valueMs: 4 * MIN, met: true });
  });

  it('uses a topic’s own norm where it has one', () => {
    expect(find('service', 'consult')).toMatchObject({ scope: 'topic', normMin: 15, n: 3, met: true });
    expect(find('service', 'consult')?.valueMs).toBeCloseTo((29 / 3) * MIN, 6);
    expect(find('service', 'cashier')).toMatchObject({ normMin: 5, n: 2, valueMs: 4 * MIN, met: true });
    expect(find('service', 'specialist')).toBeUndefined();
  });

  it('treats the visit cap as a maximum: one visit over it is a breach', () => {
    expect(find('visitCap', '')).toMatchObject({ normMin: 30, n: 5, over: 1, valueMs: 40 * MIN, met: false });
  });

  it('says it in words', () => {
    expect(complianceSentence(find('wait', 'specialist')!)).toBe(
      'Специалист: среднее время ожидания 7 мин при нормативе 10 мин — выполнено',
    );
    expect(complianceSentence(find('service', 'consult')!)).toBe(
      'Консультация: среднее время обслуживания 9,7 мин при нормативе 15 мин — выполнено',
    );
    expect(complianceSentence(find('visitCap', '')!)).toBe(
      'Общее время обслуживания не более 30 мин: превышено у 1 из 5 посещений — не выполнено',
    );
    expect(complianceSentence(find('wait', 'cashier')!, 'en')).toBe(
      'Касса: average wait 4 min against the norm of 10 min — met',
    );
  });
});
