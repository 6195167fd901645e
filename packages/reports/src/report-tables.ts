import { type FeedbackKind, formatLocal } from '@queue/engine';
import type { Report, SummaryFigures } from './build-report.js';
import type { FeedbackFact } from './facts.js';
import type { FeedbackFigure } from './feedback-figures.js';
import type { QualityId } from './quality-indicators.js';
import { complianceSentence } from './compliance-text.js';
import { episodeDurationMs } from './overload-episodes.js';
import type { Dimension } from './report-query.js';
import type { TimeFigure } from './wait-times.js';

/**
 * The report as tables, exactly as the page shows them and the CSV and XLSX files carry them, so that
 * a figure on the screen and in a file can never differ. Durations are minutes to one decimal, shares
 * are percent to one decimal, `null` is «no data».
 */
export const TABLE_IDS = [
  'summary',
  'compliance',
  'windows',
  'episodes',
  'forecastEpisodes',
  'dayKinds',
  'hourly',
  'daily',
  'distribution',
  'quality',
  'feedbackWindows',
  'feedbackTopics',
  'feedbackTexts',
] as const;

export type TableId = (typeof TABLE_IDS)[number];

export type Cell = string | number | null;
/**
 * `decimal`: a quantity to one decimal that is not a duration (visitors expected, window-hours);
 * `flag`: a yes/no fact, a non-empty cell meaning yes.
 */
export type ColumnKind = 'text' | 'count' | 'minutes' | 'percent' | 'decimal' | 'flag';

export interface Column {
  key: string;
  title: string;
  kind: ColumnKind;
}

/** `Id` names the tables of one kind of report (the staffing plan has its own). */
export interface ReportTable<Id extends string = TableId> {
  id: Id;
  title: string;
  /** The XLSX sheet's name: chosen short (Excel allows 31 characters), never the title cut mid-word. */
  sheet: string;
  columns: Column[];
  rows: Cell[][];
  /** The «Итого» row, where a total means something. */
  total: Cell[] | null;
  /** What each row is, as a code the screens word themselves (`peak`, `ordinary`), where rows are kinds. */
  rowCodes?: string[];
}

export const minutes = (ms: number | null): number | null =>
  ms === null ? null : Math.round(ms / 6_000) / 10;
export const percent = (share: number | null): number | null =>
  share === null ? null : Math.round(share * 1000) / 10;

const DIMENSION_TITLE: Record<Dimension, { column: string; table: string }> = {
  topic: { column: 'Тема', table: 'по темам' },
  window: { column: 'Окно', table: 'по окнам' },
  operator: { column: 'Сотрудник', table: 'по сотрудникам' },
  hour: { column: 'Час', table: 'по часам' },
  day: { column: 'День', table: 'по дням' },
};

/** Excel's limit on a sheet's name. */
export const SHEET_NAME_MAX = 31;

const col = (key: string, title: string, kind: ColumnKind): Column => ({ key, title, kind });

/** A group's norm: one number, or a range «5–15» when its records were measured against different norms. */
const normCell = (figure: TimeFigure): Cell => {
  const { normMin, normLowMin, normHighMin } = figure.norm;
  if (normMin !== null) return normMin;
  if (normLowMin === null || normHighMin === null) return null;
  return `${normLowMin}–${normHighMin}`;
};

const timeCells = (figure: TimeFigure): Cell[] => [
  figure.n,
  minutes(figure.avgMs),
  minutes(figure.medianMs),
  minutes(figure.p90Ms),
  normCell(figure),
  percent(figure.norm.share),
];

/** The main table's cells for one group (or «Итого»): the same columns wherever the table is shown. */
export const summaryCells = (label: string, f: SummaryFigures): Cell[] => [
  label,
  f.visitors,
  ...timeCells(f.wait),
  ...timeCells(f.service),
  f.visitCap.capped === 0 ? null : f.visitCap.over,
  f.outcomes.noShow,
  f.outcomes.transfer,
  f.outcomes.postpone,
  f.outcomes.cancel,
  f.outcomes.dayEnded,
  f.priority.visitors,
  minutes(f.priority.avgWaitMs),
];

