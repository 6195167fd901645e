import { type ValidationIssue, type WireDetails, validationIssueSchema } from '@queue/protocol';
import type { i18n as I18n, TFunction } from 'i18next';
import { z } from 'zod';

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
 * Why the server refused, in the screen's language: a refused request's fields worded here (issue 21),
 * anything else in the server's words for the code. Null when the server gave no words.
 */
export const refusalText = (
  refusal: { code: string; text: { ru: string; en: string } | null; details?: WireDetails | null },
  i18n: I18n,
): string | null => {
  const locale = i18n.language === 'en' ? 'en' : 'ru';
  if (refusal.code === 'invalid_payload') {
    const issues = issuesSchema.safeParse(refusal.details?.issues);
    if (issues.success) return issuesText(issues.data, i18n.getFixedT(locale, 'common'));
  }
  return refusal.text?.[locale] ?? null;
};
