import type { OfficeConfig, TicketSettings } from '@queue/engine';
import { z } from 'zod';

/**
 * How a kiosk's printer is driven, as the kiosk sends it to `POST /api/kiosk/print-settings` and keeps
 * it on the device: only what belongs to the hardware at hand. `printing`: the office server prints to
 * the kiosk's network printer, the desktop shell prints locally through the preload bridge, or nothing
 * is printed. What the ticket says is the office's choice (`OfficeConfig.ticket`), the same on every
 * kiosk; a `fields` sent by an older kiosk page is dropped by the parse.
 */
export const kioskPrintSettingsSchema = z.object({
  printing: z.enum(['server', 'desktop', 'none']),
  paper: z.enum(['80mm', '58mm']),
  codePage: z.enum(['CP866', 'WPC1251']),
});

export type KioskPrintSettings = z.infer<typeof kioskPrintSettingsSchema>;

/** The ticket of an office whose manager has not chosen: everything but the QR code, the default text. */
export const DEFAULT_TICKET_SETTINGS: TicketSettings = {
  fields: { officeName: true, dateTime: true, peopleAhead: true, expectedWait: true, qr: false },
  text: null,
};

/**
 * What every kiosk of the office prints on a ticket: the manager's choice, else the default. Copied field
 * by field, because it goes into the public view and a later private field must never ride along.
 */
export const officeTicketSettings = (config: Pick<OfficeConfig, 'ticket'>): TicketSettings => {
  const { fields, text } = config.ticket ?? DEFAULT_TICKET_SETTINGS;
  return {
    fields: {
      officeName: fields.officeName,
      dateTime: fields.dateTime,
      peopleAhead: fields.peopleAhead,
      expectedWait: fields.expectedWait,
      qr: fields.qr,
    },
    text,
  };
};
