/**
 * What the hall hears and sees when a ticket is called (DESIGN §5, hall display):
 * heard «Талон А сто двадцать три, окно пять», seen «А123 → Окно 5».
 *
 * Wording (REGULATIONS §6, 001 §5.5.1.14): no imperative wording in any text of the board, so the
 * announcement never orders the visitor about («Пройдите», «Подойдите», «Явиться»). It only names the
 * ticket and the window; the number is the address (004 §6.5.1), and the visitor knows what to do with
 * it. A configured template that would break this is not used (see `templateProblems`).
 */

import { type AnnouncementLocale, letterName } from './letter-names';
import { russianCardinal, russianLabelNumber, RUSSIAN_CARDINAL_MAX } from './russian-numerals';

export type { AnnouncementLocale } from './letter-names';

export interface AnnouncedWindow {
  /** As on the sign over the window: 'Окно 5', 'Касса 1', 'Кабинет 3', 'Стол 2', 'Регистратура'. */
  label: string;
  /** The window's number when the label does not carry it ('Окно' + 5). A number in the label wins. */
  number?: number;
}

export interface AnnouncementInput {
  /** 'А123', 'Б007', 'AB12', '042': series letters (Cyrillic or Latin, possibly none) and digits. */
  ticketNumber: string;
  window: AnnouncedWindow;
  /** Placeholders `{ticket}` and `{window}`; defaults to `DEFAULT_TEMPLATES[locale]`. */
  template?: string;
  locale?: AnnouncementLocale;
}

/** Names the ticket and the window, nothing else (see the file comment). */
export const DEFAULT_TEMPLATES: Readonly<Record<AnnouncementLocale, string>> = {
  ru: 'Талон {ticket}, {window}',
  en: 'Ticket {ticket}, {window}',
};

/**
 * Words that order the visitor about. A guard against the phrasings the regulations name and the usual
 * queue-system defaults, not a grammar check.
 */
const IMPERATIVE_WORDS: ReadonlySet<string> = new Set([
  'пройдите',
  'проходите',
  'подойдите',
  'подходите',
  'явиться',
  'явитесь',
  'предъявить',
  'предъявите',
  'обязан',
  'обязана',
  'обязаны',
  'должны',
  'proceed',
  'must',
  'go',
  'come',
  'report',
]);

/** What is wrong with a template, as data, so that a settings screen can say it in its own language. */
export type TemplateIssue =
  | { kind: 'missingTicket' }
  | { kind: 'missingWindow' }
  | { kind: 'imperative'; word: string };

export function templateIssues(template: string): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  if (!template.includes('{ticket}')) issues.push({ kind: 'missingTicket' });
  if (!template.includes('{window}')) issues.push({ kind: 'missingWindow' });
  for (const word of template.toLocaleLowerCase('ru-RU').match(/\p{L}+/gu) ?? []) {
    if (IMPERATIVE_WORDS.has(word)) issues.push({ kind: 'imperative', word });
  }
  return issues;
}

/**
 * Why a template may not be used, empty when it is fine. For diagnostics, and used here to fall back to
 * the default: a call must always name its ticket and window.
 */
export function templateProblems(template: string): string[] {
  return templateIssues(template).map((issue) =>
    issue.kind === 'missingTicket'
      ? 'the template does not contain {ticket}'
      : issue.kind === 'missingWindow'
        ? 'the template does not contain {window}'
        : `imperative wording «${issue.word}» (REGULATIONS §6)`,
  );
}

interface ParsedTicket {
  letters: string[];
  /** Digits as printed, leading zeros included; '' when the ticket has no digits. */
  digits: string;
}

function parseTicket(ticketNumber: string): ParsedTicket | undefined {
  // A separator some offices print ('А-123', 'А 123') is not part of what is said.
  const match = /^(\p{L}*)(\d*)$/u.exec(ticketNumber.trim().replace(/[\s-]+/g, ''));
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  return { letters: [...(match[1] ?? '')], digits: match[2] ?? '' };
}

