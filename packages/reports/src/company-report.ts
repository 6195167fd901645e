import { type Report, type Row, type SummaryFigures, summaryOf, summaryTotalOf } from './build-report.js';
import { type ComplianceLine, compliance } from './compliance.js';
import { complianceSentence } from './compliance-text.js';
import type { Facts } from './facts.js';
import { type Labels, emptyLabels } from './labels.js';
import type { ReportQuery } from './report-query.js';
import {
  type Cell,
  type Column,
  type ReportHeading,
  type ReportTable,
  minutes,
  summaryCells,
  summaryColumns,
} from './report-tables.js';

/**
 * The head office's company report (issue 16): the same figures as an office's report — the same facts,
 * the same `summaryOf` and `compliance`, the same table columns — over many offices at once: office
 * beside office, preset beside preset, and per topic, day or hour across the company.
 */
export const COMPANY_DIMENSIONS = ['office', 'preset', 'topic', 'day', 'hour'] as const;

export type CompanyDimension = (typeof COMPANY_DIMENSIONS)[number];

export interface CompanyQuery {
  /** Office-local dates, inclusive. */
  from: string;
  to: string;
  groupBy: CompanyDimension;
}

/** One office's facts over the period, with what the tables call it. */
export interface OfficeFacts {
  officeId: string;
  name: string;
  preset: Report['preset'];
  facts: Facts;
  labels: Labels;
}

export interface PresetCompliance {
  presetId: string;
  presetTitle: string;
  offices: number;
  lines: ComplianceLine[];
}

export interface CompanyReport {
  query: CompanyQuery;
  offices: { id: string; name: string; presetId: string; presetTitle: string }[];
  rows: Row<SummaryFigures>[];
  total: SummaryFigures;
  compliance: PresetCompliance[];
  until: number;
}

const FACT_LISTS = ['visits', 'waits', 'services', 'outcomes', 'windowTime', 'episodes'] as const;

/** `parts`' records of one kind in one array, made at its full length at once (a million records, no regrowth). */
const concatenated = <T>(parts: readonly (readonly T[])[]): T[] => {
  let length = 0;
  for (const part of parts) length += part.length;
  const all = new Array<T>(length);
  let at = 0;
  for (const part of parts) for (let i = 0; i < part.length; i++) all[at++] = part[i]!;
  return all;
};

/** Several offices' facts as one (records keep their own keys; labels of the same topic id agree). */
export const mergeFacts = (
  parts: readonly { facts: Facts; labels: Labels }[],
): { facts: Facts; labels: Labels } => {
  const facts = { until: 0 } as Facts;
  for (const key of FACT_LISTS)
    (facts as unknown as Record<string, unknown[]>)[key] = concatenated(
      parts.map((p) => p.facts[key] as readonly unknown[]),
    );
  // One office's days keep its calendar of meter-reading days in order; across offices the calendars
  // differ and no company figure reads them (peak days are an office report's split).
  facts.peakCalendar = parts.flatMap((p) => p.facts.peakCalendar ?? []).sort((a, b) => a.since - b.since);
  const labels = emptyLabels();
  for (const part of parts) {
    facts.until = Math.max(facts.until, part.facts.until);
    for (const kind of ['topics', 'groups', 'windows', 'staff'] as const)
      Object.assign(labels[kind], part.labels[kind]);
  }
  return { facts, labels };
};

const groupsOf = <T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
};

const byLabel = <F>(rows: Row<F>[]) => rows.sort((a, b) => a.label.localeCompare(b.label, 'ru'));

export const companyReport = (offices: readonly OfficeFacts[], query: CompanyQuery): CompanyReport => {
  const all = mergeFacts(offices);
  const officeQuery: ReportQuery = { from: query.from, to: query.to, groupBy: 'day' };
  const presets = groupsOf(offices, (o) => o.preset.id);
  const byPreset = [...presets].map(([id, members]) => ({ id, members, ...mergeFacts(members) }));

  let rows: Row<SummaryFigures>[];
  let total: SummaryFigures;
  if (query.groupBy === 'office') {
    // Each office's row is its own report's «Итого»: the figure its manager sees for the same period.
    rows = byLabel(
      offices.map((o) => ({ key: o.officeId, label: o.name, figures: summaryTotalOf(o.facts, officeQuery) })),
    );
    total = summaryTotalOf(all.facts, officeQuery);
  } else if (query.groupBy === 'preset') {
    rows = byLabel(
      byPreset.map((p) => ({
        key: p.id,
        label: p.members[0]!.preset.title,
        figures: summaryTotalOf(p.facts, officeQuery),
      })),
    );
    total = summaryTotalOf(all.facts, officeQuery);
  } else {
    const summary = summaryOf(all.facts, all.labels, { ...officeQuery, groupBy: query.groupBy });
    rows = summary.rows;
    total = summary.total;
  }

  return {
    query,
    offices: offices.map((o) => ({
      id: o.officeId,
      name: o.name,
      presetId: o.preset.id,
      presetTitle: o.preset.title,
    })),
    rows,
    total,
    // Compliance is its own reading of the company, offered with the presets side by side; the other
    // groupings leave it out rather than pay for it on every regrouping.
    compliance: (query.groupBy === 'preset' ? byPreset : [])
      .map((p) => ({
        presetId: p.id,
        presetTitle: p.members[0]!.preset.title,
        offices: p.members.length,
        lines: compliance(p.facts, officeQuery, p.labels),
      }))
      .sort((a, b) => a.presetTitle.localeCompare(b.presetTitle, 'ru')),
    until: all.facts.until,
  };
};

