import { COMMON, localeKeyMismatches } from '@queue/ui';
import { ERROR_TEXT } from '@queue/protocol';
import type { Resource } from 'i18next';
import { describe, expect, it } from 'vitest';
import { BOARD_TEXTS } from '../apps/board/src/texts.js';
import { CENTRAL_TEXTS } from '../apps/central/src/web/texts.js';
import { KIOSK_TEXTS } from '../apps/kiosk/src/kiosk-texts.js';
import { OPERATOR_TEXTS } from '../apps/operator/src/operator-texts.js';
import { STAFFING_TEXTS } from '../apps/reports/src/staffing/staffing-texts.js';
import { REPORTS_TEXTS } from '../apps/reports/src/texts.js';
import { VISIT_TEXTS } from '../apps/visit/src/visit-texts.js';

/**
 * What visitors and staff read carries no paragraph numbers of the standards («(004 §6.7)», «(002
 * п.55)»): they belong in the docs, and at most in a tooltip for the manager (issue 19). Every text of
 * every screen, Russian and English, and every refusal the server words.
 */

const PARAGRAPH = /\b\d{3}\s*(§|п\.\s*\d|Таблица|Table)|§\s*\d|REGULATIONS/;
/** The two tooltips where the manager may look the standard up. */
const MANAGER_TOOLTIPS = new Set(['reports.compliance.sources', 'settings.norms.source']);

const strings = (resource: Resource): [string, string][] => {
  const found: [string, string][] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') found.push([path, value]);
    else if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, `${path}.${i}`);
    } else if (value && typeof value === 'object')
      for (const [key, v] of Object.entries(value)) walk(v, path ? `${path}.${key}` : key);
  };
  for (const language of Object.values(resource)) walk(language, '');
  return found;
};

describe('the screens’ wording', () => {
  it.each([
    ['common', COMMON],
    ['kiosk', KIOSK_TEXTS],
    ['operator', OPERATOR_TEXTS],
    ['board', BOARD_TEXTS],
    ['reports', REPORTS_TEXTS],
    ['staffing plan', STAFFING_TEXTS],
    ['head office', CENTRAL_TEXTS],
  ] as const)('of the %s names no paragraph of a standard', (_, resource) => {
    const texts = strings(resource);
    expect(texts.length).toBeGreaterThan(20);
    const offending = texts.filter(([path, text]) => PARAGRAPH.test(text) && !MANAGER_TOOLTIPS.has(path));
    expect(offending).toEqual([]);
  });

  it('of the server’s refusals names no paragraph of a standard either', () => {
    const details = { ticket: 'П001', waiting: 3, remainingSec: 30, afterSec: 60, nextOpening: 0, slotAt: 0 };
    for (const [code, text] of Object.entries(ERROR_TEXT)) {
      for (const language of ['ru', 'en'] as const) {
        expect(
          text[language](details, () => '08:00'),
          code,
        ).not.toMatch(PARAGRAPH);
      }
    }
  });
});

/**
 * Report tables' titles and column headings in English only: the Russian ones still come from the
 * server with the figures (packages/reports, the same words as in the exported files) — until the
 * tables carry codes, the only keys a locale may lack.
 */
const SERVER_WORDED = /^(reports|central|staffing)\.(tables|columns)\./;

describe('every screen’s Russian and English texts', () => {
  it.each([
    ['common', COMMON],
    ['kiosk', KIOSK_TEXTS],
    ['operator', OPERATOR_TEXTS],
    ['board', BOARD_TEXTS],
    ['reports', REPORTS_TEXTS],
    ['staffing plan', STAFFING_TEXTS],
    ['head office', CENTRAL_TEXTS],
    ['phone page', VISIT_TEXTS],
  ] as const)('of the %s hold the same keys', (_, resource) => {
    const mismatches = localeKeyMismatches(resource);
    expect(mismatches['only ru']).toEqual([]);
    expect(mismatches['only en']?.filter((key) => !SERVER_WORDED.test(key))).toEqual([]);
  });

  it('are compared by key, plural forms aside', () => {
    const resource = {
      ru: { a: { n_one: '1', n_few: '2', n_many: '5', x: 'x' } },
      en: { a: { n_one: '1', n_other: 'n' }, y: 'y' },
    };
    expect(localeKeyMismatches(resource)).toEqual({ 'only ru': ['a.x'], 'only en': ['y'] });
  });
});
