import type { CommandInput, PublicView, WireError } from '@queue/protocol';
import type { Kiosk } from './kiosk-context.js';
import type { ShownTicket } from './kiosk-store.js';
import { printIssuedTicket } from './ticket-printing.js';

type IssuingCommand = Extract<CommandInput, { type: 'ticket.issue' | 'appointment.checkIn' }>;

const NO_TICKET: WireError = {
  code: 'internal',
  message: { ru: 'Сервер не выдал талон.', en: 'The server issued no ticket.' },
};

/**
 * Issues a ticket (a topic, or an appointment's check-in), shows it at once, then prints it. The number
 * is on screen before the printer is even asked, so a printer fault can never leave the visitor without
 * it (DESIGN §5). Returns the refusal, if any, for the screen to show.
 */
export const issueAndPrint = async (
  kiosk: Kiosk,
  view: PublicView,
  command: IssuingCommand,
): Promise<WireError | null> => {
  const { actions, client, store, token } = kiosk;
  if (store.getState().busy) return null;
  actions.busy(true);
  // The ticket is printed in the language the visitor reads the screen in.
  const sent = { ...command, language: store.getState().locale };
  const response = await client.send(sent);
  if (!response.ok) {
    actions.busy(false);
    return response.error;
  }
  const issued = response.result.ticket;
  if (!issued) {
    actions.busy(false);
    return NO_TICKET;
  }
  const { settings } = store.getState();
  const ticket: ShownTicket = {
    id: issued.id,
    number: issued.number,
    serviceIds: issued.serviceIds,
    ahead: issued.ahead,
    expectedWaitMin: issued.expectedWaitMin,
    phoneToken: issued.phoneToken ?? null,
    priority: command.type === 'ticket.issue' && command.priority !== null,
    language: sent.language,
    print: settings.printing === 'none' ? 'notPrinted' : 'printing',
  };
  actions.showTicket(ticket);
  // The newest view the replica holds: a change of the office's ticket settings applies at once.
  const latest = client.store.getState().view ?? view;
  const print = await printIssuedTicket(settings, client, token, latest, {
    ticket,
    issuedAt: issued.issuedAt,
  });
  actions.printed(ticket.id, print);
  return null;
};
