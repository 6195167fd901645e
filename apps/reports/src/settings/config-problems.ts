import { type OfficeConfig, configProblems } from '@queue/engine';
import { officeConfigSchema } from '@queue/protocol';

/**
 * What is wrong with a draft configuration, in the manager's language. The same checks the server runs
 * (the protocol's schema, then the engine's `configProblems`), run before sending so a mistake is shown
 * next to the form at once; the server checks again and adds what only the live office knows.
 */
type Locale = 'ru' | 'en';

const name = (config: OfficeConfig, kind: 'service' | 'window' | 'staff', id: string) => {
  const found =
    kind === 'service'
      ? config.services.find((s) => s.id === id)?.title
      : kind === 'window'
        ? config.windows.find((w) => w.id === id)?.label
        : config.staff.find((s) => s.id === id)?.fullName;
  return `«${found || id}»`;
};

const PATTERNS: [RegExp, (m: RegExpExecArray, c: OfficeConfig) => { ru: string; en: string }][] = [
  [
    /^service id repeated: (.+)$/,
    (m) => ({ ru: `Код темы повторяется: ${m[1]}`, en: `Topic id repeated: ${m[1]}` }),
  ],
  [
    /^window id repeated: (.+)$/,
    (m) => ({ ru: `Код окна повторяется: ${m[1]}`, en: `Window id repeated: ${m[1]}` }),
  ],
  [
    /^staff id repeated: (.+)$/,
    (m) => ({ ru: `Код сотрудника повторяется: ${m[1]}`, en: `Staff id repeated: ${m[1]}` }),
  ],
  [
    /^staff login repeated: (.+)$/,
    (m) => ({ ru: `Логин повторяется: ${m[1]}`, en: `Login repeated: ${m[1]}` }),
  ],
  [
    /^unknown time zone: (.+)$/,
    (m) => ({ ru: `Неизвестный часовой пояс: ${m[1]}`, en: `Unknown time zone: ${m[1]}` }),
  ],
  [
    /^service (.+): unknown group (.+)$/,
    (m, c) => ({
      ru: `Тема ${name(c, 'service', m[1]!)}: нет группы «${m[2]}»`,
      en: `Topic ${name(c, 'service', m[1]!)}: no group “${m[2]}”`,
    }),
  ],
  [
    /^service (.+): letter must be 1–2 letters$/,
    (m, c) => ({
      ru: `Тема ${name(c, 'service', m[1]!)}: буква талона — одна или две буквы`,
      en: `Topic ${name(c, 'service', m[1]!)}: the ticket letter is one or two letters`,
    }),
  ],
  [
    /^service (.+): no client type$/,
    (m, c) => ({
      ru: `Тема ${name(c, 'service', m[1]!)}: не выбрано, для кого она (физические или юридические лица)`,
      en: `Topic ${name(c, 'service', m[1]!)}: no client type chosen`,
    }),
  ],
  [
    /^window (.+): unknown service (.+)$/,
    (m, c) => ({
      ru: `Окно ${name(c, 'window', m[1]!)}: нет темы «${m[2]}»`,
      en: `Window ${name(c, 'window', m[1]!)}: no topic “${m[2]}”`,
    }),
  ],
  [
    /^staff (.+): unknown window (.+)$/,
    (m, c) => ({
      ru: `Сотрудник ${name(c, 'staff', m[1]!)}: нет окна «${m[2]}»`,
      en: `Staff ${name(c, 'staff', m[1]!)}: no window “${m[2]}”`,
    }),
  ],
  [
    /^appointments: unknown service (.+)$/,
    (m) => ({ ru: `Предварительная запись: нет темы «${m[1]}»`, en: `Appointments: no topic “${m[1]}”` }),
  ],
  [
    /^hours: seven weekdays expected$/,
    () => ({ ru: 'Часы приёма: нужны все семь дней недели', en: 'Hours: seven weekdays expected' }),
  ],
  [
    /^hours: bad range (.+)$/,
    (m) => ({
      ru: `Часы приёма: начало должно быть раньше конца (${m[1]})`,
      en: `Hours: opening must be before closing (${m[1]})`,
    }),
  ],
  [
    /^overload threshold must be at least 1$/,
    () => ({
      ru: 'Порог вызова помощи — не меньше 1 человека',
      en: 'The call-for-help threshold is at least 1 person',
    }),
  ],
  [
    /^no manager in the staff$/,
    () => ({
      ru: 'В списке сотрудников нет начальника офиса: без него настройки больше никто не сможет изменить',
      en: 'No staff member is a manager: nobody could change the settings again',
    }),
  ],
  [
    /^no manager who can sign in$/,
    () => ({
      ru: 'Ни у одного начальника офиса нет PIN-кода: войти и изменить настройки будет некому. Сначала можно выдать PIN на вкладке «Сотрудники»',
      en: 'No manager has a PIN: nobody could sign in to change the settings. A PIN can be issued on the Staff tab first',
    }),
  ],
  [
    /^norms must be positive$/,
    () => ({ ru: 'Нормативы должны быть больше нуля', en: 'Norms must be positive' }),
  ],
  [
    /^window (.+): open, close it before removing$/,
    (m, c) => ({
      ru: `Окно ${name(c, 'window', m[1]!)} сейчас открыто: удалить его можно после закрытия`,
      en: `Window ${name(c, 'window', m[1]!)} is open: it can be removed once closed`,
    }),
  ],
  [
    /^service (.+): visitors in the queue, disable it instead of removing$/,
    (m, c) => ({
      ru: `По теме ${name(c, 'service', m[1]!)} в очереди есть посетители: её можно отключить, а удалить — когда очередь пройдёт`,
      en: `Topic ${name(c, 'service', m[1]!)} has visitors in the queue: disable it now, remove it once they are served`,
    }),
  ],
];

