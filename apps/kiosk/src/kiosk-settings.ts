import { kioskPrintSettingsSchema } from '@queue/protocol';
import { z } from 'zod';

/**
 * The kiosk's own settings, changed by the administrator behind the PIN and kept on this device
 * (localStorage): how its printer is driven, which the server also reads (protocol), plus what only the
 * screen needs. What the ticket says is not here: it is the office's choice (`PublicView.ticket`).
 */
export const kioskSettingsSchema = kioskPrintSettingsSchema.extend({
  inactivitySec: z.number().int().min(5).max(600),
});

export type KioskSettings = z.infer<typeof kioskSettingsSchema>;
export type PrintingMode = KioskSettings['printing'];

const STORAGE_KEY = 'queue.kiosk.settings';

export const defaultSettings = (desktopBridge: boolean): KioskSettings => ({
  inactivitySec: 30,
  // An Electron kiosk has its printer at hand; a browser kiosk relies on the office server.
  printing: desktopBridge ? 'desktop' : 'server',
  paper: '80mm',
  codePage: 'CP866',
});

export const loadSettings = (desktopBridge: boolean): KioskSettings => {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    // Field toggles kept by an older version are dropped by the parse: the office decides them now.
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
