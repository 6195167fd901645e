import { describe, expect, it } from 'vitest';
import {
  announcementText,
  DEFAULT_TEMPLATES,
  displayText,
  spokenTicket,
  spokenWindow,
  templateIssues,
  templateProblems,
} from '../src/announce';

const window5 = { label: 'Окно 5' };

describe('announcementText (Russian)', () => {
  it('names the ticket and the window: «Талон А сто двадцать три, окно пять»', () => {
    expect(announcementText({ ticketNumber: 'А123', window: window5 })).toBe(
      'Талон А сто двадцать три, окно пять',
    );
  });

  it('reads the series letter by its name: «Талон Бэ сорок, окно пять»', () => {
    expect(announcementText({ ticketNumber: 'Б40', window: window5 })).toBe('Талон Бэ сорок, окно пять');
  });

  it.each([
    ['Б007', 'Талон Бэ семь, окно пять'],
    ['А010', 'Талон А десять, окно пять'],
    ['В099', 'Талон Вэ девяносто девять, окно пять'],
    ['А000', 'Талон А ноль, окно пять'],
    ['042', 'Талон сорок два, окно пять'],
  ])('drops leading zeros: %s → «%s»', (ticketNumber, text) => {
    expect(announcementText({ ticketNumber, window: window5 })).toBe(text);
  });

  it('reads a digits-only ticket without a letter', () => {
    expect(spokenTicket('215')).toBe('двести пятнадцать');
  });

  it('reads a two-letter series letter by letter', () => {
    expect(spokenTicket('АБ12')).toBe('А Бэ двенадцать');
  });

  it('reads a Latin series and a lower-case one', () => {
    expect(spokenTicket('D015')).toBe('Дэ пятнадцать');
    expect(spokenTicket('ж5')).toBe('Жэ пять');
  });

  it('ignores a separator printed between series and number', () => {
    expect(spokenTicket('А-123')).toBe('А сто двадцать три');
    expect(spokenTicket(' Щ 7 ')).toBe('Ща семь');
  });

  it('reads a number beyond 999 digit by digit', () => {
    expect(spokenTicket('1234')).toBe('один два три четыре');
  });

  it('says an unparseable ticket as it is rather than nothing', () => {
    expect(spokenTicket('А1Б2')).toBe('А1Б2');
  });
});

describe('spokenWindow: each window kind', () => {
  it.each([
    ['Окно 5', 'окно пять'],
    ['Окно 1', 'окно один'],
    ['Окно 12', 'окно двенадцать'],
    ['Касса 1', 'касса один'],
    ['Касса 2', 'касса два'],
    ['Кабинет 3', 'кабинет три'],
    ['Кабинет 21', 'кабинет двадцать один'],
    ['Стол 2', 'стол два'],
    ['Окно 05', 'окно пять'],
    ['Окно №4', 'окно четыре'],
    ['Окно приёма 7', 'окно приёма семь'],
    ['VIP окно 2', 'VIP окно два'],
  ])('«%s» → «%s»', (label, spoken) => {
    expect(spokenWindow({ label })).toBe(spoken);
  });

  it('speaks a cash desk with the counting form «один», not «одна» (see russianLabelNumber)', () => {
    const text = announcementText({ ticketNumber: 'К1', window: { label: 'Касса 1' } });
    expect(text).toBe('Талон Ка один, касса один');
    expect(text).not.toMatch(/одна|номер/);
  });

  it('says a label without a number as it is', () => {
    expect(spokenWindow({ label: 'Регистратура' })).toBe('Регистратура');
    expect(announcementText({ ticketNumber: 'А1', window: { label: 'Регистратура' } })).toBe(
      'Талон А один, Регистратура',
    );
  });

  it('takes the number from `number` when the label has none', () => {
    expect(spokenWindow({ label: 'Окно', number: 3 })).toBe('окно три');
  });

  it('prefers the number in the label, which is what the visitor sees on the sign', () => {
    expect(spokenWindow({ label: 'Окно 4', number: 9 })).toBe('окно четыре');
  });
});