/** The main table's columns, the first titled for what its rows are (topic, window, office…). */
export const summaryColumns = (groupTitle: string): Column[] => [
  col('group', groupTitle, 'text'),
  col('visitors', 'Посетители', 'count'),
  col('waits', 'Ожиданий', 'count'),
  col('waitAvg', 'Ожидание, среднее, мин', 'minutes'),
  col('waitMedian', 'Ожидание, медиана, мин', 'minutes'),
  col('waitP90', 'Ожидание, 90-й перцентиль, мин', 'minutes'),
  col('waitNorm', 'Норматив ожидания, мин', 'minutes'),
  col('waitShare', 'Ожидание в нормативе, %', 'percent'),
  col('services', 'Обслуживаний', 'count'),
  col('serviceAvg', 'Обслуживание, среднее, мин', 'minutes'),
  col('serviceMedian', 'Обслуживание, медиана, мин', 'minutes'),
  col('serviceP90', 'Обслуживание, 90-й перцентиль, мин', 'minutes'),
  col('serviceNorm', 'Норматив обслуживания, мин', 'minutes'),
  col('serviceShare', 'Обслуживание в нормативе, %', 'percent'),
  col('overCap', 'Визитов дольше лимита', 'count'),
  col('noShows', 'Неявки', 'count'),
  col('transfers', 'Переводы', 'count'),
  col('postpones', 'Отложены', 'count'),
  col('cancellations', 'Отменены', 'count'),
  col('unserved', 'Не обслужены: приём окончен', 'count'),
  col('priority', 'Вне очереди', 'count'),
  col('priorityWait', 'Ожидание вне очереди, среднее, мин', 'minutes'),
];

const summaryTable = (report: Report): ReportTable => {
  const dim = DIMENSION_TITLE[report.summary.dimension];
  return {
    id: 'summary',
    title: `Показатели ${dim.table}`,
    sheet: `Показатели ${dim.table}`,
    columns: summaryColumns(dim.column),
    rows: report.summary.rows.map((r) => summaryCells(r.label, r.figures)),
    total: summaryCells('Итого', report.summary.total),
  };
};

const MEASURE: Record<string, string> = {
  wait: 'Среднее время ожидания',
  service: 'Среднее время обслуживания',
  visitCap: 'Общее время визита (не более)',
};

const complianceTable = (report: Report): ReportTable => ({
  id: 'compliance',
  title: 'Соответствие нормативам',
  sheet: 'Соответствие нормативам',
  columns: [
    col('measure', 'Показатель', 'text'),
    col('scope', 'Группа или тема', 'text'),
    col('norm', 'Норматив, мин', 'minutes'),
    col('value', 'Среднее (для визита — наибольшее), мин', 'minutes'),
    col('n', 'Количество', 'count'),
    col('over', 'Превышений', 'count'),
    col('verdict', 'Итог', 'text'),
    col('sentence', 'Вывод', 'text'),
  ],
  rows: report.compliance.map((line) => [
    MEASURE[line.measure] ?? line.measure,
    line.scopeTitle,
    line.normMin,
    minutes(line.valueMs),
    line.n,
    line.over,
    line.met === null ? 'нет данных' : line.met ? 'выполнено' : 'не выполнено',
    complianceSentence(line, 'ru'),
  ]),
  total: null,
});

const windowsTable = (report: Report): ReportTable => {
  const dim = DIMENSION_TITLE[report.windowTime.dimension];
  const row = (label: string, f: Report['windowTime']['total']): Cell[] => [
    label,
    minutes(f.operator.serviceMs),
    minutes(f.operator.pauseMs),
    minutes(f.operator.idleMs),
    minutes(f.idle.idleWhileWaitingMs),
    percent(f.operator.load),
  ];
  return {
    id: 'windows',
    title: `Время работы окон ${dim.table}`,
    sheet: `Работа окон ${dim.table}`,
    columns: [
      col('group', dim.column, 'text'),
      col('service', 'Обслуживание, мин', 'minutes'),
      col('pause', 'Перерыв, мин', 'minutes'),
      col('idle', 'Простой, мин', 'minutes'),
      col('idleWhileWaiting', 'Простой при очереди, мин', 'minutes'),
      col('load', 'Загрузка, %', 'percent'),
    ],
    rows: report.windowTime.rows.map((r) => row(r.label, r.figures)),
    total: row('Итого', report.windowTime.total),
  };
};

