/**
 * How the series letter of a ticket («А» in «А123») is read aloud. A speech engine given a lone «Б»
 * may say nothing, say "б" as a consonant sound, or spell it in a foreign voice, so the board spells
 * the letter's name out as a word the engine reads reliably («Бэ»).
 *
 * Principle for both locales: the visitor compares what they hear with what they see on the screen and
 * on their ticket, so a letter is read as it *looks*.
 */

/** Names of all 33 Cyrillic capitals as spoken in Russian. */
export const RUSSIAN_LETTER_NAMES: Readonly<Record<string, string>> = {
  А: 'А',
  Б: 'Бэ',
  В: 'Вэ',
  Г: 'Гэ',
  Д: 'Дэ',
  Е: 'Е',
  Ё: 'Ё',
  Ж: 'Жэ',
  З: 'Зэ',
  И: 'И',
  Й: 'И краткое',
  К: 'Ка',
  Л: 'Эль',
  М: 'Эм',
  Н: 'Эн',
  О: 'О',
  П: 'Пэ',
  Р: 'Эр',
  С: 'Эс',
  Т: 'Тэ',
  У: 'У',
  Ф: 'Эф',
  Х: 'Ха',
  Ц: 'Цэ',
  Ч: 'Чэ',
  Ш: 'Ша',
  Щ: 'Ща',
  Ъ: 'Твёрдый знак',
  Ы: 'Ы',
  Ь: 'Мягкий знак',
  Э: 'Э',
  Ю: 'Ю',
  Я: 'Я',
};

/**
 * Latin capitals that are drawn exactly like a Cyrillic capital. A series typed on the wrong keyboard
 * layout, or pasted from elsewhere, shows «С» on the board while holding a Latin C; a Russian visitor
 * reads «Эс», so that is what must be heard, not the Latin «Цэ».
 */
const LATIN_LOOKING_CYRILLIC: Readonly<Record<string, string>> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
};

/**
 * The remaining Latin capitals, read the way Russian speakers name Latin letters in formulas and codes
 * («Дэ», «Эф», «Игрек»). An office that deliberately uses Latin series should avoid pairing B with V,
 * C with S, H with N or P with R: on a Russian board each pair is read alike.
 */
const RUSSIAN_NAMES_OF_OTHER_LATIN: Readonly<Record<string, string>> = {
  D: 'Дэ',
  F: 'Эф',
  G: 'Гэ',
  I: 'И',
  J: 'Йот',
  L: 'Эль',
  N: 'Эн',
  Q: 'Ку',
  R: 'Эр',
  S: 'Эс',
  U: 'У',
  V: 'Вэ',
  W: 'Дубль-вэ',
  Y: 'Игрек',
  Z: 'Зэт',
};

/**
 * Cyrillic capitals in an English announcement. Those drawn like a Latin capital are read as that Latin
 * letter (an English speaker reads «В» as B and «Н» as H); the others by a romanised form of their
 * Russian name, chosen so that no two Cyrillic letters sound alike («Be» for Б would be heard as the
 * letter B, which В already is, hence «Beh»).
 */
const ENGLISH_NAMES_OF_CYRILLIC: Readonly<Record<string, string>> = {
  А: 'A',
  Б: 'Beh',
  В: 'B',
  Г: 'Geh',
  Д: 'Deh',
  Е: 'E',
  Ё: 'Yo',
  Ж: 'Zheh',
  З: 'Zeh',
  И: 'Ee',
  Й: 'Short Ee',
  К: 'K',
  Л: 'El',
  М: 'M',
  Н: 'H',
  О: 'O',
  П: 'Peh',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Oo',
  Ф: 'Ef',
  Х: 'X',
  Ц: 'Tseh',
  Ч: 'Cheh',
  Ш: 'Shah',
  Щ: 'Shchah',
  Ъ: 'Hard sign',
  Ы: 'Yery',
  Ь: 'Soft sign',
  Э: 'Eh',
  Ю: 'Yoo',
  Я: 'Yah',
};

export type AnnouncementLocale = 'ru' | 'en';

/**
 * The spoken name of one letter of a ticket series. Case-insensitive. A character the tables do not
 * know is returned as it is, so an unusual series is still said somehow rather than dropped.
 */
export function letterName(letter: string, locale: AnnouncementLocale = 'ru'): string {
  const upper = letter.toLocaleUpperCase('ru-RU');
  if (locale === 'en') {
    if (/^[A-Z]$/.test(upper)) return upper;
    return ENGLISH_NAMES_OF_CYRILLIC[upper] ?? letter;
  }
  const cyrillic = LATIN_LOOKING_CYRILLIC[upper] ?? upper;
  return RUSSIAN_LETTER_NAMES[cyrillic] ?? RUSSIAN_NAMES_OF_OTHER_LATIN[upper] ?? letter;
}
