import type { OfficeConfig } from '@queue/engine';
import type { Cell, Column, ColumnKind, ReportHeading, ReportTable } from '@queue/reports-engine';
import type { HourReview } from './plan-review.js';
import type { DayPlan, HourPlan } from './staffing-plan.js';
import type { StaffingOverview } from './staffing-overview.js';

/**
 * The staffing overview as tables, exactly as the manager's page shows them and the CSV and XLSX files
 * carry them (the reports' rule: a figure on the screen and in a file can never differ). Russian titles;
 * the page names the tables and columns in English by their ids and keys.
 */
export const STAFFING_TABLE_IDS = ['tomorrow', 'week', 'review', 'reviewHours', 'basis'] as const;
export type StaffingTableId = (typeof STAFFING_TABLE_IDS)[number];
export type StaffingTable = ReportTable<StaffingTableId>;

const WEEKDAYS = ['вс', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб'];
const dotted = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
export const dayTitle = (date: string): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]} ${dotted(date)}`;
};
const clock = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
const hourSpan = (hour: number) => `${clock(hour)}–${clock(hour + 1)}`;
const tenth = (x: number) => Math.round(x * 10) / 10;
const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
const col = (key: string, title: string, kind: ColumnKind): Column => ({ key, title, kind });
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

const groupTitle = (config: OfficeConfig, groupId: string) =>
  config.groups.find((g) => g.id === groupId)?.title ?? groupId;
const groupsOf = (hours: { groupId: string }[]) => [...new Set(hours.map((h) => h.groupId))].sort();

/**
 * The words the tables write into their cells (the files carry them as they are). The page shows them
 * in English by these keys, so a word changed here cannot silently lose its translation.
 */
export const STAFFING_WORDS = {
  breakBest: 'лучше всего',
  breakPossible: 'можно',
  peakDay: 'приём показаний',
  ordinaryDay: 'обычный день',
  fallback: 'по всем дням',
} as const;
export type StaffingWord = keyof typeof STAFFING_WORDS;
const W = STAFFING_WORDS;

/** «лучше всего» for the two quietest hours of a group, «можно» for the other hours below its peak. */
const breakCell = (plan: DayPlan, h: HourPlan): Cell => {
  const rank = plan.breakHours[h.groupId]?.indexOf(h.hour) ?? -1;
  if (rank === -1) return null;
  return rank < 2 ? W.breakBest : W.breakPossible;
};

const dayKindCell = (plan: DayPlan): string => {
  const kind = plan.kind === 'peak' ? W.peakDay : W.ordinaryDay;
  return plan.fallback ? `${kind}; ${W.fallback}` : kind;
};

const tomorrowTable = (plan: DayPlan | undefined, config: OfficeConfig): StaffingTable => {
  const hours = plan?.hours ?? [];
  return {
    id: 'tomorrow',
    title: 'План на завтра',
    sheet: 'План на завтра',
    columns: [
      col('hour', 'Час', 'text'),
      col('group', 'Группа', 'text'),
      col('expected', 'Ожидается посетителей', 'decimal'),
      col('needed', 'Нужно окон', 'count'),
      col('usual', 'Обычно открыто окон', 'decimal'),
      col('break', 'Перерыв', 'text'),
    ],
    rows: hours.map((h) => [
      hourSpan(h.hour),
      groupTitle(config, h.groupId),
      tenth(h.arrivals),
      h.windows,
      tenth(h.staffed),
      breakCell(plan!, h),
    ]),
    total:
      hours.length === 0
        ? null
        : [
            'Итого',
            null,
            tenth(sum(hours.map((h) => h.arrivals))),
            sum(hours.map((h) => h.windows)),
            tenth(sum(hours.map((h) => h.staffed))),
            null,
          ],
  };
};

const weekTable = (plans: DayPlan[], config: OfficeConfig): StaffingTable => ({
  id: 'week',
  title: 'План на неделю',
  sheet: 'План на неделю',
  columns: [
    col('day', 'День', 'text'),
    col('kind', 'Тип дня', 'text'),
    col('basis', 'Дней в основе', 'count'),
    col('group', 'Группа', 'text'),
    col('expected', 'Ожидается посетителей', 'decimal'),
    col('peak', 'Окон в час пик', 'count'),
    col('windowHours', 'Окно-часов нужно', 'count'),
    col('usualHours', 'Обычно окно-часов', 'decimal'),
    col('breakHours', 'Часы для перерывов', 'text'),
  ],
  rows: plans.flatMap((plan) =>
    groupsOf(plan.hours).map((groupId) => {
      const hours = plan.hours.filter((h) => h.groupId === groupId);
      return [
        dayTitle(plan.date),
        dayKindCell(plan),
        plan.basis.length,
        groupTitle(config, groupId),
        tenth(sum(hours.map((h) => h.arrivals))),
        Math.max(...hours.map((h) => h.windows)),
        sum(hours.map((h) => h.windows)),
        tenth(sum(hours.map((h) => h.staffed))),
        (plan.breakHours[groupId] ?? []).slice(0, 3).map(clock).join(', ') || null,
      ];
    }),
  ),
  total: null,
});

const shortOf = (r: HourReview) => Math.max(0, r.planned - r.staffed);
const overOf = (r: HourReview) => Math.max(0, r.staffed - r.planned);
const calledShare = (rows: HourReview[]) => {
  const called = sum(rows.map((r) => r.called));
  return called === 0 ? null : sum(rows.map((r) => r.calledInNorm)) / called;
};

const reviewTable = (reviews: StaffingOverview['reviews'], config: OfficeConfig): StaffingTable => ({
  id: 'review',
  title: 'План и факт по дням',
  sheet: 'План и факт по дням',
  columns: [
    col('day', 'День', 'text'),
    col('group', 'Группа', 'text'),
    col('expected', 'Ожидалось посетителей', 'decimal'),
    col('arrived', 'Пришло', 'count'),
    col('plannedHours', 'Окно-часов по плану', 'count'),
    col('staffedHours', 'Окно-часов открыто', 'decimal'),
    col('shortHours', 'Не хватало окно-часов', 'decimal'),
    col('overHours', 'Сверх плана окно-часов', 'decimal'),
    col('inNorm', 'Вызваны в нормативе, %', 'percent'),
  ],
  rows: [...reviews].reverse().flatMap(({ plan, hours }) =>
    groupsOf(hours).map((groupId) => {
      const rows = hours.filter((r) => r.groupId === groupId);
      return [
        dayTitle(plan.date),
        groupTitle(config, groupId),
        tenth(sum(rows.map((r) => r.expected))),
        sum(rows.map((r) => r.arrivals)),
        sum(rows.map((r) => r.planned)),
        tenth(sum(rows.map((r) => r.staffed))),
        tenth(sum(rows.map(shortOf))),
        tenth(sum(rows.map(overOf))),
        percent(calledShare(rows)),
      ];
    }),
  ),
  total: null,
});

const reviewHoursTable = (
  review: StaffingOverview['reviews'][number] | undefined,
  config: OfficeConfig,
): StaffingTable => ({
  id: 'reviewHours',
  title: review ? `План и факт по часам, ${dayTitle(review.plan.date)}` : 'План и факт по часам',
  // The year would take the sheet past Excel's 31 characters; the day and month name it in the workbook.
  sheet: review ? `План и факт по часам, ${dayTitle(review.plan.date).slice(0, -5)}` : 'План и факт по часам',
  columns: [
    col('hour', 'Час', 'text'),
    col('group', 'Группа', 'text'),
    col('expected', 'Ожидалось посетителей', 'decimal'),
    col('arrived', 'Пришло', 'count'),
    col('planned', 'Окон по плану', 'count'),
    col('staffed', 'Окон открыто', 'decimal'),
    col('inNorm', 'Вызваны в нормативе, %', 'percent'),
  ],
  rows: (review?.hours ?? []).map((r) => [
    hourSpan(r.hour),
    groupTitle(config, r.groupId),
    tenth(r.expected),
    r.arrivals,
    r.planned,
    tenth(r.staffed),
    percent(r.withinNorm),
  ]),
  total: null,
});

/** What each group's plan rests on: the office's own figures that go into the formula. */
const basisTable = (overview: StaffingOverview, config: OfficeConfig): StaffingTable => ({
  id: 'basis',
  title: 'Исходные данные расчёта',
  sheet: 'Исходные данные расчёта',
  columns: [
    col('group', 'Группа', 'text'),
    col('windowMin', 'Время окна на посетителя, мин', 'minutes'),
    col('spread', 'Разброс времени, % от среднего', 'percent'),
    col('services', 'Обслуживаний в журнале', 'count'),
    col('normMin', 'Норматив ожидания, мин', 'minutes'),
  ],
  rows: overview.groups.map((g) => [
    groupTitle(config, g.groupId),
    tenth(g.meanMs / 60_000),
    g.services < 2 ? null : percent(Math.sqrt(g.scv)),
    g.services,
    tenth(g.normMs / 60_000),
  ]),
  total: null,
});

/**
 * The tables of the overview. `reviewDate` picks the day whose hours are set against the plan (the
 * latest reviewed day before today unless given; today, so far, when it is the only one).
 */
export const staffingTables = (
  overview: StaffingOverview,
  config: OfficeConfig,
  reviewDate: string | null = null,
): StaffingTable[] => [
  tomorrowTable(overview.plans[0], config),
  weekTable(overview.plans, config),
  reviewTable(overview.reviews, config),
  reviewHoursTable(chosenReview(overview, reviewDate), config),
  basisTable(overview, config),
];

export const chosenReview = (overview: StaffingOverview, reviewDate: string | null) => {
  const { reviews, today } = overview;
  if (reviewDate !== null) return reviews.find((r) => r.plan.date === reviewDate);
  return reviews.filter((r) => r.plan.date < today).at(-1) ?? reviews.at(-1);
};

/** What each file of the overview says about itself, as the reports' files do. */
export const staffingHeading = (overview: StaffingOverview, config: OfficeConfig): ReportHeading => {
  const first = overview.plans[0]?.date;
  const last = overview.plans.at(-1)?.date;
  const reviewed = overview.reviews.map((r) => r.plan.date);
  const parts = [
    first && last ? `план ${dotted(first)} – ${dotted(last)}` : null,
    reviewed.length > 0 ? `план и факт ${dotted(reviewed[0]!)} – ${dotted(reviewed.at(-1)!)}` : null,
  ].filter((p) => p !== null);
  return {
    office: config.name,
    period: parts.join('; ') || dotted(overview.today),
    preset: `${config.profile.title} (${config.profile.id}): ${config.groups
      .map((g) => `${g.title.toLowerCase()} — ожидание до ${g.waitNormMin} мин`)
      .join(', ')}`,
    filters: `вызвать ${Math.round(overview.options.confidence * 100)} % посетителей в пределах норматива ожидания; история за ${overview.options.weeks} недель`,
  };
};