const episodesTable = (report: Report, reason: 'count' | 'forecast'): ReportTable => {
  const tz = report.office.timeZone;
  const { labels } = report;
  const total = report.episodes.byReason[reason];
  const where = (e: Report['episodes']['list'][number]) =>
    e.windowId !== null
      ? (labels.windows[e.windowId] ?? e.windowId)
      : e.groupId !== null
        ? `Зал, ${labels.groups[e.groupId] ?? e.groupId}`
        : 'Зал';
  return {
    id: reason === 'count' ? 'episodes' : 'forecastEpisodes',
    title:
      reason === 'count'
        ? 'Вызовы дополнительных сотрудников: больше нормы человек на окно'
        : 'Вызовы дополнительных сотрудников: прогноз ожидания дольше норматива',
    sheet: reason === 'count' ? 'Вызовы по числу ожидающих' : 'Вызовы по прогнозу',
    columns: [
      col('start', 'Начало', 'text'),
      col('where', 'Окно или зал', 'text'),
      col('waiting', 'Ожидали, чел.', 'count'),
      col('acceptedBy', 'Откликнулся', 'text'),
      col('opened', 'Открыто окно', 'text'),
      col('toOpen', 'Окно открыто через, мин', 'minutes'),
      col('duration', 'Длительность, мин', 'minutes'),
    ],
    rows: report.episodes.list
      .filter((e) => e.reason === reason)
      .map((e) => [
        formatLocal(e.startedAt, tz),
        where(e),
        e.count,
        e.acceptedBy === null ? null : (labels.staff[e.acceptedBy] ?? e.acceptedBy),
        e.openedWindowId === null ? null : (labels.windows[e.openedWindowId] ?? e.openedWindowId),
        e.openedAt === null ? null : minutes(e.openedAt - e.startedAt),
        minutes(episodeDurationMs(e, report.until)),
      ]),
    total: [
      `Итого: ${total.count}`,
      null,
      null,
      `${total.accepted}`,
      `${total.opened}`,
      minutes(total.avgTimeToOpenMs),
      minutes(total.totalMs),
    ],
  };
};

const DAY_KIND: Record<string, string> = { peak: 'Дни приёма показаний', ordinary: 'Обычные дни' };

const dayKindsTable = (report: Report): ReportTable => ({
  id: 'dayKinds',
  title: 'Дни приёма показаний и обычные дни',
  sheet: 'Дни приёма показаний',
  columns: [
    col('dayKind', 'Дни', 'text'),
    col('days', 'Дней в периоде', 'count'),
    col('daysWithVisitors', 'Дней с посетителями', 'count'),
    col('visitors', 'Посетители', 'count'),
    col('waits', 'Ожиданий', 'count'),
    col('waitAvg', 'Ожидание, среднее, мин', 'minutes'),
    col('waitShare', 'Ожидание в нормативе, %', 'percent'),
    col('services', 'Обслуживаний', 'count'),
    col('serviceAvg', 'Обслуживание, среднее, мин', 'minutes'),
    col('serviceShare', 'Обслуживание в нормативе, %', 'percent'),
    col('countEpisodes', 'Вызовы сотрудников по числу ожидающих', 'count'),
    col('forecastEpisodes', 'Вызовы сотрудников по прогнозу', 'count'),
  ],
  rows: report.dayKinds.map((k) => [
    DAY_KIND[k.kind] ?? k.kind,
    k.days,
    k.daysWithVisitors,
    k.visitors,
    k.wait.n,
    minutes(k.wait.avgMs),
    percent(k.wait.norm.share),
    k.service.n,
    minutes(k.service.avgMs),
    percent(k.service.norm.share),
    k.episodes.count,
    k.episodes.forecast,
  ]),
  total: null,
  rowCodes: report.dayKinds.map((k) => k.kind),
});

const hourlyTable = (report: Report): ReportTable => ({
  id: 'hourly',
  title: 'Посетители и ожидание по часам',
  sheet: 'Посетители по часам',
  columns: [
    col('hour', 'Час', 'text'),
    col('visitors', 'Посетители', 'count'),
    col('waitAvg', 'Ожидание, среднее, мин', 'minutes'),
  ],
  rows: report.hourly.map((h) => [`${String(h.hour).padStart(2, '0')}:00`, h.visitors, minutes(h.avgWaitMs)]),
  total: null,
});

