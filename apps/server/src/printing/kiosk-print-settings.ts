import type { TicketOptions } from '@queue/kiosk-hardware';
import { DEFAULT_PRINTED_FIELDS, type KioskPrintSettings } from '@queue/protocol';

/**
 * How a kiosk wants its tickets printed. The kiosk's administrator sets these behind the PIN; a browser
 * kiosk sends them here because its printer is the server's to drive (DESIGN §6). `printing` tells the
 * server whether to print for that kiosk at all, so an Electron kiosk that prints locally never gets a
 * second copy from a network printer left in its device record.
 */
export const DEFAULT_PRINT_SETTINGS: KioskPrintSettings = {
  printing: 'server',
  paper: '80mm',
  codePage: 'CP866',
  fields: DEFAULT_PRINTED_FIELDS,
};

export const ticketOptionsOf = (settings: KioskPrintSettings): TicketOptions => ({
  paper: settings.paper,
  codePage: settings.codePage,
  fields: settings.fields,
});