export const problemText = (problem: string, config: OfficeConfig, locale: Locale): string => {
  for (const [pattern, text] of PATTERNS) {
    const match = pattern.exec(problem.trim());
    if (match) return text(match, config)[locale];
  }
  return problem;
};

const FIELD: Record<string, { ru: string; en: string }> = {
  title: { ru: 'название', en: 'title' },
  letter: { ru: 'буква талона', en: 'ticket letter' },
  label: { ru: 'надпись', en: 'label' },
  fullName: { ru: 'ФИО', en: 'full name' },
  login: { ru: 'логин', en: 'login' },
  roles: { ru: 'роли', en: 'roles' },
  clientTypes: { ru: 'для кого', en: 'client types' },
  name: { ru: 'название офиса', en: 'office name' },
  ledAddress: { ru: 'адрес табло', en: 'LED address' },
  waitNormMin: { ru: 'норматив ожидания', en: 'wait norm' },
  serviceNormMin: { ru: 'норматив приёма', en: 'service norm' },
  earlyWarningMin: { ru: 'предупреждение до норматива', en: 'early warning' },
  visitCapMin: { ru: 'предел всего визита', en: 'whole-visit cap' },
  threshold: { ru: 'порог вызова помощи', en: 'call-for-help threshold' },
  idleAlarmMin: { ru: 'тревога простоя окна', en: 'idle window alarm' },
  appointmentLateMin: { ru: 'опоздание по записи', en: 'appointment lateness' },
  holidays: { ru: 'праздничные дни', en: 'holidays' },
  recallLimit: { ru: 'число повторных вызовов', en: 'recall limit' },
};

/** Why a value was refused: its bounds when it has them (issue 13 §5: the field and why). */
interface SchemaIssue {
  path: PropertyKey[];
  code: string;
  minimum?: unknown;
  maximum?: unknown;
}

const whyText = (issue: SchemaIssue, locale: Locale): string => {
  if (issue.code === 'too_big' && issue.maximum !== undefined) {
    return locale === 'ru' ? `не больше ${issue.maximum}` : `at most ${issue.maximum}`;
  }
  if (issue.code === 'too_small' && issue.minimum !== undefined) {
    return locale === 'ru' ? `не меньше ${issue.minimum}` : `at least ${issue.minimum}`;
  }
  return locale === 'ru' ? 'неверное или пустое значение' : 'missing or invalid';
};

/** A schema issue as «Темы, 15: буква талона — неверное значение», or «норматив ожидания — не больше 600». */
const issueText = (issue: SchemaIssue, config: OfficeConfig, locale: Locale): string => {
  const { path } = issue;
  const [section, index, field] = path;
  const where =
    section === 'services' && typeof index === 'number'
      ? `${locale === 'ru' ? 'Тема' : 'Topic'} «${config.services[index]?.title || index + 1}»`
      : section === 'windows' && typeof index === 'number'
        ? `${locale === 'ru' ? 'Окно' : 'Window'} «${config.windows[index]?.label || index + 1}»`
        : section === 'staff' && typeof index === 'number'
          ? `${locale === 'ru' ? 'Сотрудник' : 'Staff'} «${config.staff[index]?.fullName || index + 1}»`
          : path.join('.');
  const last = [...path].reverse().find((p): p is string => typeof p === 'string');
  const fieldName =
    typeof field === 'string'
      ? (FIELD[field]?.[locale] ?? field)
      : last !== undefined
        ? FIELD[last]?.[locale]
        : undefined;
  const bad = whyText(issue, locale);
  return fieldName && where !== path.join('.')
    ? `${where}: ${fieldName} — ${bad}`
    : `${fieldName ?? where} — ${bad}`;
};

export const draftProblems = (config: OfficeConfig, locale: Locale): string[] => {
  const parsed = officeConfigSchema.safeParse(config);
  if (!parsed.success) {
    return [...new Set(parsed.error.issues.map((i) => issueText(i, config, locale)))];
  }
  return configProblems(config).map((p) => problemText(p, config, locale));
};

/** The server's `invalid_config` details («a; b; c») in the manager's language. */
export const serverProblems = (details: string, config: OfficeConfig, locale: Locale): string[] =>
  details
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => problemText(p, config, locale));
