import {
  type OfficeState,
  type Ticket,
  type TicketFields,
  forecast,
  formatLocal,
  phonePageOf,
} from '@queue/engine';
import type { TicketPrint } from '@queue/kiosk-hardware';
import { officeTicketSettings, ticketQrText } from '@queue/protocol';

/** A ticket's words and the office's choice of which of them go on paper, taken at the same moment. */
export interface TicketPrintContent {
  print: TicketPrint;
  fields: TicketFields;
}

/**
 * What the server prints on a ticket: the office name, the number, the topic and the office-local time,
 * with people ahead and the expected wait from the same forecast the kiosk shows (DESIGN §3, §5), and
 * the office's polite line. Which of them are printed is the office's choice (`OfficeConfig.ticket`),
 * the same for every kiosk. Built field by field from public data: never a name, a phone or the
 * out-of-turn category (REGULATIONS §8).
 */
export const ticketPrintContent = (
  state: OfficeState,
  ticket: Ticket,
  now: number,
  /** The server's own address, for the phone page's link when the office has set none. */
  ownUrl: string | null = null,
): TicketPrintContent => {
  const { config } = state;
  const { fields, text } = officeTicketSettings(config);
  // 001 §4.2: a visit with several questions names those still to come, in the order they are served.
  const english = ticket.language === 'en';
  const topics = ticket.serviceIds
    .slice(ticket.serviceIndex)
    .map((id) => config.services.find((s) => s.id === id))
    .map((s) => (english && s?.titleEn.trim()) || s?.title || '')
    .filter(Boolean);
  const expected = forecast(state, now).tickets[ticket.id];
  const print: TicketPrint = {
    officeName: config.name,
    number: ticket.number,
    // In the visitor's language where the office gave the topic an English title.
    topic: topics.join(' + '),
    issuedAtLocal: formatLocal(ticket.issuedAt, config.timeZone),
    qr: ticketQrText({
      officeId: config.id,
      number: ticket.number,
      issuedAt: ticket.issuedAt,
      phoneToken: ticket.phoneToken ?? null,
      phonePageUrl: phonePageOf(config).url ?? ownUrl,
    }),
  };
  // null: the layout prints the product's default line.
  if (text !== null) print.text = text;
  if (english) print.language = 'en';
  if (expected) print.peopleAhead = expected.ahead;
  // No open window serves the topic yet: no promise of a time rather than a wrong one.
  if (expected?.at != null) print.expectedWaitMin = Math.max(0, Math.round((expected.at - now) / 60_000));
  return { print, fields };
};