const dailyTable = (report: Report): ReportTable => ({
  id: 'daily',
  title: 'Доля в нормативах по дням',
  sheet: 'Нормативы по дням',
  columns: [
    col('day', 'День', 'text'),
    col('visitors', 'Посетители', 'count'),
    col('waitShare', 'Ожидание в нормативе, %', 'percent'),
    col('serviceShare', 'Обслуживание в нормативе, %', 'percent'),
    col('peak', 'День приёма показаний', 'flag'),
  ],
  rows: report.daily.map((d) => [
    `${d.day.slice(8, 10)}.${d.day.slice(5, 7)}.${d.day.slice(0, 4)}`,
    d.visitors,
    percent(d.wait.share),
    percent(d.service.share),
    d.peak ? 'да' : null,
  ]),
  total: null,
});

const distributionTable = (report: Report): ReportTable => {
  const all = report.waitDistribution.reduce((n, b) => n + b.count, 0);
  return {
    id: 'distribution',
    title: 'Распределение времени ожидания',
    sheet: 'Распределение ожидания',
    columns: [
      col('bin', 'Ожидание, мин', 'text'),
      col('count', 'Ожиданий', 'count'),
      col('share', 'Доля, %', 'percent'),
    ],
    rows: report.waitDistribution.map((b) => [
      b.toMin === null ? `${b.fromMin} и более` : `${b.fromMin}–${b.toMin}`,
      b.count,
      percent(all === 0 ? null : b.count / all),
    ]),
    total: ['Итого', all, all === 0 ? null : 100],
  };
};

const QUALITY: Record<QualityId, { title: string; how: string }> = {
  satisfaction: {
    title: 'Удовлетворённость посетителей',
    how: 'Доля оценок 4 и 5 из 5 среди всех оценок визитов за период. Цель — не менее 85 % за год.',
  },
  complaints: {
    title: 'Жалобы',
    how: 'Отзывы вида «жалоба» к числу завершённых обслуживанием визитов за период. Цель — не более 2 % за квартал.',
  },
  availability: {
    title: 'Доступность офиса обслуживания',
    how: 'Доля ожиданий, завершившихся вызовом в пределах норматива ожидания.',
  },
  informativeness: {
    title: 'Информативность',
    how: 'Система очереди не собирает данных об информативности; показатель оценивается анкетированием.',
  },
  execution: {
    title: 'Исполнительность',
    how: 'Доля обслуживаний, уложившихся в норматив обслуживания.',
  },
  feedbackResult: {
    title: 'Результативность обратной связи',
    how: 'Доля завершённых обслуживанием визитов, по которым посетитель оставил оценку.',
  },
};

const qualityTable = (report: Report): ReportTable => ({
  id: 'quality',
  title: 'Показатели качества обслуживания',
  sheet: 'Качество обслуживания',
  columns: [
    col('indicator', 'Показатель', 'text'),
    col('share', 'Значение, %', 'percent'),
    col('n', 'Из скольких', 'count'),
    col('target', 'Цель', 'text'),
    col('verdict', 'Итог', 'text'),
    col('how', 'Как считается', 'text'),
  ],
  rows: report.feedback.quality.map((line) => [
    QUALITY[line.id].title,
    percent(line.value),
    line.n,
    line.target === null
      ? null
      : `${line.target.bound === 'atLeast' ? 'не менее' : 'не более'} ${percent(line.target.share)} %`,
    line.met === null ? (line.value === null ? 'нет данных' : null) : line.met ? 'выполнено' : 'не выполнено',
    QUALITY[line.id].how,
  ]),
  total: null,
});

const feedbackColumns = (groupTitle: string): Column[] => [
  col('group', groupTitle, 'text'),
  col('served', 'Обслужено визитов', 'count'),
  col('given', 'Оценок', 'count'),
  col('avg', 'Средняя оценка', 'decimal'),
  col('satisfied', 'Довольны (4–5), %', 'percent'),
  col('thanks', 'Благодарности', 'count'),
  col('complaints', 'Жалобы', 'count'),
  col('suggestions', 'Предложения', 'count'),
  col('reviews', 'Отзывы', 'count'),
  col('none', 'Без вида', 'count'),
  col('complaintShare', 'Жалобы к визитам, %', 'percent'),
];

