import { addDays } from '@queue/engine';
import { durationStats } from './duration-stats.js';
import type { Facts } from './facts.js';
import { withinNorm } from './norm-shares.js';
import { isPeakDay } from './peak-days.js';
import { type ReportQuery, matchesQuery } from './report-query.js';
import { type TimeFigure, calledWaits } from './wait-times.js';

/**
 * Peak days beside ordinary days (issue 14: the meter-reading days of the preset drive the peak-only
 * rule, so the reports show what they were like). For each kind of day in the period: how many
 * calendar days, on how many anybody came, the visitors, the waits and services (the same definitions
 * as the summary's) and the calls for extra staff by reason — the count rule's (002 п.55) apart from
 * the forecast's. Each record counts on the day it is keyed to (its start).
 */
export type DayKind = 'peak' | 'ordinary';

export interface DayKindFigure {
  kind: DayKind;
  days: number;
  daysWithVisitors: number;
  visitors: number;
  wait: TimeFigure;
  service: TimeFigure;
  episodes: { count: number; forecast: number };
}

const timeFigure = (records: readonly { ms: number | null; normMin: number }[]): TimeFigure => ({
  ...durationStats(records.map((r) => r.ms ?? 0)),
  norm: withinNorm(records),
});

export const dayKinds = (facts: Facts, query: ReportQuery): DayKindFigure[] => {
  const kindOf = new Map<string, DayKind>();
  for (let day = query.from; day <= query.to; day = addDays(day, 1)) {
    kindOf.set(day, isPeakDay(facts, day) ? 'peak' : 'ordinary');
  }
  const of =
    (kind: DayKind) =>
    <T extends { day: string }>(records: readonly T[]) =>
      records.filter((r) => kindOf.get(r.day) === kind);
  return (['peak', 'ordinary'] as const).map((kind) => {
    const pick = of(kind);
    const visits = pick(facts.visits.filter((v) => matchesQuery(v, query)));
    const episodes = pick(facts.episodes.filter((e) => matchesQuery(e, query)));
    return {
      kind,
      days: [...kindOf.values()].filter((k) => k === kind).length,
      daysWithVisitors: new Set(visits.map((v) => v.day)).size,
      visitors: visits.length,
      wait: timeFigure(pick(calledWaits(facts).filter((w) => matchesQuery(w, query)))),
      service: timeFigure(pick(facts.services.filter((s) => matchesQuery(s, query)))),
      episodes: {
        count: episodes.filter((e) => e.reason === 'count').length,
        forecast: episodes.filter((e) => e.reason === 'forecast').length,
      },
    };
  });
};