/** `sheet`: the XLSX sheet's own short name (Excel allows 31 characters). */
const GROUP_TITLE: Record<CompanyDimension, { column: string; table: string; sheet: string }> = {
  office: { column: 'Офис', table: 'по офисам', sheet: 'Показатели по офисам' },
  preset: { column: 'Набор нормативов', table: 'по наборам нормативов', sheet: 'Показатели по наборам' },
  topic: { column: 'Тема', table: 'по темам (вся компания)', sheet: 'Показатели по темам' },
  day: { column: 'День', table: 'по дням (вся компания)', sheet: 'Показатели по дням' },
  hour: { column: 'Час', table: 'по часам (вся компания)', sheet: 'Показатели по часам' },
};

const MEASURE: Record<ComplianceLine['measure'], string> = {
  wait: 'Среднее время ожидания',
  service: 'Среднее время обслуживания',
  visitCap: 'Общее время визита (не более)',
};

const col = (key: string, title: string, kind: Column['kind']): Column => ({ key, title, kind });

/** The company report as tables, exactly as the page shows them and the CSV and XLSX files carry them. */
export const companyTables = (report: CompanyReport): ReportTable[] => {
  const group = GROUP_TITLE[report.query.groupBy];
  const complianceRows: Cell[][] = report.compliance.flatMap((preset) =>
    preset.lines.map((line) => [
      preset.presetTitle,
      preset.offices,
      MEASURE[line.measure],
      line.scopeTitle,
      line.normMin,
      minutes(line.valueMs),
      line.n,
      line.met === null ? 'нет данных' : line.met ? 'выполнено' : 'не выполнено',
      complianceSentence(line, 'ru'),
    ]),
  );
  const summary: ReportTable = {
    id: 'summary',
    title: `Показатели ${group.table}`,
    sheet: group.sheet,
    columns: summaryColumns(group.column),
    rows: report.rows.map((r) => summaryCells(r.label, r.figures)),
    total: summaryCells('Итого', report.total),
  };
  if (report.query.groupBy !== 'preset') return [summary];
  return [
    summary,
    {
      id: 'compliance',
      title: 'Соответствие нормативам по наборам нормативов',
      sheet: 'Соответствие нормативам',
      columns: [
        col('preset', 'Набор нормативов', 'text'),
        col('offices', 'Офисов', 'count'),
        col('measure', 'Показатель', 'text'),
        col('scope', 'Группа или тема', 'text'),
        col('norm', 'Норматив, мин', 'minutes'),
        col('value', 'Среднее (для визита — наибольшее), мин', 'minutes'),
        col('n', 'Количество', 'count'),
        col('verdict', 'Итог', 'text'),
        col('sentence', 'Вывод', 'text'),
      ],
      rows: complianceRows,
      total: null,
    },
  ];
};

/** «1 офис», «2 офиса», «5 офисов». */
const officesText = (n: number): string => {
  const tens = n % 100;
  const ones = n % 10;
  const word =
    tens >= 11 && tens <= 14 ? 'офисов' : ones === 1 ? 'офис' : ones >= 2 && ones <= 4 ? 'офиса' : 'офисов';
  return `${n} ${word}`;
};

const dotted = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;

/** The presets in force and how many offices follow each: «Нормативы по умолчанию (default): 3 офиса». */
const presetsText = (report: CompanyReport): string => {
  const counts = new Map<string, { title: string; n: number }>();
  for (const office of report.offices) {
    const entry = counts.get(office.presetId) ?? { title: office.presetTitle, n: 0 };
    entry.n++;
    counts.set(office.presetId, entry);
  }
  return (
    [...counts]
      .sort((a, b) => a[1].title.localeCompare(b[1].title, 'ru'))
      .map(([id, { title, n }]) => `${title} (${id}): ${officesText(n)}`)
      .join('; ') || 'нет данных'
  );
};

/** What every exported file says about itself: the company, the period, the presets in force. */
export const companyHeading = (report: CompanyReport, company = 'Компания'): ReportHeading => {
  const { query } = report;
  return {
    office: `${company}: ${officesText(report.offices.length)}`,
    period: query.from === query.to ? dotted(query.from) : `${dotted(query.from)} – ${dotted(query.to)}`,
    preset:
      report.compliance
        .map((p) => `${p.presetTitle} (${p.presetId}): ${officesText(p.offices)}`)
        .join('; ') || 'нет данных',
    filters: 'без фильтров',
  };
};
