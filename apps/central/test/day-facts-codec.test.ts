import { emptyLabels, isPeakDay } from '@queue/reports-engine';
import { describe, expect, it } from 'vitest';
import { packDayFacts, unpackDayFacts } from '../src/server/reports/day-facts-codec.js';
import type { DayFacts } from '../src/server/reports/day-facts.js';

const day = (calendar: DayFacts['facts']['peakCalendar']): DayFacts => ({
  facts: {
    visits: [],
    waits: [],
    services: [],
    outcomes: [
      {
        kind: 'dayEnded',
        ticketId: 't1',
        at: 1_000,
        day: '2026-03-14',
        hour: 18,
        topicId: 'pay',
        windowId: null,
        staffId: null,
      },
    ],
    windowTime: [],
    episodes: [],
    until: 2_000,
    peakCalendar: calendar,
  },
  labels: emptyLabels(),
  preset: { id: 'standard000', title: '000', waitNormMin: 15, serviceNormMin: 15, visitCapMin: null },
});

/** What `office_day_facts` hands back: the packed facts through JSON, as PostgreSQL stores them. */
const stored = (facts: DayFacts) => JSON.parse(JSON.stringify(packDayFacts(facts)));

describe("a day's facts kept at the head office", () => {
  it('come back with their records and the calendar of meter-reading days, its open start included', () => {
    const original = day([
      { since: Number.NEGATIVE_INFINITY, sinceDay: '', peakDays: [{ from: 15, to: 25 }] },
      { since: 1_500, sinceDay: '2026-03-14', peakDays: [{ from: 1, to: 25 }] },
    ]);
    const back = unpackDayFacts(stored(original));
    expect(back).toEqual(original);
    // The change made on the 14th counts from the 15th: the 10th is ordinary, the 20th of April peak.
    expect(isPeakDay(back.facts, '2026-03-10')).toBe(false);
    expect(isPeakDay(back.facts, '2026-04-05')).toBe(true);
  });

  it('read rows stored before the calendar was kept as having none', () => {
    const { peakCalendar: _, ...old } = stored(day([]));
    expect(unpackDayFacts(old).facts.peakCalendar).toEqual([]);
  });
});
