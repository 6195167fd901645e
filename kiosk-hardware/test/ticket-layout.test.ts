import { describe, expect, it } from 'vitest';
import { layoutTicket, type TextBlock, type TicketLayout, wrapText } from '../src/ticket-layout.js';
import { DEFAULT_TICKET_TEXT, findImperativeWording } from '../src/ticket-wording.js';
import { options, SAMPLE_PRINT } from './sample-ticket.js';

const texts = (layout: TicketLayout): TextBlock[] =>
  layout.blocks.filter((block): block is TextBlock => block.kind === 'text');
const allText = (layout: TicketLayout) => texts(layout).map((block) => block.text);

describe('ticket layout', () => {
  it('shows the number large, bold and centred right after «Ваш номер»', () => {
    const lines = texts(layoutTicket(SAMPLE_PRINT, options()));
    const label = lines.findIndex((line) => line.text === 'Ваш номер');
    expect(lines[label + 1]).toEqual({ kind: 'text', text: 'А001', align: 'center', size: 4, bold: true });
  });

  it('uses a smaller number on 58 mm paper so that it fits', () => {
    const number = texts(layoutTicket(SAMPLE_PRINT, options({ paper: '58mm' }))).find(
      (l) => l.text === 'А001',
    );
    expect(number?.size).toBe(3);
  });

  it('writes the people-ahead and wait lines with the agreed wording', () => {
    const text = allText(layoutTicket(SAMPLE_PRINT, options()));
    expect(text).toContain('Людей перед вами: 3');
    expect(text).toContain('Ожидаемое время ожидания: около 12 мин');
    expect(text).toContain('Время выдачи: 03.02.2025 10:15');
    expect(text).toContain('ЦОК Энергосбыт, ул. Ленина, 5');
  });

  it('on 58 mm paper puts a value that does not fit whole on the next line', () => {
    const text = allText(layoutTicket(SAMPLE_PRINT, options({ paper: '58mm' })));
    const label = text.indexOf('Ожидаемое время ожидания:');
    expect(text[label + 1]).toBe('около 12 мин');
    expect(text).toContain('Людей перед вами: 3');
  });

  it('never promises a wait of zero minutes', () => {
    const text = allText(layoutTicket({ ...SAMPLE_PRINT, expectedWaitMin: 0 }, options()));
    expect(text).toContain('Ожидаемое время ожидания: около 1 мин');
  });

  it('prints zero people ahead as zero', () => {
    expect(allText(layoutTicket({ ...SAMPLE_PRINT, peopleAhead: 0 }, options()))).toContain(
      'Людей перед вами: 0',
    );
  });

  it('leaves out every field switched off, and the forecast lines when there is no forecast', () => {
    const off = { officeName: false, dateTime: false, peopleAhead: false, expectedWait: false, qr: false };
    const layout = layoutTicket(SAMPLE_PRINT, options({ fields: off }));
    const text = allText(layout).join('\n');
    expect(text).not.toContain('Энергосбыт');
    expect(text).not.toContain('03.02.2025');
    expect(text).not.toContain('Людей');
    expect(text).not.toContain('Ожидаемое');
    expect(layout.blocks.some((block) => block.kind === 'qr')).toBe(false);
    expect(text).toContain('А001');

    const noForecast = allText(
      layoutTicket({ ...SAMPLE_PRINT, peopleAhead: undefined, expectedWaitMin: undefined }, options()),
    );
    expect(noForecast.join('\n')).not.toMatch(/Людей|Ожидаемое/);
  });

  it('ends with the QR (when on) and then the cut, partial by default', () => {
    const blocks = layoutTicket(SAMPLE_PRINT, options()).blocks;
    expect(blocks.at(-2)).toEqual({ kind: 'qr', payload: SAMPLE_PRINT.qr });
    expect(blocks.at(-1)).toEqual({ kind: 'cut', partial: true });
    expect(layoutTicket(SAMPLE_PRINT, options({ cut: 'full' })).blocks.at(-1)).toEqual({
      kind: 'cut',
      partial: false,
    });
  });

  it('drops a QR payload too long for printers but still lays out the ticket', () => {
    const layout = layoutTicket({ ...SAMPLE_PRINT, qr: 'x'.repeat(501) }, options());
    expect(layout.blocks.some((block) => block.kind === 'qr')).toBe(false);
    expect(allText(layout)).toContain('А001');
  });

  it('keeps every line within the paper width at its size', () => {
    const longTopic = 'Заключение, изменение и расторжение договора энергоснабжения для физических лиц';
    for (const paper of ['58mm', '80mm'] as const) {
      const layout = layoutTicket({ ...SAMPLE_PRINT, topic: longTopic }, options({ paper }));
      for (const line of texts(layout))
        expect(line.text.length * line.size).toBeLessThanOrEqual(layout.charsPerLine);
      expect(allText(layout).join(' ')).toContain('договора энергоснабжения');
    }
    expect(layoutTicket(SAMPLE_PRINT, options({ paper: '58mm' })).charsPerLine).toBe(32);
    expect(layoutTicket(SAMPLE_PRINT, options({ paper: '80mm' })).charsPerLine).toBe(48);
  });

  it('prints no imperative orders, replacing an office text that gives one', () => {
    const layout = layoutTicket({ ...SAMPLE_PRINT, text: 'Предъявите паспорт в окне' }, options());
    const text = allText(layout).join(' ');
    // «появится» is fine: the rule is about orders such as «Явитесь», not the stem.
    expect(text).not.toMatch(/Предъяв|Явитесь|Явиться|обязан/i);
    expect(text).toContain(DEFAULT_TICKET_TEXT.split(' ')[0]);
  });

  it('prints the office text when it is polite', () => {
    const text = allText(layoutTicket({ ...SAMPLE_PRINT, text: 'Рады вас видеть' }, options()));
    expect(text).toContain('Рады вас видеть');
  });

  it('prints nothing it was not asked to, so no personal data can slip onto paper', () => {
    const withExtra = { ...SAMPLE_PRINT, fullName: 'Иванов Иван Иванович', phone: '+79001234567' };
    const text = allText(layoutTicket(withExtra, options())).join('\n');
    expect(text).not.toContain('Иванов');
    expect(text).not.toContain('+7900');
  });
});

describe('wrapText', () => {
  it('breaks at spaces and cuts words longer than a line', () => {
    expect(wrapText('один два три', 8)).toEqual(['один два', 'три']);
    expect(wrapText('энергоснабжение', 6)).toEqual(['энерго', 'снабже', 'ние']);
  });
});

describe('findImperativeWording', () => {
  it('finds the orders the standard names, in any case', () => {
    expect(findImperativeWording('ЯВИТЕСЬ к окну')).toBe('явитесь');
    expect(findImperativeWording('Вы обязаны предъявить')).toBeDefined();
    expect(findImperativeWording('Спасибо за ожидание')).toBeUndefined();
  });
});
