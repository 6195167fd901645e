import { createServer } from 'node:net';
import { type AdminSignIn, COMMON, adminRefusalText, signInAdministrator } from '@queue/ui';
import i18next, { type Resource } from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestOfficeServer } from '@queue/e2e/test-office';
import { KIOSK_TEXTS } from '../src/kiosk-texts.js';

let office: TestOfficeServer;
beforeAll(async () => {
  office = await TestOfficeServer.start();
});
afterAll(() => office.stop());

const texts = async (language: 'ru' | 'en') => {
  const resources: Resource = {};
  for (const lng of ['ru', 'en']) resources[lng] = { ...COMMON[lng], ...KIOSK_TEXTS[lng] };
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: language, defaultNS: 'kiosk' });
  return (result: AdminSignIn) => {
    if (result.ok) throw new Error('expected a refusal');
    return adminRefusalText(result.problem, instance.t, language, 'kiosk:admin');
  };
};

/** A port nothing listens on: taken from the system, then let go. */
const closedPort = async () => {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
};

describe('the kiosk’s administrator sign-in, against the real server', () => {
  it('lets the administrator in by name, and refuses an operator politely', async () => {
    await expect(signInAdministrator(office.url, ' admin ', '1111')).resolves.toEqual({
      ok: true,
      name: expect.any(String),
    });
    const ru = await texts('ru');
    expect(ru(await signInAdministrator(office.url, 'op1', '1234'))).toBe(
      'Настройки доступны только администратору.',
    );
  });

  it('says a wrong PIN, then the server’s refusal after five of them, in Russian and English', async () => {
    const [ru, en] = [await texts('ru'), await texts('en')];
    // A login of its own, so the server's count does not reach the administrator's other tests.
    for (let i = 0; i < 5; i++) {
      const result = await signInAdministrator(office.url, 'manager', '0000');
      expect(ru(result)).toBe('Логин или PIN не подошли.');
    }
    const refused = await signInAdministrator(office.url, 'manager', '0000');
    expect(ru(refused)).toBe('Слишком много неудачных попыток. Повторить можно через минуту.');
    expect(en(refused)).toBe('Too many failed attempts. Please try again in a minute.');
  });

  it('says there is no connection when the server cannot be reached', async () => {
    const result = await signInAdministrator(`http://127.0.0.1:${await closedPort()}`, 'admin', '1111');
    expect(result).toEqual({ ok: false, problem: { kind: 'unreachable' } });
    expect((await texts('ru'))(result)).toBe('Сервер не отвечает, поэтому PIN сейчас не проверить.');
    expect((await texts('en'))(result)).toBe('The server does not answer, so the PIN cannot be checked now.');
  });

  it('falls back to the common sign-in words and to the server’s own text', async () => {
    const ru = await texts('ru');
    const tooLong = await signInAdministrator(office.url, 'x'.repeat(65), '1111');
    expect(ru(tooLong)).toBe('Для входа нужны логин и PIN-код не короче четырёх знаков.');
    const en = await texts('en');
    expect(
      en({
        ok: false,
        problem: { kind: 'server', text: { ru: 'Внутренняя ошибка.', en: 'Internal error.' } },
      }),
    ).toBe('Internal error.');
  });
});