const feedbackCells = (label: string, f: FeedbackFigure): Cell[] => [
  label,
  f.served,
  f.given,
  f.avgRating === null ? null : Math.round(f.avgRating * 10) / 10,
  percent(f.satisfiedShare),
  f.kinds.thanks,
  f.kinds.complaint,
  f.kinds.suggestion,
  f.kinds.review,
  f.kinds.none,
  percent(f.complaintShare),
];

const feedbackTable = (
  id: 'feedbackWindows' | 'feedbackTopics',
  table: Report['feedback']['byWindow'],
): ReportTable => {
  const dim = DIMENSION_TITLE[table.dimension];
  return {
    id,
    title: `Оценки посетителей ${dim.table}`,
    sheet: `Оценки ${dim.table}`,
    columns: feedbackColumns(dim.column),
    rows: table.rows.map((r) => feedbackCells(r.label, r.figures)),
    total: feedbackCells('Итого', table.total),
  };
};

const KIND_TITLE: Record<FeedbackKind, string> = {
  thanks: 'благодарность',
  complaint: 'жалоба',
  suggestion: 'предложение',
  review: 'отзыв',
};

/** The ratings one by one with their texts: the manager's table only (the route leaves it out for others). */
const feedbackTextsTable = (report: Report, texts: FeedbackFact[]): ReportTable => ({
  id: 'feedbackTexts',
  title: 'Отзывы посетителей',
  sheet: 'Отзывы посетителей',
  columns: [
    col('at', 'Время', 'text'),
    col('window', 'Окно', 'text'),
    col('topic', 'Тема', 'text'),
    col('rating', 'Оценка', 'count'),
    col('kind', 'Вид', 'text'),
    col('text', 'Текст', 'text'),
    col('channel', 'Где оставлен', 'text'),
  ],
  rows: texts.map((f) => [
    formatLocal(f.at, report.office.timeZone),
    report.labels.windows[f.windowId] ?? f.windowId,
    report.labels.topics[f.topicId] ?? f.topicId,
    f.rating,
    f.kind === null ? null : KIND_TITLE[f.kind],
    f.text,
    f.channel === 'phone' ? 'телефон' : 'экран у окна',
  ]),
  total: null,
});

export const reportTables = (report: Report): ReportTable[] => [
  summaryTable(report),
  complianceTable(report),
  windowsTable(report),
  episodesTable(report, 'count'),
  episodesTable(report, 'forecast'),
  dayKindsTable(report),
  hourlyTable(report),
  dailyTable(report),
  distributionTable(report),
  qualityTable(report),
  feedbackTable('feedbackWindows', report.feedback.byWindow),
  feedbackTable('feedbackTopics', report.feedback.byTopic),
  ...(report.feedback.texts === null ? [] : [feedbackTextsTable(report, report.feedback.texts)]),
];

/** What every exported file says about itself (issue: «each file carrying the period, the office and the preset»). */
export interface ReportHeading {
  office: string;
  period: string;
  preset: string;
  filters: string;
}

const dotted = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;

export const reportHeading = (report: Report): ReportHeading => {
  const { query, preset, labels } = report;
  const norms = [
    `ожидание ${preset.waitNormMin} мин`,
    `обслуживание ${preset.serviceNormMin} мин`,
    ...(preset.visitCapMin === null ? [] : [`визит не более ${preset.visitCapMin} мин`]),
  ].join(', ');
  const filters = [
    query.topic ? `тема: ${labels.topics[query.topic] ?? query.topic}` : null,
    query.window ? `окно: ${labels.windows[query.window] ?? query.window}` : null,
    query.operator ? `сотрудник: ${labels.staff[query.operator] ?? query.operator}` : null,
  ].filter((f) => f !== null);
  return {
    office: report.office.name,
    period: query.from === query.to ? dotted(query.from) : `${dotted(query.from)} – ${dotted(query.to)}`,
    preset: `${preset.title} (${preset.id}): ${norms}`,
    filters: filters.length === 0 ? 'без фильтров' : filters.join('; '),
  };
};
