/**
 * Russian cardinal numbers in words, for the hall's voice announcements (DESIGN §5: «Талон А пятнадцать,
 * окно три»). Speech engines read digit strings inconsistently (some say «один два три» for 123, some
 * read leading zeros aloud), so the board hands them words it has built itself.
 */

export type RussianGender = 'masculine' | 'feminine' | 'neuter';

export interface RussianCardinalOptions {
  /** Only «один/одна/одно» and «два/две» change with gender; every other word is the same. */
  gender?: RussianGender;
}

const UNITS = ['', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'] as const;
const TEENS = [
  'десять',
  'одиннадцать',
  'двенадцать',
  'тринадцать',
  'четырнадцать',
  'пятнадцать',
  'шестнадцать',
  'семнадцать',
  'восемнадцать',
  'девятнадцать',
] as const;
const TENS = [
  '',
  '',
  'двадцать',
  'тридцать',
  'сорок',
  'пятьдесят',
  'шестьдесят',
  'семьдесят',
  'восемьдесят',
  'девяносто',
] as const;
const HUNDREDS = [
  '',
  'сто',
  'двести',
  'триста',
  'четыреста',
  'пятьсот',
  'шестьсот',
  'семьсот',
  'восемьсот',
  'девятьсот',
] as const;

export const RUSSIAN_CARDINAL_MAX = 999;

function unitWord(digit: number, gender: RussianGender): string {
  if (digit === 1) return gender === 'feminine' ? 'одна' : gender === 'neuter' ? 'одно' : 'один';
  if (digit === 2) return gender === 'feminine' ? 'две' : 'два';
  return UNITS[digit] ?? '';
}

/**
 * 0–999 in words: 123 → «сто двадцать три», 215 → «двести пятнадцать», 40 → «сорок».
 * 0 is «ноль» so that a ticket «А000» still has something to say. Throws RangeError outside 0–999 or
 * for a non-integer: a caller with a larger number must decide how to read it.
 */
export function russianCardinal(value: number, options: RussianCardinalOptions = {}): string {
  if (!Number.isInteger(value) || value < 0 || value > RUSSIAN_CARDINAL_MAX) {
    throw new RangeError(`russianCardinal supports integers 0–${RUSSIAN_CARDINAL_MAX}, got ${value}`);
  }
  if (value === 0) return 'ноль';
  const gender = options.gender ?? 'masculine';
  const hundreds = Math.floor(value / 100);
  const tens = Math.floor((value % 100) / 10);
  const units = value % 10;
  const words: string[] = [];
  if (hundreds > 0) words.push(HUNDREDS[hundreds] ?? '');
  if (tens === 1) {
    // 10–19 are single words («одиннадцать»), never «десять один».
    words.push(TEENS[units] ?? '');
  } else {
    if (tens > 1) words.push(TENS[tens] ?? '');
    if (units > 0) words.push(unitWord(units, gender));
  }
  return words.join(' ');
}

/**
 * A number used as a name after a noun: «окно пять», «касса один», «талон А два». Ordinal-free on
 * purpose («окно пять», not «пятое окно»): the sign over the window says «Окно 5», and the visitor
 * matches what they hear with what they read.
 *
 * Always the masculine counting form, whatever the noun's gender. After the noun the numeral is a label,
 * not a quantity: «касса одна» means "a single cash desk" (or "the desk is alone"), while «касса один»
 * is how people name cash desk No. 1 aloud; likewise «касса два», not «касса две». «Касса номер один» is
 * also correct but longer, and the announcement repeats in a noisy hall, so the short form is used for
 * every window kind alike.
 */
export function russianLabelNumber(value: number): string {
  return russianCardinal(value, { gender: 'masculine' });
}
