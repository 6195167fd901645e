import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  type OfficeConfig,
  type PresetId,
  type ReceptionHours,
  configProblems,
  initialState,
  isPresetId,
  isValidTimeZone,
  newOffice,
} from '@queue/engine';
import { z } from 'zod';
import { isDemoPin } from '../auth/demo-credentials.js';
import { hashPinBeforeStart } from '../auth/pin-hash.js';
import { hashDeviceToken } from '../auth/session-token.js';
import { newDeviceToken, newPin } from '../configuration/credential-secrets.js';
import { FsyncJsonFile } from '../storage/fsync-file-adapter.js';
import type { DeviceRecord, OfficeFile } from '../storage/office-store.js';
import { type OfficeSettings, officeSettingsSchema } from './office-settings.js';
import { randomBytes } from 'node:crypto';

const range = /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/;

/** What `office init` asks for (from flags, or asked in the terminal): the office, its manager, its devices. */
export const initOptionsSchema = z.object({
  dataDir: z.string().min(1),
  preset: z
    .string()
    .refine(isPresetId, 'one of default, gazprom-bryansk, gazprom-tyumen, vostok, rusenergosbyt, belgorod'),
  name: z.string().trim().min(1).max(200),
  officeId: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'Latin small letters, digits and dashes')
    .refine((id) => id !== 'demo', 'the demo office’s id')
    .optional(),
  timeZone: z.string().refine(isValidTimeZone, 'an IANA time zone such as Europe/Moscow'),
  managerLogin: z.string().trim().min(1).max(64),
  managerName: z.string().trim().min(1).max(200).default('Начальник офиса'),
  /** Digits only, 4 to 12; never one of the demo's. Absent: a new six-digit PIN is made and printed once. */
  managerPin: z
    .string()
    .regex(/^\d{4,12}$/, '4 to 12 digits')
    .refine((pin) => !isDemoPin(pin), 'a demo PIN (printed in README) is never accepted in a real office')
    .optional(),
  windows: z.number().int().min(1).max(99).default(3),
  cashDesks: z.number().int().min(0).max(99).default(1),
  /** Weekdays Monday to Friday, `HH:MM-HH:MM`. */
  weekdays: z.string().regex(range, 'HH:MM-HH:MM').default('08:00-20:00'),
  /** Saturday, `HH:MM-HH:MM` or `closed`. Sunday is closed; the manager changes any of it in the settings. */
  saturday: z.union([z.string().regex(range, 'HH:MM-HH:MM'), z.literal('closed')]).default('09:00-15:00'),
  kiosks: z.number().int().min(0).max(20).default(1),
  boards: z.number().int().min(0).max(20).default(1),
  settings: officeSettingsSchema.default({}),
});

export type InitOptions = z.input<typeof initOptionsSchema>;

export interface IssuedDevice {
  id: string;
  role: DeviceRecord['role'];
  label: string;
  /** Shown once; the office keeps only its hash. */
  token: string;
}

export interface InitResult {
  config: OfficeConfig;
  manager: { login: string; pin: string; pinMadeHere: boolean };
  devices: IssuedDevice[];
  settings: OfficeSettings;
}

const hoursOf = (weekdays: string, saturday: string): ReceptionHours => {
  const span = (text: string) => {
    const [open, close] = text.split('-') as [string, string];
    if (open >= close) throw new Error(`hours ${text}: opening must come before closing`);
    return { open, close };
  };
  const weekday = span(weekdays);
  return {
    byWeekday: [
      null,
      weekday,
      weekday,
      weekday,
      weekday,
      weekday,
      saturday === 'closed' ? null : span(saturday),
    ],
    holidays: [],
  };
};

/**
 * `npm run office -- init`: writes a real office into an empty data folder. Its configuration comes from
 * the preset; its manager's PIN is theirs (or made here), hashed; a device token per kiosk and hall
 * display is made, stored as a hash and returned once for printing. The folder is marked as a real
 * office (`kind: "office"`), which never accepts the demo's PINs or tokens.
 */
export const initOffice = (input: InitOptions): InitResult => {
  const parsed = initOptionsSchema.safeParse(input);
  if (!parsed.success) {
    const flag = (key: PropertyKey | undefined) =>
      `--${String(key ?? '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    throw new Error(parsed.error.issues.map((i) => `${flag(i.path[0])}: ${i.message}`).join('\n'));
  }
  const options = parsed.data;
  if (existsSync(join(options.dataDir, 'office.json')))
    throw new Error(`${options.dataDir} already holds an office (office.json); init makes a new one only`);
  if (existsSync(options.dataDir) && readdirSync(options.dataDir).some((f) => !f.startsWith('.')))
    throw new Error(`${options.dataDir} is not empty; choose a new folder for the office`);
  const config = newOffice({
    id: options.officeId ?? `office-${randomBytes(3).toString('hex')}`,
    name: options.name,
    preset: options.preset as PresetId,
    timeZone: options.timeZone,
    hours: hoursOf(options.weekdays, options.saturday),
    windows: options.windows,
    cashDesks: options.cashDesks,
    manager: { id: 'manager', login: options.managerLogin, fullName: options.managerName },
  });
  const problems = configProblems(config);
  if (problems.length > 0) throw new Error(`the office would be invalid: ${JSON.stringify(problems)}`);
  const pin = options.managerPin ?? newPin();
  const devices: IssuedDevice[] = [
    ...Array.from({ length: options.kiosks }, (_, i) => ({
      id: `kiosk-${i + 1}`,
      role: 'kiosk' as const,
      label: `Киоск ${i + 1}`,
      token: newDeviceToken(),
    })),
    ...Array.from({ length: options.boards }, (_, i) => ({
      id: `board-${i + 1}`,
      role: 'board' as const,
      label: `Табло ${i + 1}`,
      token: newDeviceToken(),
    })),
  ];
  const file: OfficeFile = {
    version: 1,
    kind: 'office',
    secret: randomBytes(32).toString('hex'),
    pins: { manager: hashPinBeforeStart(pin) },
    devices: devices.map((d) => ({
      id: d.id,
      role: d.role,
      label: d.label,
      tokenHash: hashDeviceToken(d.token),
      revoked: false,
      printer: null,
    })),
    snapshot: initialState(config),
    settings: options.settings,
  };
  mkdirSync(join(options.dataDir, 'events', 'archive'), { recursive: true });
  new FsyncJsonFile<OfficeFile>(join(options.dataDir, 'office.json')).write(file);
  return {
    config,
    manager: { login: options.managerLogin, pin, pinMadeHere: options.managerPin === undefined },
    devices,
    settings: options.settings,
  };
};
