import { HttpFailure } from '@queue/client';
import { describe, expect, it } from 'vitest';
import { COMMON } from '../src/i18n.js';
import { serverAnswered, signInProblem } from '../src/sign-in-problem.js';

const serverText = { ru: 'Внутренняя ошибка сервера.', en: 'Internal server error.' };

describe('signInProblem', () => {
  it('says a wrong login or PIN in the screen’s own words', () => {
    const problem = signInProblem(new HttpFailure('unauthenticated', { ru: 'x', en: 'y' }));
    expect(problem).toEqual({ kind: 'wrong' });
    expect(serverAnswered(problem)).toBe(true);
  });

  it('tells a refused payload and too many attempts apart', () => {
    expect(signInProblem(new HttpFailure('invalid_payload', null))).toEqual({ kind: 'invalid' });
    expect(signInProblem(new HttpFailure('rate_limited', null))).toEqual({ kind: 'rateLimited' });
  });

  it('keeps the PIN when the server was not reached', () => {
    const problem = signInProblem(new HttpFailure('unreachable', null));
    expect(problem).toEqual({ kind: 'unreachable' });
    expect(serverAnswered(problem)).toBe(false);
  });

  it('passes on the server’s own text for any other refusal', () => {
    expect(signInProblem(new HttpFailure('internal', serverText))).toEqual({
      kind: 'server',
      text: serverText,
    });
  });

  it('falls back to a plain «not signed in» without a text or for a foreign error', () => {
    expect(signInProblem(new HttpFailure('internal', null))).toEqual({ kind: 'failed' });
    expect(signInProblem(new TypeError('boom'))).toEqual({ kind: 'failed' });
    expect(serverAnswered({ kind: 'failed' })).toBe(false);
  });
});

describe('the common texts', () => {
  const paths = (value: unknown, path = ''): string[] =>
    typeof value === 'string'
      ? [path]
      : Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
          paths(inner, path ? `${path}.${key}` : key),
        );

  it('have a sign-in text in both languages for every problem the form can name', () => {
    for (const locale of ['ru', 'en'] as const) {
      const keys = paths(COMMON[locale]);
      for (const kind of ['wrong', 'invalid', 'rateLimited', 'unreachable', 'failed'])
        expect(keys, `${locale} ${kind}`).toContain(`common.signIn.problem.${kind}`);
      for (const field of ['login', 'pin', 'submit', 'busy'])
        expect(keys, `${locale} ${field}`).toContain(`common.signIn.${field}`);
    }
  });
});
