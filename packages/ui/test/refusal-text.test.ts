import { HttpFailure } from '@queue/client';
import { VALIDATION_EXPECTED } from '@queue/protocol';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMON } from '../src/i18n.js';
import { refusalText } from '../src/refusal-text.js';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ resources: COMMON, lng: 'ru', interpolation: { escapeValue: false } });
});
const inLocale = async (locale: 'ru' | 'en') => {
  await i18n.changeLanguage(locale);
  return i18n;
};

const refused = (issues: unknown[]) =>
  new HttpFailure(
    'invalid_payload',
    { ru: 'Неверные данные запроса (поля: x).', en: 'Invalid request.' },
    400,
    {
      issues: issues as never,
    },
  );

describe('a refused request in the screen’s words', () => {
  it.each(VALIDATION_EXPECTED)('«%s» has a Russian and an English text', (expected) => {
    for (const lng of ['ru', 'en']) {
      const key = ['min_length', 'max_length', 'min_items', 'max_items', 'max_days'].includes(expected)
        ? `validation.expected.${expected}_other`
        : `validation.expected.${expected}`;
      expect(i18n.exists(key, { lng, ns: 'common' })).toBe(true);
    }
  });

  it('names the field and what it expects, with Russian plurals', async () => {
    const ru = await inLocale('ru');
    expect(refusalText(refused([{ field: 'pin', expected: 'min_length', limit: 4 }]), ru)).toBe(
      'Поле «PIN-код»: нужен текст не короче 4 знаков',
    );
    expect(refusalText(refused([{ field: 'reason', expected: 'min_length', limit: 1 }]), ru)).toBe(
      'Поле «причина»: нужен текст не короче 1 знака',
    );
    expect(
      refusalText(refused([{ field: 'profile.waitNormMin', expected: 'at_most', limit: 600 }]), ru),
    ).toBe('Поле «profile.waitNormMin»: нужно число не больше 600');
    expect(refusalText(refused([{ field: '', expected: 'json' }]), ru)).toBe(
      'Запрос: нужны данные в формате JSON',
    );
    const en = await inLocale('en');
    expect(refusalText(refused([{ field: 'pin', expected: 'min_length', limit: 4 }]), en)).toBe(
      'Field “PIN”: text of at least 4 characters expected',
    );
  });

  it('shows two fields and counts the rest', async () => {
    const ru = await inLocale('ru');
    const issues = ['a', 'b', 'c'].map((field) => ({ field, expected: 'text' }));
    expect(refusalText(refused(issues), ru)).toBe('Поле «a»: нужен текст; Поле «b»: нужен текст (и ещё 1)');
  });

  it('keeps the server’s words for any other refusal, and for issues it cannot read', async () => {
    const ru = await inLocale('ru');
    expect(refusalText(new HttpFailure('unknown_ticket', { ru: 'Талон не найден.', en: 'x' }), ru)).toBe(
      'Талон не найден.',
    );
    expect(refusalText(refused(['pin: Too small']), ru)).toBe('Неверные данные запроса (поля: x).');
    expect(refusalText(new HttpFailure('unreachable', null), ru)).toBeNull();
  });
});
