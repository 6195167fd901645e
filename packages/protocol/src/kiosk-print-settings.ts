import { z } from 'zod';

/**
 * How a kiosk wants its tickets printed, as it sends them to `POST /api/kiosk/print-settings` and keeps
 * them on the device. `printing`: the office server prints to the kiosk's network printer, the desktop
 * shell prints locally through the preload bridge, or nothing is printed.
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

export const DEFAULT_PRINTED_FIELDS: KioskPrintSettings['fields'] = {
  officeName: true,
  dateTime: true,
  peopleAhead: true,
  expectedWait: true,
  qr: false,
};
