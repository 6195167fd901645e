import { serverUrl } from '@queue/ui';
import { z } from 'zod';
import type { KioskSettings } from './kiosk-settings.js';

/**
 * The kiosk's side of server printing (apps/server/src/printing): it tells the server how its printer
 * is driven (paper, code page, who prints), and asks how the server's print of a ticket went, to show it to the visitor.
 */

const resultSchema = z.object({
  ok: z.literal(true),
  result: z.object({ status: z.enum(['printed', 'paper_out', 'offline', 'timed_out', 'error']) }).nullable(),
  pending: z.boolean().optional(),
});

export type ServerPrintOutcome = 'printed' | 'failed' | 'none' | 'unknown';

export const pushPrintSettings = async (token: string, settings: KioskSettings): Promise<boolean> => {
  try {
    const response = await fetch(`${serverUrl()}/api/kiosk/print-settings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        printing: settings.printing,
        paper: settings.paper,
        codePage: settings.codePage,
      }),
    });
    return response.ok;
  } catch {
    return false;
  }
};

/** Waits for the outcome (the server holds the request until its print is done), asking twice at most. */
export const serverPrintOutcome = async (token: string, ticketId: string): Promise<ServerPrintOutcome> => {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const response = await fetch(
        `${serverUrl()}/api/tickets/print-result?ticketId=${encodeURIComponent(ticketId)}`,
        { headers: { authorization: `Bearer ${token}` } },
      );
      const parsed = resultSchema.safeParse(await response.json());
      if (!parsed.success) return 'unknown';
      if (parsed.data.result) return parsed.data.result.status === 'printed' ? 'printed' : 'failed';
      if (!parsed.data.pending) return 'none';
    } catch {
      return 'unknown';
    }
  }
  return 'unknown';
};
