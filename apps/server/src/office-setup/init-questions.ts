import { stdin, stdout } from 'node:process';
import { createInterface } from 'node:readline/promises';
import { PRESET_IDS } from '@queue/engine';
import type { InitOptions } from './init-office.js';

type Given = { [K in keyof InitOptions]?: InitOptions[K] | undefined };

/**
 * `office init` in a terminal: asks for what the flags did not give, each with its default in
 * brackets (Enter takes it). The PIN may be left empty: a new one is made and printed once.
 */
export const askInitOptions = async (given: Given): Promise<Given> => {
  const rl = createInterface({ input: stdin, output: stdout });
  try {
    const ask = async (question: string, fallback?: string): Promise<string | undefined> => {
      const answer = (await rl.question(fallback ? `${question} [${fallback}]: ` : `${question}: `)).trim();
      return answer || fallback;
    };
    const count = async (question: string, value: number | undefined, fallback: number) =>
      value ?? Number(await ask(question, String(fallback)));
    return {
      ...given,
      dataDir: given.dataDir ?? (await ask('Папка данных офиса (data folder)')),
      name: given.name ?? (await ask('Название офиса (office name)')),
      preset: given.preset ?? (await ask(`Нормативы (preset: ${PRESET_IDS.join(', ')})`, 'default')),
      timeZone: given.timeZone ?? (await ask('Часовой пояс (time zone)', 'Europe/Moscow')),
      managerLogin: given.managerLogin ?? (await ask('Логин руководителя (manager login)', 'manager')),
      managerName: given.managerName ?? (await ask('ФИО руководителя (manager name)', 'Начальник офиса')),
      managerPin:
        given.managerPin ??
        (await ask('PIN руководителя, 4–12 цифр (empty: a new one is made)')) ??
        undefined,
      windows: await count('Окон специалистов (windows)', given.windows, 3),
      cashDesks: await count('Касс (cash desks)', given.cashDesks, 1),
      weekdays: given.weekdays ?? (await ask('Часы работы пн–пт (weekday hours)', '08:00-20:00')),
      saturday: given.saturday ?? (await ask('Суббота (Saturday, or closed)', '09:00-15:00')),
      kiosks: await count('Киосков (kiosks)', given.kiosks, 1),
      boards: await count('Табло в зале (hall displays)', given.boards, 1),
    };
  } finally {
    rl.close();
  }
};
