import { type ConfigProblem, type OfficeConfig, configProblems } from '@queue/engine';
import { type WireConfigProblem, configProblemSchema, officeConfigSchema } from '@queue/protocol';
import type { TFunction } from 'i18next';
import { z } from 'zod';

/**
 * What is wrong with a draft configuration, in the manager's language. The same checks the server runs
 * (the protocol's schema, then the engine's `configProblems`), run before sending so a mistake is shown
 * next to the form at once; the server checks again and adds what only the live office knows. The engine
 * and the server give codes with ids; the words are this app's (texts.ts, `settings.problem`).
 */
const name = (config: OfficeConfig, kind: 'service' | 'window' | 'staff', id: string | undefined) => {
  if (id === undefined) return undefined;
  const found =
    kind === 'service'
      ? config.services.find((s) => s.id === id)?.title
      : kind === 'window'
        ? config.windows.find((w) => w.id === id)?.label
        : config.staff.find((s) => s.id === id)?.fullName;
  return `«${found || id}»`;
};

/** A problem's text: its ids as given, and the topic, window or member of staff it concerns by name. */
export const problemText = (
  problem: ConfigProblem | WireConfigProblem,
  config: OfficeConfig,
  t: TFunction,
): string => {
  const params: Record<string, string | undefined> = { ...problem };
  return t(`problem.${problem.code}`, {
    ...params,
    service: name(config, 'service', params.serviceId),
    window: name(config, 'window', params.windowId),
    staff: name(config, 'staff', params.staffId),
  });
};

/** Why a value was refused: its bounds when it has them (issue 13 §5: the field and why). */
interface SchemaIssue {
  path: PropertyKey[];
  code: string;
  minimum?: unknown;
  maximum?: unknown;
}

const whyText = (issue: SchemaIssue, t: TFunction): string => {
  if (issue.code === 'too_big' && issue.maximum !== undefined) {
    return t('problemWhy.atMost', { value: String(issue.maximum) });
  }
  if (issue.code === 'too_small' && issue.minimum !== undefined) {
    return t('problemWhy.atLeast', { value: String(issue.minimum) });
  }
  return t('problemWhy.invalid');
};

const fieldText = (field: string | undefined, t: TFunction): string | undefined =>
  field !== undefined && t(`problemField.${field}`, { defaultValue: '' }) !== ''
    ? t(`problemField.${field}`)
    : undefined;

/** A schema issue as «Тема «Оплата»: буква талона — неверное значение», or «норматив ожидания — не больше 600». */
const issueText = (issue: SchemaIssue, config: OfficeConfig, t: TFunction): string => {
  const { path } = issue;
  const [section, index, field] = path;
  const where =
    section === 'services' && typeof index === 'number'
      ? t('problemWhere.service', { name: config.services[index]?.title || index + 1 })
      : section === 'windows' && typeof index === 'number'
        ? t('problemWhere.window', { name: config.windows[index]?.label || index + 1 })
        : section === 'staff' && typeof index === 'number'
          ? t('problemWhere.staff', { name: config.staff[index]?.fullName || index + 1 })
          : path.join('.');
  const last = [...path].reverse().find((p): p is string => typeof p === 'string');
  const fieldName = typeof field === 'string' ? (fieldText(field, t) ?? field) : fieldText(last, t);
  const bad = whyText(issue, t);
  return fieldName && where !== path.join('.')
    ? `${where}: ${fieldName} — ${bad}`
    : `${fieldName ?? where} — ${bad}`;
};

export const draftProblems = (config: OfficeConfig, t: TFunction): string[] => {
  const parsed = officeConfigSchema.safeParse(config);
  if (!parsed.success) {
    return [...new Set(parsed.error.issues.map((i) => issueText(i, config, t)))];
  }
  return configProblems(config).map((p) => problemText(p, config, t));
};

const problemsSchema = z.array(configProblemSchema);

/** The server's `invalid_config` problems (`details.problems`) in the manager's language. */
export const serverProblems = (problems: unknown, config: OfficeConfig, t: TFunction): string[] => {
  const parsed = problemsSchema.safeParse(problems);
  return parsed.success ? parsed.data.map((p) => problemText(p, config, t)) : [t('problem.unreadable')];
};
