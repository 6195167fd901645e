import type { TicketFields } from '@queue/engine';
import type { TicketOptions } from '@queue/kiosk-hardware';
import { type KioskPrintSettings, kioskPrintSettingsSchema } from '@queue/protocol';
import type { DeviceRecord } from '../storage/office-store.js';

/**
 * How a kiosk's printer is driven. The kiosk's administrator sets these behind the PIN; a browser kiosk
 * sends them here because its printer is the server's to drive (DESIGN §6). `printing` tells the server
 * whether to print for that kiosk at all, so an Electron kiosk that prints locally never gets a second
 * copy from a network printer left in its device record.
 */
export const DEFAULT_PRINT_SETTINGS: KioskPrintSettings = {
  printing: 'server',
  paper: '80mm',
  codePage: 'CP866',
};

/** The settings kept in a device record, or null when there are none or the file holds another shape. */
export const storedPrintSettings = (device: DeviceRecord): KioskPrintSettings | null => {
  const parsed = kioskPrintSettingsSchema.safeParse(device.printSettings);
  return parsed.success ? parsed.data : null;
};

export const samePrintSettings = (a: KioskPrintSettings, b: KioskPrintSettings): boolean =>
  a.printing === b.printing && a.paper === b.paper && a.codePage === b.codePage;

/**
 * What the server prints on for a kiosk: the roll and code page of the printer as the manager set it,
 * else (a record written by hand without them) as the kiosk last said; whether to print, the kiosk's.
 */
export const serverPrintSettings = (
  kiosk: KioskPrintSettings,
  printer: NonNullable<DeviceRecord['printer']>,
): KioskPrintSettings => ({
  printing: kiosk.printing,
  paper: printer.paper ?? kiosk.paper,
  codePage: printer.codePage ?? kiosk.codePage,
});

/** The kiosk's paper and code page, the office's fields: every kiosk prints the same ticket. */
export const ticketOptionsOf = (settings: KioskPrintSettings, fields: TicketFields): TicketOptions => ({
  paper: settings.paper,
  codePage: settings.codePage,
  fields,
});
