import { DEMO_PINS } from '@queue/engine';
import type { OfficeFile } from '../storage/office-store.js';
import { hashDeviceToken } from './session-token.js';
import { verifyPin } from './pin-hash.js';

/** Demo device tokens, listed in README; only an office made as the demo holds them. */
export const DEMO_DEVICE_TOKENS = {
  'kiosk-1': 'demo-kiosk-token',
  'board-1': 'demo-board-token',
  'integration-1': 'demo-integration-token',
} as const;

const DEMO_PIN_SET = new Set(Object.values(DEMO_PINS));
const DEMO_TOKEN_HASHES = new Set(Object.values(DEMO_DEVICE_TOKENS).map(hashDeviceToken));

/**
 * An office made as the demo (`npm start` on an empty folder) versus one made by `office init`. A file
 * without the mark was made before the mark existed, when every office was seeded as the demo.
 */
export const isDemoOffice = (file: OfficeFile): boolean => (file.kind ?? 'demo') === 'demo';

/** The demo's PINs are printed in README: a real office never takes one (issue 15). */
export const isDemoPin = (pin: string): boolean => DEMO_PIN_SET.has(pin.trim());

export const isDemoDeviceToken = (token: string): boolean => DEMO_TOKEN_HASHES.has(hashDeviceToken(token));

/**
 * What in a real office's file is still the demo's, in words for the start-up message: a login whose
 * PIN is its demo PIN, a device that still answers to a demo token. Checks only each demo login's own
 * PIN (a scrypt each), so the check stays well under a second on any office.
 */
export const demoCredentialsIn = async (
  file: OfficeFile,
  staff: readonly { id: string; login: string }[],
): Promise<string[]> => {
  const found: string[] = [];
  for (const member of staff) {
    const pin = DEMO_PINS[member.login];
    if (pin && (await verifyPin(pin, file.pins[member.id])))
      found.push(`login «${member.login}» has the demo PIN`);
  }
  for (const device of file.devices) {
    if (!device.revoked && DEMO_TOKEN_HASHES.has(device.tokenHash))
      found.push(`device «${device.id}» answers to the demo token`);
  }
  return found;
};
