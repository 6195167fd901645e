import { describe, expect, it } from 'vitest';
import { letterName, RUSSIAN_LETTER_NAMES } from '../src/announce';

const CYRILLIC = [...'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ'];
const LATIN = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

describe('Russian letter names', () => {
  it('names all 33 Cyrillic capitals, each differently, in Cyrillic', () => {
    expect(CYRILLIC).toHaveLength(33);
    expect(Object.keys(RUSSIAN_LETTER_NAMES).sort()).toEqual([...CYRILLIC].sort());
    const names = CYRILLIC.map((letter) => letterName(letter));
    for (const name of names) expect(name).toMatch(/^[А-ЯЁ][а-яё -]*$/);
    expect(new Set(names).size).toBe(33);
  });

  it.each([
    ['А', 'А'],
    ['Б', 'Бэ'],
    ['В', 'Вэ'],
    ['Г', 'Гэ'],
    ['Д', 'Дэ'],
    ['Е', 'Е'],
    ['Ж', 'Жэ'],
    ['З', 'Зэ'],
    ['И', 'И'],
    ['Й', 'И краткое'],
    ['К', 'Ка'],
    ['Л', 'Эль'],
    ['М', 'Эм'],
    ['Н', 'Эн'],
    ['О', 'О'],
    ['П', 'Пэ'],
    ['Р', 'Эр'],
    ['С', 'Эс'],
    ['Т', 'Тэ'],
    ['У', 'У'],
    ['Ф', 'Эф'],
    ['Х', 'Ха'],
    ['Ц', 'Цэ'],
    ['Ч', 'Чэ'],
    ['Ш', 'Ша'],
    ['Щ', 'Ща'],
    ['Ъ', 'Твёрдый знак'],
    ['Ы', 'Ы'],
    ['Ь', 'Мягкий знак'],
    ['Э', 'Э'],
    ['Ю', 'Ю'],
    ['Я', 'Я'],
    ['Ё', 'Ё'],
  ])('%s is read «%s»', (letter, name) => {
    expect(letterName(letter)).toBe(name);
  });

  it('reads a lower-case letter like its capital', () => {
    for (const letter of CYRILLIC) expect(letterName(letter.toLowerCase())).toBe(letterName(letter));
  });

  it('reads a Latin letter drawn like a Cyrillic one as the Cyrillic letter the visitor sees', () => {
    expect(letterName('A')).toBe('А');
    expect(letterName('B')).toBe('Вэ');
    expect(letterName('C')).toBe('Эс');
    expect(letterName('H')).toBe('Эн');
    expect(letterName('P')).toBe('Эр');
    expect(letterName('X')).toBe('Ха');
  });

  it('gives every Latin letter a Russian name in Cyrillic', () => {
    for (const letter of LATIN) expect(letterName(letter), letter).toMatch(/^[А-ЯЁ][а-яё -]*$/);
    expect(letterName('D')).toBe('Дэ');
    expect(letterName('Y')).toBe('Игрек');
    expect(letterName('W')).toBe('Дубль-вэ');
  });

  it('returns an unknown character as it is rather than dropping it', () => {
    expect(letterName('Ω')).toBe('Ω');
  });
});

describe('English letter names', () => {
  it('reads Latin letters as themselves', () => {
    for (const letter of LATIN) expect(letterName(letter, 'en')).toBe(letter);
    expect(letterName('b', 'en')).toBe('B');
  });

  it('gives every Cyrillic letter a distinct name in Latin script an English voice can read', () => {
    const names = CYRILLIC.map((letter) => letterName(letter, 'en'));
    for (const name of names) expect(name).toMatch(/^[A-Za-z ]+$/);
    expect(new Set(names).size).toBe(33);
  });

  it('reads a Cyrillic letter drawn like a Latin one as that Latin letter', () => {
    expect(letterName('А', 'en')).toBe('A');
    expect(letterName('В', 'en')).toBe('B');
    expect(letterName('Н', 'en')).toBe('H');
    expect(letterName('С', 'en')).toBe('C');
    expect(letterName('Б', 'en')).toBe('Beh');
  });
});