describe('templates', () => {
  it('fills {ticket} and {window} wherever they are, each as often as it appears', () => {
    const template = '{window}: талон {ticket}. Повторяю: талон {ticket}, {window}';
    expect(announcementText({ ticketNumber: 'А15', window: { label: 'Окно 3' }, template })).toBe(
      'Окно три: талон А пятнадцать. Повторяю: талон А пятнадцать, окно три',
    );
  });

  it('does not treat $ in a template as a replacement pattern', () => {
    const template = 'Талон {ticket} $& {window}';
    expect(announcementText({ ticketNumber: 'А1', window: window5, template })).toBe(
      'Талон А один $& окно пять',
    );
  });

  it('has default templates that only name the ticket and the window', () => {
    expect(DEFAULT_TEMPLATES.ru).toBe('Талон {ticket}, {window}');
    expect(templateProblems(DEFAULT_TEMPLATES.ru)).toEqual([]);
    expect(templateProblems(DEFAULT_TEMPLATES.en)).toEqual([]);
  });

  it('reports imperative wording and missing placeholders (REGULATIONS §6)', () => {
    expect(templateProblems('Талон {ticket}, пройдите в {window}')).toEqual([
      'imperative wording «пройдите» (REGULATIONS §6)',
    ]);
    expect(templateProblems('Подойдите к {window}')).toEqual([
      'the template does not contain {ticket}',
      'imperative wording «подойдите» (REGULATIONS §6)',
    ]);
    expect(templateProblems('Ticket {ticket}, proceed to {window}')).toHaveLength(1);
  });

  it('reports the same problems as data, for the settings panel to word in its own language', () => {
    expect(templateIssues('Подойдите к {window}')).toEqual([
      { kind: 'missingTicket' },
      { kind: 'imperative', word: 'подойдите' },
    ]);
    expect(templateIssues('Талон {ticket}')).toEqual([{ kind: 'missingWindow' }]);
    expect(templateIssues(DEFAULT_TEMPLATES.ru)).toEqual([]);
  });

  it('never speaks a template with imperative wording: the default is used instead', () => {
    const text = announcementText({
      ticketNumber: 'А123',
      window: window5,
      template: 'Талон {ticket}, подойдите к {window}',
    });
    expect(text).toBe('Талон А сто двадцать три, окно пять');
  });

  it('never speaks a template that leaves out the window', () => {
    expect(announcementText({ ticketNumber: 'А7', window: window5, template: 'Талон {ticket}' })).toBe(
      'Талон А семь, окно пять',
    );
  });

  it('never produces imperative words with the defaults, for any window kind', () => {
    for (const label of ['Окно 5', 'Касса 1', 'Кабинет 3', 'Стол 2', 'Регистратура']) {
      for (const locale of ['ru', 'en'] as const) {
        const text = announcementText({ ticketNumber: 'Б007', window: { label }, locale });
        expect(text).not.toMatch(/пройдите|подойдите|проходите|явит|предъяв|обязан|proceed|must/i);
      }
    }
  });
});

describe('English', () => {
  it('says «Ticket A 123, window 5»', () => {
    expect(announcementText({ ticketNumber: 'А123', window: window5, locale: 'en' })).toBe(
      'Ticket A 123, window 5',
    );
    expect(announcementText({ ticketNumber: 'A123', window: window5, locale: 'en' })).toBe(
      'Ticket A 123, window 5',
    );
  });

  it('drops leading zeros and translates the window kinds', () => {
    expect(announcementText({ ticketNumber: 'Б007', window: { label: 'Касса 1' }, locale: 'en' })).toBe(
      'Ticket Beh 7, cash desk 1',
    );
    expect(spokenWindow({ label: 'Кабинет 3' }, 'en')).toBe('room 3');
    expect(spokenWindow({ label: 'Стол 2' }, 'en')).toBe('desk 2');
    expect(spokenWindow({ label: 'Касса' }, 'en')).toBe('cash desk');
  });

  it('says an unknown label as it is and an English label in lower case', () => {
    expect(spokenWindow({ label: 'Регистратура' }, 'en')).toBe('Регистратура');
    expect(spokenWindow({ label: 'Window 4' }, 'en')).toBe('window 4');
  });

  it('uses a custom template in English too', () => {
    const text = announcementText({
      ticketNumber: 'В12',
      window: { label: 'Окно 2' },
      locale: 'en',
      template: 'Now serving {ticket} at {window}',
    });
    expect(text).toBe('Now serving B 12 at window 2');
  });
});

describe('displayText', () => {
  it('shows the ticket as printed and the window as signed: «А123 → Окно 5»', () => {
    expect(displayText({ ticketNumber: 'А123', window: window5 })).toBe('А123 → Окно 5');
    expect(displayText({ ticketNumber: 'Б007', window: { label: 'Касса 1' } })).toBe('Б007 → Касса 1');
  });

  it('adds the number to a label that lacks it, and leaves a plain label alone', () => {
    expect(displayText({ ticketNumber: 'А1', window: { label: 'Окно', number: 3 } })).toBe('А1 → Окно 3');
    expect(displayText({ ticketNumber: 'А1', window: { label: 'Регистратура' } })).toBe('А1 → Регистратура');
    expect(displayText({ ticketNumber: 'А1', window: { label: 'Окно 4', number: 4 } })).toBe('А1 → Окно 4');
  });
});
