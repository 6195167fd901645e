import type { OfficeClient } from '@queue/client';
import { formatLocal } from '@queue/engine';
import type { PrintResult, TicketOptions, TicketPrint } from '@queue/kiosk-hardware';
import { type PublicView, ticketQrText } from '@queue/protocol';
import { topicTitle } from '@queue/ui';
import { desktopPrinter } from './desktop-bridge.js';
import type { KioskSettings } from './kiosk-settings.js';
import type { PrintState, ShownTicket } from './kiosk-store.js';
import { serverPrintOutcome } from './server-print-api.js';

export interface IssuedForPrint {
  ticket: ShownTicket;
  issuedAt: number;
}

/**
 * The paper ticket: public data only — no name, no phone, no out-of-turn mark (REGULATIONS §8) — and
 * the office's polite line, when the manager has written one (else the printer's default).
 */
export const ticketPrint = (view: PublicView, issued: IssuedForPrint): TicketPrint => {
  const { ticket } = issued;
  const topics = ticket.serviceIds.map((id) => {
    const service = view.services.find((s) => s.id === id);
    return service ? topicTitle(service, ticket.language) : '';
  });
  const print: TicketPrint = {
    officeName: view.office.name,
    number: ticket.number,
    // 001 §4.2: a visit with two questions names both, in the order they are served.
    topic: topics.filter(Boolean).join(' + '),
    issuedAtLocal: formatLocal(issued.issuedAt, view.office.timeZone),
    peopleAhead: ticket.ahead,
    qr: ticketQrText({
      officeId: view.office.id,
      number: ticket.number,
      issuedAt: issued.issuedAt,
      phoneToken: ticket.phoneToken ?? null,
      // The office's address for phones, else the one this kiosk reached the server at.
      phonePageUrl: view.office.ticketPageUrl ?? globalThis.location?.origin ?? null,
    }),
  };
  if (ticket.expectedWaitMin !== null) print.expectedWaitMin = ticket.expectedWaitMin;
  if (view.ticket.text !== null) print.text = view.ticket.text;
  if (ticket.language === 'en') print.language = 'en';
  return print;
};

/** This kiosk's paper and code page, the office's fields: the ticket looks the same from every kiosk. */
export const ticketOptions = (settings: KioskSettings, view: PublicView): TicketOptions => ({
  paper: settings.paper,
  codePage: settings.codePage,
  fields: { ...view.ticket.fields },
});

/**
 * Prints an issued ticket on this kiosk's printer, with the office's choice of what it says, and says
 * how it went. The Electron shell prints locally and the kiosk reports the result to the server
 * (`ticket.printResult`, which raises or clears the printer alarm); the office server reports its own
 * prints and the kiosk only asks for the outcome.
 */
export const printIssuedTicket = async (
  settings: KioskSettings,
  client: OfficeClient<PublicView>,
  token: string,
  view: PublicView,
  issued: IssuedForPrint,
): Promise<PrintState> => {
  if (settings.printing === 'none') return 'notPrinted';
  if (settings.printing === 'server') {
    const outcome = await serverPrintOutcome(token, issued.ticket.id);
    return outcome === 'printed' ? 'printed' : outcome === 'failed' ? 'failed' : 'notPrinted';
  }
  const print = desktopPrinter();
  if (!print) return 'notPrinted';
  const result: PrintResult = await print(ticketPrint(view, issued), ticketOptions(settings, view)).catch(
    (error: unknown) => ({ status: 'error', detail: String(error) }),
  );
  const principal = client.store.getState().principal;
  await client.send({
    type: 'ticket.printResult',
    ticketId: issued.ticket.id,
    status: result.status,
    // Printed, but the roll is running out: the administrator is warned before it runs out.
    ...(result.paperNearEnd ? { paperNearEnd: true } : {}),
    // The server binds the device from the token; the field is there for the schema.
    deviceId: principal?.kind === 'device' ? principal.deviceId : 'kiosk',
  });
  return result.status === 'printed' ? 'printed' : 'failed';
};
