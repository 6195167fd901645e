import type { PublicCall } from '@queue/protocol';
import { describe, expect, it } from 'vitest';
import { createHallAnnouncer } from '../src/hall/hall-announcer';

const call = (id: string, number: string, windowLabel: string): PublicCall => ({
  id,
  number,
  windowId: windowLabel,
  windowLabel,
  windowKind: windowLabel.startsWith('Касса') ? 'cashier' : 'window',
  at: 0,
  recall: 0,
  ended: null,
});

const hall = (template: string, repeat: number) => {
  const heard: string[] = [];
  const shown: string[] = [];
  const announcer = createHallAnnouncer({
    settings: { template, repeat },
    chime: async () => void heard.push('chime'),
    speak: async (text) => void heard.push(text),
    onAnnounce: (text) => shown.push(text),
    wait: async () => {},
  });
  return { announcer, heard, shown };
};

describe('the hall announcer', () => {
  it('chimes, then says the call with the configured template the configured number of times', async () => {
    const { announcer, heard, shown } = hall('Талон {ticket}, {window}', 2);
    await announcer.announce(call('1', 'А123', 'Окно 5'));
    expect(heard).toEqual([
      'chime',
      'Талон А сто двадцать три, окно пять',
      'Талон А сто двадцать три, окно пять',
    ]);
    expect(shown).toEqual(['Талон А сто двадцать три, окно пять']);
  });

  it('names a cash desk as it is signed: «касса один»', async () => {
    const { announcer, shown } = hall('Приглашается талон {ticket}, {window}', 1);
    await announcer.announce(call('1', 'К001', 'Касса 1'));
    expect(shown).toEqual(['Приглашается талон Ка один, касса один']);
  });

  it('queues calls so none cuts another, and announces a recall again', async () => {
    const { announcer, heard } = hall('Талон {ticket}, {window}', 1);
    void announcer.announce(call('1', 'П001', 'Окно 1'));
    void announcer.announce(call('2', 'Р001', 'Окно 2'));
    void announcer.announce(call('3', 'П001', 'Окно 1'));
    await announcer.whenIdle();
    expect(heard).toEqual([
      'chime',
      'Талон Пэ один, окно один',
      'chime',
      'Талон Эр один, окно два',
      'chime',
      'Талон Пэ один, окно один',
    ]);
  });

  it('previews a template being edited without changing the settings', async () => {
    const { announcer, shown } = hall('Талон {ticket}, {window}', 1);
    await announcer.announce(call('p', 'А123', 'Окно 5'), '{window}: талон {ticket}');
    await announcer.announce(call('2', 'А124', 'Окно 5'));
    expect(shown).toEqual(['Окно пять: талон А сто двадцать три', 'Талон А сто двадцать четыре, окно пять']);
  });
});
