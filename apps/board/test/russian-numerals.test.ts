import { describe, expect, it } from 'vitest';
import { russianCardinal, russianLabelNumber } from '../src/announce';

const ALL = Array.from({ length: 999 }, (_, index) => index + 1);

// Every word the numbers 1–999 may use, with its value: an independent reading of the output.
const WORD_VALUES: Record<string, number> = {
  один: 1,
  одна: 1,
  одно: 1,
  два: 2,
  две: 2,
  три: 3,
  четыре: 4,
  пять: 5,
  шесть: 6,
  семь: 7,
  восемь: 8,
  девять: 9,
  десять: 10,
  одиннадцать: 11,
  двенадцать: 12,
  тринадцать: 13,
  четырнадцать: 14,
  пятнадцать: 15,
  шестнадцать: 16,
  семнадцать: 17,
  восемнадцать: 18,
  девятнадцать: 19,
  двадцать: 20,
  тридцать: 30,
  сорок: 40,
  пятьдесят: 50,
  шестьдесят: 60,
  семьдесят: 70,
  восемьдесят: 80,
  девяносто: 90,
  сто: 100,
  двести: 200,
  триста: 300,
  четыреста: 400,
  пятьсот: 500,
  шестьсот: 600,
  семьсот: 700,
  восемьсот: 800,
  девятьсот: 900,
};

function readBack(words: string): number[] {
  return words.split(' ').map((word) => {
    const value = WORD_VALUES[word];
    if (value === undefined) throw new Error(`unknown word «${word}» in «${words}»`);
    return value;
  });
}

describe('russianCardinal over every number 1–999', () => {
  it('uses only known number words, single-spaced, whose values add up to the number', () => {
    for (const n of ALL) {
      const words = russianCardinal(n);
      expect(words, String(n)).toMatch(/^[а-яё]+( [а-яё]+)*$/);
      expect(
        readBack(words).reduce((sum, value) => sum + value, 0),
        words,
      ).toBe(n);
    }
  });

  it('says hundreds, then tens, then units, each at most once (no «десять один» for 11)', () => {
    const magnitude = (value: number): number => (value >= 100 ? 3 : value >= 10 ? 2 : 1);
    for (const n of ALL) {
      const magnitudes = readBack(russianCardinal(n)).map(magnitude);
      const strictlyFalling = magnitudes.every((m, index) => index === 0 || m < (magnitudes[index - 1] ?? 0));
      expect(strictlyFalling, `${n}: ${russianCardinal(n)}`).toBe(true);
    }
  });

  it('gives every number its own words', () => {
    expect(new Set(ALL.map((n) => russianCardinal(n))).size).toBe(999);
  });

  it('builds a number over 100 from its hundreds and its remainder', () => {
    for (const n of ALL.filter((value) => value > 100 && value % 100 !== 0)) {
      const hundreds = n - (n % 100);
      expect(russianCardinal(n)).toBe(`${russianCardinal(hundreds)} ${russianCardinal(n % 100)}`);
    }
  });

  it('changes only one→одна and два→две in the feminine, only where the last word is one or two', () => {
    for (const n of ALL) {
      const masculine = russianCardinal(n);
      const feminine = russianCardinal(n, { gender: 'feminine' });
      const lastTwo = n % 100;
      if (n % 10 === 1 && lastTwo !== 11) expect(feminine).toBe(masculine.replace(/один$/, 'одна'));
      else if (n % 10 === 2 && lastTwo !== 12) expect(feminine).toBe(masculine.replace(/два$/, 'две'));
      else expect(feminine).toBe(masculine);
      expect(feminine).not.toMatch(/\b(один|два)$/);
    }
  });

  it('uses «одно» in the neuter and keeps «два»', () => {
    expect(russianCardinal(1, { gender: 'neuter' })).toBe('одно');
    expect(russianCardinal(21, { gender: 'neuter' })).toBe('двадцать одно');
    expect(russianCardinal(2, { gender: 'neuter' })).toBe('два');
  });
});

describe('russianCardinal, hand-checked values', () => {
  it.each([
    [1, 'один'],
    [2, 'два'],
    [3, 'три'],
    [4, 'четыре'],
    [5, 'пять'],
    [7, 'семь'],
    [9, 'девять'],
    [10, 'десять'],
    [11, 'одиннадцать'],
    [12, 'двенадцать'],
    [14, 'четырнадцать'],
    [15, 'пятнадцать'],
    [19, 'девятнадцать'],
    [20, 'двадцать'],
    [21, 'двадцать один'],
    [22, 'двадцать два'],
    [30, 'тридцать'],
    [40, 'сорок'],
    [44, 'сорок четыре'],
    [50, 'пятьдесят'],
    [68, 'шестьдесят восемь'],
    [77, 'семьдесят семь'],
    [80, 'восемьдесят'],
    [90, 'девяносто'],
    [99, 'девяносто девять'],
    [100, 'сто'],
    [101, 'сто один'],
    [110, 'сто десять'],
    [111, 'сто одиннадцать'],
    [123, 'сто двадцать три'],
    [140, 'сто сорок'],
    [200, 'двести'],
    [215, 'двести пятнадцать'],
    [300, 'триста'],
    [342, 'триста сорок два'],
    [400, 'четыреста'],
    [500, 'пятьсот'],
    [600, 'шестьсот'],
    [700, 'семьсот'],
    [800, 'восемьсот'],
    [900, 'девятьсот'],
    [919, 'девятьсот девятнадцать'],
    [990, 'девятьсот девяносто'],
    [999, 'девятьсот девяносто девять'],
  ])('%i → «%s»', (n, words) => {
    expect(russianCardinal(n)).toBe(words);
  });

  it('has feminine forms «одна», «две», «сто двадцать одна», «двести сорок две»', () => {
    expect(russianCardinal(1, { gender: 'feminine' })).toBe('одна');
    expect(russianCardinal(2, { gender: 'feminine' })).toBe('две');
    expect(russianCardinal(121, { gender: 'feminine' })).toBe('сто двадцать одна');
    expect(russianCardinal(242, { gender: 'feminine' })).toBe('двести сорок две');
    expect(russianCardinal(11, { gender: 'feminine' })).toBe('одиннадцать');
  });

  it('says «ноль» for 0, for a ticket such as «А000»', () => {
    expect(russianCardinal(0)).toBe('ноль');
  });

  it.each([1000, -1, 1.5, Number.NaN])('refuses %s', (n) => {
    expect(() => russianCardinal(n)).toThrow(RangeError);
  });
});

describe('russianLabelNumber (a number naming a window or ticket)', () => {
  it('keeps the counting form whatever follows: «один», «два», never «одна», «две», «первое»', () => {
    expect(russianLabelNumber(1)).toBe('один');
    expect(russianLabelNumber(2)).toBe('два');
    expect(russianLabelNumber(21)).toBe('двадцать один');
    expect(russianLabelNumber(12)).toBe('двенадцать');
  });
});
