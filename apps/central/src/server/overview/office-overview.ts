import { type OfficeStatus, officeStatusSchema } from '@queue/central-db';
import type pg from 'pg';
import type { OfficeOverview } from '../../contract/central-api.js';

interface OfficeRow {
  id: string;
  name: string;
  preset_id: string | null;
  status: unknown;
  replicated_seq: string;
  head_seq: string;
  seen_at: Date | null;
  replicated_at: Date | null;
}

const statusOf = (raw: unknown): OfficeStatus | null => {
  const parsed = officeStatusSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
};

/** One office as the overview shows it: its own summary, and how the centre stands with it. */
export const overviewOf = (row: OfficeRow, now: number, silentAfterMs: number): OfficeOverview => {
  const seenAt = row.seen_at?.getTime() ?? null;
  const replicatedSeq = Number(row.replicated_seq);
  return {
    id: row.id,
    name: row.name || row.id,
    presetId: row.preset_id,
    status: statusOf(row.status),
    replicatedSeq,
    backlog: Math.max(0, Number(row.head_seq) - replicatedSeq),
    seenAt,
    replicatedAt: row.replicated_at?.getTime() ?? null,
    silent: seenAt === null || now - seenAt > silentAfterMs,
  };
};

const COLUMNS = 'id, name, preset_id, status, replicated_seq, head_seq, seen_at, replicated_at';

export const readOverview = async (
  db: pg.Pool,
  now: number,
  silentAfterMs: number,
  officeId?: string,
): Promise<OfficeOverview[]> => {
  const { rows } = officeId
    ? await db.query<OfficeRow>(`SELECT ${COLUMNS} FROM offices WHERE id = $1`, [officeId])
    : await db.query<OfficeRow>(`SELECT ${COLUMNS} FROM offices ORDER BY name, id`);
  return rows.map((row) => overviewOf(row, now, silentAfterMs));
};