/**
 * Digits of a ticket or window in words. Leading zeros are dropped: the ticket prints «Б007» for
 * alignment, but people say «Бэ семь». A number beyond 999 (not issued by a daily counter, but a
 * digits-only series could be configured that way) is read digit by digit, which stays unambiguous.
 */
function spokenDigits(digits: string, locale: AnnouncementLocale): string {
  const value = Number.parseInt(digits, 10);
  if (locale === 'en') return String(value);
  if (value <= RUSSIAN_CARDINAL_MAX) return russianLabelNumber(value);
  return [...String(value)].map((digit) => russianCardinal(Number(digit))).join(' ');
}

/** «А сто двадцать три» for 'А123' in Russian, «A 123» in English. */
export function spokenTicket(ticketNumber: string, locale: AnnouncementLocale = 'ru'): string {
  const parsed = parseTicket(ticketNumber);
  // Something unexpected is still said as it is: the call is on the screen regardless.
  if (!parsed) return ticketNumber.trim();
  const words = parsed.letters.map((letter) => letterName(letter, locale));
  if (parsed.digits !== '') words.push(spokenDigits(parsed.digits, locale));
  return words.join(' ');
}

interface WindowParts {
  kind: string;
  number: number | undefined;
}

function windowParts(window: AnnouncedWindow): WindowParts {
  const label = window.label.trim();
  const match = /^(.*?)[\s№#]*(\d+)$/u.exec(label);
  if (match) return { kind: (match[1] ?? '').trim(), number: Number.parseInt(match[2] ?? '', 10) };
  const number =
    window.number !== undefined && Number.isInteger(window.number) && window.number >= 0
      ? window.number
      : undefined;
  return { kind: label, number };
}

/**
 * Inside a sentence the kind word is lower case («…, окно пять»). Only a capitalised word is lowered,
 * so an abbreviation such as «VIP» or «ЦОК» keeps its capitals.
 */
function lowerFirstWord(text: string): string {
  return text.replace(/^(\p{Lu})(\p{Ll}*)(?=$|[\s-])/u, (_, first: string, rest: string) => {
    return first.toLocaleLowerCase('ru-RU') + rest;
  });
}

const ENGLISH_WINDOW_KINDS: Readonly<Record<string, string>> = {
  окно: 'window',
  касса: 'cash desk',
  кабинет: 'room',
  стол: 'desk',
};

/** «окно пять», «касса один», «кабинет три», «стол два»; a label without a number as it is. */
export function spokenWindow(window: AnnouncedWindow, locale: AnnouncementLocale = 'ru'): string {
  const { kind, number } = windowParts(window);
  const englishKind = ENGLISH_WINDOW_KINDS[kind.toLocaleLowerCase('ru-RU')];
  if (number === undefined) return locale === 'en' && englishKind ? englishKind : kind;
  const kindWords = locale === 'en' && englishKind ? englishKind : lowerFirstWord(kind);
  return [kindWords, spokenDigits(String(number), locale)].filter((part) => part !== '').join(' ');
}

/** The sentence to speak for one call. */
export function announcementText(input: AnnouncementInput): string {
  const locale = input.locale ?? 'ru';
  const template =
    input.template !== undefined && templateProblems(input.template).length === 0
      ? input.template
      : DEFAULT_TEMPLATES[locale];
  const ticket = spokenTicket(input.ticketNumber, locale);
  const window = spokenWindow(input.window, locale);
  const text = template.replace(/\{(ticket|window)\}/g, (_, key: string) =>
    key === 'ticket' ? ticket : window,
  );
  // A template that opens with {window} would otherwise start a sentence with «окно».
  return text.charAt(0).toLocaleUpperCase('ru-RU') + text.slice(1);
}

/** The line on the screen: «А123 → Окно 5». The ticket as printed, leading zeros and all. */
export function displayText(input: Pick<AnnouncementInput, 'ticketNumber' | 'window'>): string {
  const label = input.window.label.trim();
  const { number } = windowParts(input.window);
  const windowLabel = number === undefined || /\d$/.test(label) ? label : `${label} ${number}`.trim();
  return `${input.ticketNumber.trim()} → ${windowLabel}`;
}
