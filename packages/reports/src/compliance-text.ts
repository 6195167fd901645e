import type { ComplianceLine } from './compliance.js';

/**
 * A compliance line in words, as a manager would say it: «Специалист: среднее время ожидания 14,2 мин
 * при нормативе 20 мин — выполнено». Used on the page, in print and in the exported files.
 */
export type TextLocale = 'ru' | 'en';

export const minutesText = (ms: number, locale: TextLocale): string => {
  const value = Math.round(ms / 6_000) / 10;
  return locale === 'ru' ? String(value).replace('.', ',') : String(value);
};

const normText = (min: number, locale: TextLocale) =>
  locale === 'ru' ? String(min).replace('.', ',') : String(min);

export const complianceSentence = (line: ComplianceLine, locale: TextLocale = 'ru'): string => {
  const verdict =
    line.met === null
      ? locale === 'ru'
        ? 'нет данных'
        : 'no data'
      : line.met
        ? locale === 'ru'
          ? 'выполнено'
          : 'met'
        : locale === 'ru'
          ? 'не выполнено'
          : 'not met';
  const norm = normText(line.normMin, locale);
  if (line.measure === 'visitCap') {
    if (locale === 'en') {
      return `Whole visit no longer than ${norm} min: ${line.over ?? 0} of ${line.n} visits longer — ${verdict}`;
    }
    return `Общее время обслуживания не более ${norm} мин: превышено у ${line.over ?? 0} из ${line.n} посещений — ${verdict}`;
  }
  const value = line.valueMs === null ? '—' : minutesText(line.valueMs, locale);
  if (locale === 'en') {
    const what = line.measure === 'wait' ? 'average wait' : 'average service time';
    return `${line.scopeTitle}: ${what} ${value} min against the norm of ${norm} min — ${verdict}`;
  }
  const what = line.measure === 'wait' ? 'среднее время ожидания' : 'среднее время обслуживания';
  return `${line.scopeTitle}: ${what} ${value} мин при нормативе ${norm} мин — ${verdict}`;
};
