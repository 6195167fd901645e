import { officeHttp } from '@queue/client';
import { serverUrl } from '@queue/ui';
import type { KioskSettings } from './kiosk-settings.js';

/**
 * The kiosk's side of server printing (apps/server/src/printing): it tells the server how its printer
 * is driven (paper, code page, who prints), and asks how the server's print of a ticket went, to show it
 * to the visitor. Both through the typed client with the kiosk's device token.
 */

export type ServerPrintOutcome = 'printed' | 'failed' | 'none' | 'unknown';

const server = (token: string) => officeHttp({ server: serverUrl, token });

export const pushPrintSettings = (token: string, settings: KioskSettings): Promise<boolean> =>
  server(token)
    .call('kioskPrintSettings', {
      body: { printing: settings.printing, paper: settings.paper, codePage: settings.codePage },
    })
    .then(
      () => true,
      () => false,
    );

/** Waits for the outcome (the server holds the request until its print is done), asking twice at most. */
export const serverPrintOutcome = async (token: string, ticketId: string): Promise<ServerPrintOutcome> => {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const { result, pending } = await server(token).call('printResult', { query: { ticketId } });
      if (result) return result.status === 'printed' ? 'printed' : 'failed';
      if (!pending) return 'none';
    } catch {
      return 'unknown';
    }
  }
  return 'unknown';
};
