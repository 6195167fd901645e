/**
 * The ticket the settings page prints to try a printer while the kiosk is being set up: the same layout
 * as a real ticket, so the administrator sees the Cyrillic, the large number and the cut at once.
 */
import type { TicketOptions, TicketPrint } from '@queue/kiosk-hardware';

const pad = (n: number) => String(n).padStart(2, '0');

/** `dd.mm.yyyy hh:mm` of this computer's clock: no office time zone is known before the settings are saved. */
export const localDateTime = (at: Date): string =>
  `${pad(at.getDate())}.${pad(at.getMonth() + 1)}.${at.getFullYear()} ${pad(at.getHours())}:${pad(at.getMinutes())}`;

export function trialTicket(at: Date): { print: TicketPrint; options: TicketOptions } {
  return {
    print: {
      officeName: 'Проверка печати',
      number: 'А000',
      topic: 'Пробный талон: ёЁ №',
      issuedAtLocal: localDateTime(at),
      peopleAhead: 0,
      expectedWaitMin: 1,
      text: 'Если этот текст читается, кодовая страница выбрана верно.',
    },
    // Paper and code page are replaced by the printer's own (print-bridge.ts effectiveOptions).
    options: {
      paper: '80mm',
      codePage: 'CP866',
      fields: { officeName: true, dateTime: true, peopleAhead: true, expectedWait: true, qr: false },
    },
  };
}
