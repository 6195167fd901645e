import { randomBytes } from 'node:crypto';
import { DEMO_PINS, type OfficeConfig, initialState } from '@queue/engine';
import { DEMO_DEVICE_TOKENS } from './auth/demo-credentials.js';
import { hashPinBeforeStart } from './auth/pin-hash.js';
import { hashDeviceToken } from './auth/session-token.js';
import type { DeviceRecord, OfficeFile } from './storage/office-store.js';

export { DEMO_DEVICE_TOKENS };

export interface SeedOptions {
  pins?: Record<string, string>;
  printerForKiosk?: { host: string; port: number } | null;
}

/** The first start of an office: its configuration, hashed PINs and registered devices. */
export const seedOffice = (config: OfficeConfig, options: SeedOptions = {}): OfficeFile => {
  const pins = options.pins ?? DEMO_PINS;
  const devices: DeviceRecord[] = [
    {
      id: 'kiosk-1',
      role: 'kiosk',
      label: 'Киоск у входа',
      tokenHash: hashDeviceToken(DEMO_DEVICE_TOKENS['kiosk-1']),
      revoked: false,
      printer: options.printerForKiosk ?? null,
    },
    {
      id: 'board-1',
      role: 'board',
      label: 'Табло в зале',
      tokenHash: hashDeviceToken(DEMO_DEVICE_TOKENS['board-1']),
      revoked: false,
      printer: null,
    },
    {
      id: 'integration-1',
      role: 'integration',
      label: 'Контакт-центр (запись)',
      tokenHash: hashDeviceToken(DEMO_DEVICE_TOKENS['integration-1']),
      revoked: false,
      printer: null,
    },
  ];
  return {
    version: 1,
    kind: 'demo',
    secret: randomBytes(32).toString('hex'),
    pins: Object.fromEntries(
      config.staff.filter((s) => pins[s.login]).map((s) => [s.id, hashPinBeforeStart(pins[s.login]!)]),
    ),
    devices,
    snapshot: initialState(config),
  };
};
