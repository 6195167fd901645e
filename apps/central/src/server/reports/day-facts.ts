import type { OfficeConfig, OfficeEvent } from '@queue/engine';
import {
  FACT_EVENT_TYPES,
  type Facts,
  type Labels,
  type OfficeFacts,
  type Report,
  collectFacts,
  mergeFacts,
  presetOf,
} from '@queue/reports-engine';
import type pg from 'pg';
import { type StoredDayFacts, packDayFacts, unpackDayFacts } from './day-facts-codec.js';

/**
 * The report facts of one office day at the centre: `collectFacts` of packages/reports over that day's
 * events as the office sent them, with the configuration in force before the day — the very input the
 * office's own report reads from its files. A closed day's facts never change, so they are made once
 * (`office_day_facts`) and kept in memory; a company report over months reads facts, not millions of
 * events. Window time is left out: no company table shows it.
 */
export interface DayFacts {
  facts: Facts;
  labels: Labels;
  preset: Report['preset'];
}

const TYPES = [...FACT_EVENT_TYPES];

/** The configuration before `firstSeq`: the last `config.replaced` before it, else the office's fallback. */
const configBefore = async (
  db: pg.Pool,
  officeId: string,
  firstSeq: number,
): Promise<OfficeConfig | null> => {
  const { rows } = await db.query<{ config: OfficeConfig }>(
    `SELECT event->'config' AS config FROM office_events
      WHERE office_id = $1 AND type = 'config.replaced' AND seq < $2 ORDER BY seq DESC LIMIT 1`,
    [officeId, firstSeq],
  );
  if (rows[0]) return rows[0].config;
  const base = await db.query<{ base_config: OfficeConfig | null }>(
    'SELECT base_config FROM offices WHERE id = $1',
    [officeId],
  );
  return base.rows[0]?.base_config ?? null;
};

/** Facts of one office day from its events; `until` = the end of observation for a day still open. */
export const computeDayFacts = async (
  db: pg.Pool,
  officeId: string,
  day: string,
  until?: number,
): Promise<{ dayFacts: DayFacts; throughSeq: number } | null> => {
  const span = await db.query<{ first: string | null; last: string | null }>(
    'SELECT min(seq) AS first, max(seq) AS last FROM office_events WHERE office_id = $1 AND day = $2',
    [officeId, day],
  );
  const { first, last } = span.rows[0] ?? {};
  if (!first || !last) return null;
  const config = await configBefore(db, officeId, Number(first));
  if (!config) return null;
  const { rows } = await db.query<{ event: OfficeEvent }>(
    'SELECT event FROM office_events WHERE office_id = $1 AND day = $2 AND type = ANY($3) ORDER BY seq',
    [officeId, day, TYPES],
  );
  const collected = collectFacts(
    rows.map((r) => r.event),
    config,
    until,
  );
  const { labels, config: finalConfig, ...facts } = collected;
  return {
    dayFacts: { facts: { ...facts, windowTime: [] }, labels, preset: presetOf(finalConfig) },
    throughSeq: Number(last),
  };
};

/** Makes and stores the facts of every closed office day that has none yet; returns how many. */
export const materialiseClosedDays = async (db: pg.Pool, limit = 500): Promise<number> => {
  const { rows } = await db.query<{ office_id: string; day: string }>(
    `SELECT e.office_id, e.event->>'day' AS day FROM office_events e
      WHERE e.type = 'day.closed'
        AND NOT EXISTS (SELECT 1 FROM office_day_facts f WHERE f.office_id = e.office_id AND f.day = e.event->>'day')
      ORDER BY e.office_id, e.seq LIMIT $1`,
    [limit],
  );
  let made = 0;
  for (const { office_id: officeId, day } of rows) {
    const computed = await computeDayFacts(db, officeId, day);
    if (!computed) continue;
    await db.query(
      `INSERT INTO office_day_facts (office_id, day, through_seq, facts) VALUES ($1, $2, $3, $4)
       ON CONFLICT (office_id, day) DO NOTHING`,
      [officeId, day, computed.throughSeq, JSON.stringify(packDayFacts(computed.dayFacts))],
    );
    made++;
  }
  return made;
};

interface Cached {
  throughSeq: number;
  dayFacts: DayFacts;
  records: number;
}

const recordsOf = (f: DayFacts) =>
  f.facts.visits.length + f.facts.waits.length + f.facts.services.length + f.facts.outcomes.length;

