import type { TicketOptions } from '@queue/kiosk-hardware';
import { z } from 'zod';

/**
 * How a kiosk wants its tickets printed. The kiosk's administrator sets these behind the PIN; a browser
 * kiosk sends them here because its printer is the server's to drive (DESIGN §6). `printing` tells the
 * server whether to print for that kiosk at all, so an Electron kiosk that prints locally never gets a
 * second copy from a network printer left in its device record.
 */
export const kioskPrintSettingsSchema = z.object({
  printing: z.enum(['server', 'desktop', 'none']),
  paper: z.enum(['80mm', '58mm']),
  codePage: z.enum(['CP866', 'WPC1251']),
  fields: z.object({
    officeName: z.boolean(),
    dateTime: z.boolean(),
    peopleAhead: z.boolean(),
    expectedWait: z.boolean(),
    qr: z.boolean().default(false),
  }),
});

export type KioskPrintSettings = z.infer<typeof kioskPrintSettingsSchema>;

export const DEFAULT_PRINT_SETTINGS: KioskPrintSettings = {
  printing: 'server',
  paper: '80mm',
  codePage: 'CP866',
  fields: { officeName: true, dateTime: true, peopleAhead: true, expectedWait: true, qr: false },
};

export const ticketOptionsOf = (settings: KioskPrintSettings): TicketOptions => ({
  paper: settings.paper,
  codePage: settings.codePage,
  fields: settings.fields,
});
