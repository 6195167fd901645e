import { type Column, summaryColumns } from '@queue/reports-engine';
import { describe, expect, it } from 'vitest';
import { groupHeads, isGrouped } from '../src/report-column-heads.js';
import { COMMON } from '../src/i18n.js';

const col = (key: string): Column => ({ key, title: key, kind: 'count' });

describe('the wide table’s grouped headings', () => {
  it('groups the summary’s 22 columns under four headings, spanning every column once', () => {
    const columns = summaryColumns('Тема');
    expect(columns).toHaveLength(22);
    const heads = groupHeads(columns);
    expect(heads).toEqual([
      { group: null, span: 2 },
      { group: 'wait', span: 6 },
      { group: 'service', span: 6 },
      { group: 'outcomes', span: 6 },
      { group: 'priority', span: 2 },
    ]);
    expect(heads?.reduce((sum, h) => sum + h.span, 0)).toBe(columns.length);
  });

  it('has a short title in both languages for every grouped column, and a heading for every group', () => {
    for (const lng of ['ru', 'en'] as const) {
      const texts = (COMMON[lng] as { common: { reportColumns: { group: object; short: object } } }).common
        .reportColumns;
      for (const column of summaryColumns('Тема').filter((c) => isGrouped(c.key)))
        expect(texts.short, `${lng}: ${column.key}`).toHaveProperty(column.key);
      for (const head of groupHeads(summaryColumns('Тема')) ?? [])
        if (head.group) expect(texts.group, `${lng}: ${head.group}`).toHaveProperty(head.group);
    }
  });

  it('leaves a narrow table with its full titles in one row', () => {
    expect(groupHeads(['hour', 'visitors', 'waitAvg'].map(col))).toBeNull();
  });
});