/**
 * The facts of every office over a period, for the company report: closed days from `office_day_facts`
 * (made now if missing), the open day of each office from its events, all kept in memory (least
 * recently used out first) so a second report over the same months costs the figures only.
 */
export class CompanyFacts {
  private readonly cache = new Map<string, Cached>();
  private held = 0;

  constructor(
    private readonly db: pg.Pool,
    private readonly maxRecords = 6_000_000,
  ) {}

  private remember(key: string, entry: Cached): void {
    const old = this.cache.get(key);
    if (old) this.held -= old.records;
    this.cache.delete(key);
    this.cache.set(key, entry);
    this.held += entry.records;
    for (const [oldest, value] of this.cache) {
      if (this.held <= this.maxRecords) break;
      this.cache.delete(oldest);
      this.held -= value.records;
    }
  }

  private recall(key: string, throughSeq: number): DayFacts | null {
    const entry = this.cache.get(key);
    if (!entry || entry.throughSeq !== throughSeq) return null;
    this.cache.delete(key);
    this.cache.set(key, entry);
    return entry.dayFacts;
  }

  async load(from: string, to: string, now: number): Promise<OfficeFacts[]> {
    await materialiseClosedDays(this.db);
    const stored = await this.db.query<{ office_id: string; day: string; through_seq: string }>(
      'SELECT office_id, day, through_seq FROM office_day_facts WHERE day BETWEEN $1 AND $2',
      [from, to],
    );
    const days = new Map<string, { officeId: string; day: string; facts: DayFacts }[]>();
    const put = (officeId: string, day: string, facts: DayFacts) => {
      const list = days.get(officeId) ?? [];
      list.push({ officeId, day, facts });
      days.set(officeId, list);
    };
    const missing: { officeId: string; day: string; throughSeq: number }[] = [];
    for (const row of stored.rows) {
      const throughSeq = Number(row.through_seq);
      const known = this.recall(`${row.office_id}|${row.day}`, throughSeq);
      if (known) put(row.office_id, row.day, known);
      else missing.push({ officeId: row.office_id, day: row.day, throughSeq });
    }
    if (missing.length > 0) {
      const { rows } = await this.db.query<{
        office_id: string;
        day: string;
        through_seq: string;
        facts: StoredDayFacts;
      }>(
        `SELECT f.office_id, f.day, f.through_seq, f.facts FROM office_day_facts f
           JOIN unnest($1::text[], $2::text[]) AS m(office_id, day) ON m.office_id = f.office_id AND m.day = f.day`,
        [missing.map((m) => m.officeId), missing.map((m) => m.day)],
      );
      for (const row of rows) {
        const dayFacts = unpackDayFacts(row.facts);
        this.remember(`${row.office_id}|${row.day}`, {
          throughSeq: Number(row.through_seq),
          dayFacts,
          records: recordsOf(dayFacts),
        });
        put(row.office_id, row.day, dayFacts);
      }
    }

    // Each office's day still open (no `day.closed` yet) within the period, up to its last report.
    const open = await this.db.query<{
      id: string;
      current_day: string;
      replicated_seq: string;
      status_at: string | null;
    }>(
      `SELECT id, current_day, replicated_seq, status->>'at' AS status_at FROM offices o
        WHERE current_day BETWEEN $1 AND $2
          AND NOT EXISTS (SELECT 1 FROM office_day_facts f WHERE f.office_id = o.id AND f.day = o.current_day)`,
      [from, to],
    );
    for (const office of open.rows) {
      const key = `${office.id}|${office.current_day}|open`;
      const seq = Number(office.replicated_seq);
      let facts = this.recall(key, seq);
      if (!facts) {
        const until = office.status_at === null ? now : Number(office.status_at);
        const computed = await computeDayFacts(this.db, office.id, office.current_day, until);
        if (!computed) continue;
        facts = computed.dayFacts;
        this.remember(key, { throughSeq: seq, dayFacts: facts, records: recordsOf(facts) });
      }
      put(office.id, office.current_day, facts);
    }

    const names = await this.db.query<{ id: string; name: string }>('SELECT id, name FROM offices');
    const nameOf = new Map(names.rows.map((r) => [r.id, r.name || r.id]));
    return [...days].map(([officeId, list]) => {
      list.sort((a, b) => a.day.localeCompare(b.day));
      const merged = mergeFacts(list.map((d) => d.facts));
      return {
        officeId,
        name: nameOf.get(officeId) ?? officeId,
        preset: list.at(-1)!.facts.preset,
        facts: merged.facts,
        labels: merged.labels,
      };
    });
  }
}
