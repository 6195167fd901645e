import { z } from 'zod';

/**
 * The kiosk's own settings, changed by the administrator behind the PIN and kept on this device
 * (localStorage). `printing`: the office server prints to the kiosk's network printer, the desktop
 * shell prints to its local printer through the preload bridge, or nothing is printed.
 */
export const kioskSettingsSchema = z.object({
  inactivitySec: z.number().int().min(5).max(600),
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

export type KioskSettings = z.infer<typeof kioskSettingsSchema>;
export type PrintingMode = KioskSettings['printing'];
export type PrintField = keyof KioskSettings['fields'];

const STORAGE_KEY = 'queue.kiosk.settings';

export const defaultSettings = (desktopBridge: boolean): KioskSettings => ({
  inactivitySec: 20,
  // An Electron kiosk has its printer at hand; a browser kiosk relies on the office server.
  printing: desktopBridge ? 'desktop' : 'server',
  paper: '80mm',
  codePage: 'CP866',
  fields: { officeName: true, dateTime: true, peopleAhead: true, expectedWait: true, qr: false },
});

export const loadSettings = (desktopBridge: boolean): KioskSettings => {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    const parsed = kioskSettingsSchema.safeParse(stored ? JSON.parse(stored) : null);
    if (parsed.success) return parsed.data;
  } catch {
    // Unreadable storage: the defaults are a working kiosk.
  }
  return defaultSettings(desktopBridge);
};

export const saveSettings = (settings: KioskSettings): void => {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(kioskSettingsSchema.parse(settings)));
};
