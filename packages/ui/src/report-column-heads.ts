import type { Column } from '@queue/reports-engine';

/**
 * The wide table's two header rows (issue 19): related columns under one group heading — the wait,
 * the service, what became of the visits, out of turn — each with a short title and its full one as a
 * tooltip, so the 21 columns of «Показатели» fit a 1920 screen without scrolling sideways. The files
 * (CSV, XLSX) keep the full titles; this is only how the screen shows them.
 */
export type ColumnGroup = 'wait' | 'service' | 'outcomes' | 'priority';

const GROUP_OF: Record<string, ColumnGroup> = {
  waits: 'wait',
  waitAvg: 'wait',
  waitMedian: 'wait',
  waitP90: 'wait',
  waitNorm: 'wait',
  waitShare: 'wait',
  services: 'service',
  serviceAvg: 'service',
  serviceMedian: 'service',
  serviceP90: 'service',
  serviceNorm: 'service',
  serviceShare: 'service',
  overCap: 'outcomes',
  noShows: 'outcomes',
  transfers: 'outcomes',
  postpones: 'outcomes',
  cancellations: 'outcomes',
  unserved: 'outcomes',
  priority: 'priority',
  priorityWait: 'priority',
};

export interface GroupHead {
  group: ColumnGroup | null;
  span: number;
}

/** A table narrower than this keeps its full titles in one header row. */
const WIDE = 10;

/** The upper header row, or null when the table is narrow enough for full titles (it keeps one row). */
export const groupHeads = (columns: readonly Column[]): GroupHead[] | null => {
  if (columns.length <= WIDE || !columns.some((c) => GROUP_OF[c.key])) return null;
  const heads: GroupHead[] = [];
  for (const column of columns) {
    const group = GROUP_OF[column.key] ?? null;
    const last = heads.at(-1);
    if (last && last.group === group) last.span += 1;
    else heads.push({ group, span: 1 });
  }
  return heads;
};

/** Whether a column shows a short title under its group (and its full title as the tooltip). */
export const isGrouped = (key: string): boolean => GROUP_OF[key] !== undefined;
