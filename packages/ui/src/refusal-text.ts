import { type ValidationIssue, type WireDetails, validationIssueSchema } from '@queue/protocol';
import type { i18n as I18n, TFunction } from 'i18next';
import { z } from 'zod';
import { officeClock } from './office-time-format.js';

const PLURAL = new Set(['min_length', 'max_length', 'min_items', 'max_items', 'max_days']);

/** «Поле «PIN-код»: нужен текст не короче 4 знаков»: the field by its name when it has one, else its path. */
export const validationIssueText = (issue: ValidationIssue, t: TFunction): string => {
  const last = issue.field.split('.').at(-1) ?? '';
  const named = t(`validation.field.${last}`, { defaultValue: '' });
  const field = named === '' ? issue.field : issue.field === last ? named : `${issue.field} (${named})`;
  const expected = t(`validation.expected.${issue.expected}`, {
    limit: issue.limit,
    values: issue.values,
    ...(PLURAL.has(issue.expected) ? { count: issue.limit ?? 0 } : {}),
  });
  return issue.field === ''
    ? t('validation.wholeRequest', { expected })
    : t('validation.issue', { field, expected });
};

const issuesSchema = z.array(validationIssueSchema).min(1);

/** At most two fields in a line a screen shows; the rest counted. */
const issuesText = (issues: readonly ValidationIssue[], t: TFunction) => {
  const texts = [...new Set(issues.map((i) => validationIssueText(i, t)))];
  const first = texts.slice(0, 2).join('; ');
  return texts.length > 2 ? t('validation.several', { first, more: texts.length - 2 }) : first;
};

/**
 * A code worded in the UIs' resources (`common:refusal.<code>`, the protocol's UI_WORDED_CODES), with
 * its `details` as parameters; instants (`…At`) read as office-local clock times. Empty when not worded.
 */
const wordedRefusal = (
  code: string,
  details: WireDetails | null | undefined,
  t: TFunction,
  timeZone: string,
) => {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(details ?? {})) {
    if (typeof value === 'number') params[name] = name.endsWith('At') ? officeClock(value, timeZone) : value;
    else if (typeof value === 'string') params[name] = value;
  }
  return t(`refusal.${code}`, { ...params, defaultValue: '' });
};

/**
 * Why the server refused, in the screen's language: a refused request's fields worded here (issue 21),
 * a code the UIs word themselves with its details, anything else in the server's words for the code.
 * Null when there are no words.
 */
export const refusalText = (
  refusal: { code: string; text: { ru: string; en: string } | null; details?: WireDetails | null },
  i18n: I18n,
  timeZone = 'Europe/Moscow',
): string | null => {
  const locale = i18n.language === 'en' ? 'en' : 'ru';
  const t = i18n.getFixedT(locale, 'common');
  if (refusal.code === 'invalid_payload') {
    const issues = issuesSchema.safeParse(refusal.details?.issues);
    if (issues.success) return issuesText(issues.data, t);
  }
  return wordedRefusal(refusal.code, refusal.details, t, timeZone) || (refusal.text?.[locale] ?? null);
};
