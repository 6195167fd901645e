import type { DayFacts } from './day-facts.js';

/**
 * How a day's facts are kept in `office_day_facts`: each list of records as its field names once and
 * then one array of values per record, instead of every record repeating every name. A month of 50
 * offices is about a million records; without the names the stored text is less than half as long,
 * and reading it back (the first company report after the service starts) about as much quicker.
 */
interface Packed {
  fields: string[];
  rows: unknown[][];
}

type Lists = Omit<DayFacts['facts'], 'until' | 'peakCalendar'>;
const LISTS = [
  'visits',
  'waits',
  'services',
  'outcomes',
  'windowTime',
  'episodes',
] as const satisfies readonly (keyof Lists)[];

export interface StoredDayFacts {
  packed: 1;
  lists: Record<(typeof LISTS)[number], Packed>;
  until: number;
  /** Absent in rows stored before the reports knew the meter-reading days. */
  peakCalendar?: DayFacts['facts']['peakCalendar'];
  labels: DayFacts['labels'];
  preset: DayFacts['preset'];
}

const pack = (records: readonly object[]): Packed => {
  const fields = records.length === 0 ? [] : Object.keys(records[0]!);
  return { fields, rows: records.map((r) => fields.map((f) => (r as Record<string, unknown>)[f])) };
};

const unpack = <T>({ fields, rows }: Packed): T[] =>
  rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (let i = 0; i < fields.length; i++) record[fields[i]!] = row[i];
    return record as T;
  });

export const packDayFacts = (day: DayFacts): StoredDayFacts => ({
  packed: 1,
  lists: Object.fromEntries(LISTS.map((key) => [key, pack(day.facts[key])])) as StoredDayFacts['lists'],
  until: day.facts.until,
  peakCalendar: day.facts.peakCalendar,
  labels: day.labels,
  preset: day.preset,
});

export const unpackDayFacts = (stored: StoredDayFacts): DayFacts => ({
  facts: {
    visits: unpack(stored.lists.visits),
    waits: unpack(stored.lists.waits),
    services: unpack(stored.lists.services),
    outcomes: unpack(stored.lists.outcomes),
    windowTime: unpack(stored.lists.windowTime),
    episodes: unpack(stored.lists.episodes),
    until: stored.until,
    // JSON keeps the first entry's `since: -Infinity` ("in force before the day") as null.
    peakCalendar: (stored.peakCalendar ?? []).map((e) => ({
      ...e,
      since: e.since ?? Number.NEGATIVE_INFINITY,
    })),
  },
  labels: stored.labels,
  preset: stored.preset,
});
