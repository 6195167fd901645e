import { describe, expect, it } from 'vitest';
import { templateIssues } from '../src/announce';
import { BOARD_TEXTS } from '../src/texts';

const strings = (value: unknown, path = ''): [string, string][] =>
  typeof value === 'string'
    ? [[path, value]]
    : Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
        strings(inner, path ? `${path}.${key}` : key),
      );

describe('the board’s texts', () => {
  it('never order a visitor about on the hall display (REGULATIONS §6)', () => {
    for (const locale of ['ru', 'en'] as const) {
      const hall = (BOARD_TEXTS[locale] as { board: { hall: unknown } }).board.hall;
      for (const [path, text] of strings(hall)) {
        const imperative = templateIssues(text).filter((issue) => issue.kind === 'imperative');
        expect(imperative, `${locale} ${path}: ${text}`).toEqual([]);
        expect(text, path).not.toMatch(/мужчина|женщина/i);
      }
    }
  });

  it('exist in Russian and English with the same keys', () => {
    const keys = (locale: 'ru' | 'en') => strings(BOARD_TEXTS[locale]).map(([path]) => path);
    expect(keys('en')).toEqual(keys('ru'));
  });
});
