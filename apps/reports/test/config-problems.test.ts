import { CONFIG_PROBLEM_CODES, configProblems, demoOffice } from '@queue/engine';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { draftProblems, problemText, serverProblems } from '../src/settings/config-problems';
import { REPORTS_TEXTS } from '../src/texts';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ resources: REPORTS_TEXTS, lng: 'ru', interpolation: { escapeValue: false } });
});
const t = (locale: 'ru' | 'en') => i18n.getFixedT(locale, 'settings');

describe('a configuration problem, worded by the settings page', () => {
  it.each(CONFIG_PROBLEM_CODES)('%s has a Russian and an English text', (code) => {
    for (const locale of ['ru', 'en'] as const) {
      expect(i18n.exists(`problem.${code}`, { lng: locale, ns: 'settings' })).toBe(true);
    }
  });

  it('names the window by its label and the missing topic by its id, in either language', () => {
    const config = demoOffice();
    config.windows[0]!.services.push({ serviceId: 'nope', weight: 1 });
    const [problem] = configProblems(config);
    expect(problem).toEqual({ code: 'window_unknown_service', windowId: 'w1', missing: 'nope' });
    const label = config.windows[0]!.label;
    expect(problemText(problem!, config, t('ru'))).toBe(`Окно «${label}»: нет темы «nope»`);
    expect(problemText(problem!, config, t('en'))).toBe(`Window «${label}»: no topic “nope”`);
  });

  it('words the server’s problems as sent, and says so when they cannot be read', () => {
    const config = demoOffice();
    expect(serverProblems([{ code: 'no_manager_can_sign_in' }], config, t('ru'))).toEqual([
      expect.stringContaining('Ни у одного начальника офиса нет PIN-кода'),
    ]);
    expect(serverProblems('service x: unknown group y', config, t('ru'))).toEqual([
      'Сервер не принял настройки, но причину прочитать не удалось.',
    ]);
  });

  it('names the field of a value the schema refuses, and its bound', () => {
    const config = demoOffice();
    config.profile.waitNormMin = 100_000;
    const [text] = draftProblems(config, t('ru'));
    expect(text).toMatch(/^норматив ожидания — не больше \d+$/);
  });
});
