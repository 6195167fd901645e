import { ALWAYS_OPEN, type Actor, type Command, demoOffice } from '@queue/engine';
import { describe, expect, it } from 'vitest';
import { buildReport, collectFacts, feedbackFigures, reportTables } from '../src/index.js';
import { OfficeDay, staff } from './office-day.js';

/*
 * Window 1 serves four readings visits and window 2 one meter visit, 09:00–10:00; then the visitors rate:
 * П001 5 «благодарность» (phone), П002 4 (window screen), П003 2 «жалоба» with a text (phone), П004 does
 * not rate, М001 at window 2 rates 1 «жалоба». By hand: 5 served, 4 rated, 2 satisfied (50 %), 2
 * complaints of 5 visits (40 %), 4 of 5 answered (80 %); window 1: 4 served, 3 rated, 2 satisfied.
 */
const DATE = '2026-11-24';
const OP1 = staff('op1');
const OP2 = staff('op2');
const VISITOR: Actor = { kind: 'visitor' };
const SCREEN: Actor = { kind: 'device', deviceId: 'feedback-w1', role: 'kiosk' };

const rate = (ticketId: string | null, rating: number, more: Partial<Command> = {}): Command =>
  ({
    type: 'visit.feedback',
    ticketId,
    windowId: ticketId === null ? 'w1' : null,
    rating,
    kind: null,
    text: null,
    ...more,
  }) as Command;

const ratedDay = () => {
  const day = new OfficeDay(demoOffice({ hours: ALWAYS_OPEN }), DATE);
  day.at('09:00').run({ type: 'window.open', windowId: 'w1' }, OP1);
  day.run({ type: 'window.open', windowId: 'w2' }, OP2);
  const serve = (windowId: string, actor: Actor, at: string, end: string) => {
    const number = day.at(at).callNext(windowId, actor);
    day.run({ type: 'ticket.start', windowId }, actor);
    day.at(end).run({ type: 'ticket.finish', windowId, result: 'resolved' }, actor);
    return day.ticketId(number);
  };
  for (let i = 0; i < 4; i++) day.at('09:00').issue('readings');
  day.issue('meter');
  const p1 = serve('w1', OP1, '09:01', '09:05');
  day.at('09:06').run(rate(p1, 5, { kind: 'thanks' }), VISITOR);
  serve('w1', OP1, '09:10', '09:15');
  day.at('09:16').run(rate(null, 4), SCREEN);
  const p3 = serve('w1', OP1, '09:20', '09:25');
  day.at('09:40').run(rate(p3, 2, { kind: 'complaint', text: 'Долго искали договор' }), VISITOR);
  serve('w1', OP1, '09:30', '09:35');
  const m1 = serve('w2', OP2, '09:01', '09:08');
  day.at('09:50').run(rate(m1, 1, { kind: 'complaint' }), VISITOR);
  return day;
};

const query = { from: DATE, to: DATE, groupBy: 'topic' as const };

describe('feedback figures', () => {
  const day = ratedDay();
  const facts = collectFacts(day.events, day.config);

  it('counts the ratings against the visits served, in all and by window', () => {
    const figures = feedbackFigures(facts, query, 'window');
    expect(figures.total).toEqual({
      served: 5,
      given: 4,
      avgRating: 3,
      satisfied: 2,
      satisfiedShare: 0.5,
      kinds: { thanks: 1, complaint: 2, suggestion: 0, review: 0, none: 1 },
      complaintShare: 0.4,
      responseShare: 0.8,
    });
    expect(figures.groups.get('w1')).toMatchObject({
      served: 4,
      given: 3,
      satisfied: 2,
      complaintShare: 0.25,
    });
    expect(figures.groups.get('w2')).toMatchObject({ served: 1, given: 1, satisfied: 0, complaintShare: 1 });
  });

  it('never keys a rating by a person: grouped by operator, every rating is nobody’s', () => {
    const byOperator = feedbackFigures(facts, query, 'operator');
    // Visits served have operators; the ratings have none, so every rating falls into «—».
    expect(byOperator.groups.get('')?.given).toBe(4);
    expect(byOperator.groups.get('op1')?.given).toBe(0);
  });

  it('judges 002’s targets and words how each indicator is computed', () => {
    const report = buildReport(facts, query);
    expect(report.feedback.quality.find((l) => l.id === 'satisfaction')).toMatchObject({
      value: 0.5,
      n: 4,
      met: false,
    });
    expect(report.feedback.quality.find((l) => l.id === 'complaints')).toMatchObject({
      value: 0.4,
      met: false,
    });
    expect(report.feedback.quality.find((l) => l.id === 'informativeness')).toMatchObject({ value: null });
    const quality = reportTables(report).find((t) => t.id === 'quality')!;
    expect(quality.rows[0]).toEqual([
      'Удовлетворённость посетителей',
      50,
      4,
      'не менее 85 %',
      'не выполнено',
      'Доля оценок 4 и 5 из 5 среди всех оценок визитов за период. Цель — не менее 85 % за год.',
    ]);
    expect(quality.rows[3]?.[4]).toBe('нет данных');
  });

  it('lists the texts newest first for the manager, and leaves the table out when texts are withheld', () => {
    const report = buildReport(facts, query);
    const texts = reportTables(report).find((t) => t.id === 'feedbackTexts')!;
    expect(texts.rows.map((r) => [r[3], r[4], r[5], r[6]])).toEqual([
      [1, 'жалоба', null, 'телефон'],
      [2, 'жалоба', 'Долго искали договор', 'телефон'],
      [4, null, null, 'экран у окна'],
      [5, 'благодарность', null, 'телефон'],
    ]);
    const withheld = { ...report, feedback: { ...report.feedback, texts: null } };
    expect(reportTables(withheld).map((t) => t.id)).not.toContain('feedbackTexts');
    const byWindow = reportTables(withheld).find((t) => t.id === 'feedbackWindows')!;
    expect(byWindow.rows.map((r) => [r[0], r[1], r[2], r[4], r[6]])).toEqual([
      ['Окно 1', 4, 3, 66.7, 1],
      ['Окно 2', 1, 1, 0, 1],
    ]);
  });
});
