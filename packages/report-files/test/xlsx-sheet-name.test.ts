import { describe, expect, it } from 'vitest';
import { sheetName } from '../src/xlsx-export.js';

describe('an XLSX sheet’s name', () => {
  it('is kept whole when it fits, and numbered when it repeats', () => {
    const used = new Set<string>();
    expect(sheetName('Показатели по темам', used)).toBe('Показатели по темам');
    expect(sheetName('Показатели по темам', used)).toBe('Показатели по темам 2');
  });

  it('never ends in the middle of a word, and drops what Excel refuses', () => {
    const used = new Set<string>();
    const name = sheetName('Вызовы дополнительных сотрудников (более 5 человек на окно)', used);
    expect(name).toBe('Вызовы дополнительных');
    expect(name.length).toBeLessThanOrEqual(31);
    expect(sheetName('Итоги: окна/кассы', used)).toBe('Итоги окна кассы');
  });
});
