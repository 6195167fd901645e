import type { OfficeConfig } from '@queue/engine';
import type pg from 'pg';
import type { OfficeStatus } from './office-status.js';

/** The channel the head office listens on: its payload is the id of the office that just reported. */
export const OFFICE_CHANNEL = 'office_changed';

/** One line of an office's event log, as written, with what the centre files it under. */
export interface LoggedEvent {
  seq: number;
  type: string;
  /** `day.opened` only: the day it opens. */
  opensDay: string | null;
  /** The log line itself, without its newline: stored as the office wrote it. */
  text: string;
}

export interface OfficeReport {
  officeId: string;
  status: OfficeStatus;
  /** The configuration the office's own reports fall back to (its live day's starting snapshot); sent when it changes. */
  baseConfig?: OfficeConfig;
}

export type ShipResult =
  | { ok: true; replicatedSeq: number; inserted: number }
  /** The batch does not follow what the centre holds: read again from `replicatedSeq`. */
  | { ok: false; reason: 'gap'; replicatedSeq: number }
  /** The centre holds another event under this seq: the office's log is not the one it replicated. */
  | { ok: false; reason: 'diverged'; seq: number; replicatedSeq: number };

export interface CentrePosition {
  replicatedSeq: number;
  day: string | null;
}

/** Where the office resumes: every event up to `replicatedSeq` is held by the centre. */
export const centrePosition = async (client: pg.ClientBase, officeId: string): Promise<CentrePosition> => {
  const { rows } = await client.query<{ replicated_seq: string; current_day: string | null }>(
    'SELECT replicated_seq, current_day FROM offices WHERE id = $1',
    [officeId],
  );
  const row = rows[0];
  return { replicatedSeq: row ? Number(row.replicated_seq) : 0, day: row?.current_day ?? null };
};

const touchOffice = async (client: pg.ClientBase, report: OfficeReport) => {
  const { status } = report;
  await client.query(
    `UPDATE offices SET name = $2, time_zone = $3, preset_id = $4, head_seq = GREATEST(head_seq, $5),
            status = $6, base_config = COALESCE($7, base_config), seen_at = now()
      WHERE id = $1`,
    [
      report.officeId,
      status.name,
      status.timeZone,
      status.presetId,
      status.seq,
      JSON.stringify(status),
      report.baseConfig ? JSON.stringify(report.baseConfig) : null,
    ],
  );
  await client.query('SELECT pg_notify($1, $2)', [OFFICE_CHANNEL, report.officeId]);
};

/**
 * Stores a batch of an office's events in one transaction, with the office's summary. Idempotent by
 * (office, seq): a batch sent again after a lost answer stores nothing twice. The office's row is locked
 * first, so two senders of one office (a process being replaced by another) cannot interleave; the
 * batch must start at or before the first seq the centre lacks, and an event the centre already holds
 * must be the very same event, or nothing is stored.
 */
export const shipBatch = async (
  client: pg.ClientBase,
  report: OfficeReport,
  events: readonly LoggedEvent[],
): Promise<ShipResult> => {
  await client.query('BEGIN');
  try {
    await client.query('INSERT INTO offices (id) VALUES ($1) ON CONFLICT (id) DO NOTHING', [report.officeId]);
    const { rows } = await client.query<{ replicated_seq: string; current_day: string | null }>(
      'SELECT replicated_seq, current_day FROM offices WHERE id = $1 FOR UPDATE',
      [report.officeId],
    );
    const held = Number(rows[0]!.replicated_seq);
    const first = events[0]?.seq ?? held + 1;
    if (first > held + 1) {
      await client.query('ROLLBACK');
      return { ok: false, reason: 'gap', replicatedSeq: held };
    }
    let day = rows[0]!.current_day;
    let expected = held + 1;
    const seqs: number[] = [];
    const days: (string | null)[] = [];
    const texts: string[] = [];
    for (const event of events) {
      if (event.seq > held) {
        if (event.seq !== expected)
          throw new Error(`batch of ${report.officeId} skips from ${expected} to ${event.seq}`);
        expected++;
        if (event.type === 'day.opened' && event.opensDay) day = event.opensDay;
      }
      seqs.push(event.seq);
      days.push(event.seq > held ? day : null);
      texts.push(event.text);
    }
    const { rows: result } = await client.query<{ inserted: number; diverged: string | null }>(
      `WITH incoming AS (
         SELECT b.seq, b.day, b.text::jsonb AS event
           FROM unnest($2::bigint[], $3::text[], $4::text[]) AS b(seq, day, text)
       ), stored AS (
         INSERT INTO office_events (office_id, seq, at, type, day, event)
         SELECT $1, seq, (event->>'at')::bigint, event->>'type', day, event FROM incoming WHERE seq > $5
         ON CONFLICT (office_id, seq) DO NOTHING
         RETURNING seq
       )
       SELECT (SELECT count(*) FROM stored)::int AS inserted,
              (SELECT min(i.seq) FROM incoming i
                 JOIN office_events o ON o.office_id = $1 AND o.seq = i.seq
                WHERE o.event <> i.event) AS diverged`,
      [report.officeId, seqs, days, texts, held],
    );
    const { inserted, diverged } = result[0]!;
    if (diverged !== null) {
      await client.query('ROLLBACK');
      return { ok: false, reason: 'diverged', seq: Number(diverged), replicatedSeq: held };
    }
    const replicatedSeq = Math.max(held, expected - 1);
    await client.query(
      `UPDATE offices SET replicated_seq = $2, current_day = $3, replicated_at = CASE WHEN $4 THEN now() ELSE replicated_at END
        WHERE id = $1`,
      [report.officeId, replicatedSeq, day, replicatedSeq > held],
    );
    await touchOffice(client, report);
    await client.query('COMMIT');
    return { ok: true, replicatedSeq, inserted };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
};

/** A heartbeat: the office's summary without events (waits grow while nothing happens). */
export const reportStatus = async (client: pg.ClientBase, report: OfficeReport): Promise<void> => {
  await client.query('INSERT INTO offices (id) VALUES ($1) ON CONFLICT (id) DO NOTHING', [report.officeId]);
  await touchOffice(client, report);
};
