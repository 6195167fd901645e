/**
 * The first-run settings page is a plain HTML form: every value arrives as a string under a field's
 * name. This turns those strings into settings (settings.ts decides what is valid) and each problem
 * into a message beside the field it concerns; and back, to fill the form with the current settings.
 */
import { tokenFromScan } from '@queue/client';
import type { z } from 'zod';
import type { FormField, SettingsForm } from './form-fields.js';
import {
  type DesktopSettings,
  type PrinterSettings,
  printerSettingsSchema,
  settingsSchema,
} from './settings.js';
import { type ShellText, text } from './shell-text.js';

export type FieldErrors = Partial<Record<FormField, ShellText>>;

export const FIELD_MESSAGES: Record<FormField, ShellText> = {
  serverUrl: text(
    'Укажите адрес сервера очереди, например http://192.168.1.10:8080 (без пути после порта).',
    'Enter the queue server address, e.g. http://192.168.1.10:8080 (nothing after the port).',
  ),
  role: text('Выберите роль этого компьютера.', 'Choose the role of this computer.'),
  deviceToken: text(
    'Укажите токен устройства, выданный администратором (не короче 10 символов).',
    'Enter the device token issued by the administrator (at least 10 characters).',
  ),
  printerKind: text('Выберите, как подключён принтер.', 'Choose how the printer is connected.'),
  printerHost: text(
    'Укажите IP-адрес или имя принтера в сети.',
    "Enter the printer's IP address or host name.",
  ),
  printerPort: text(
    'Порт — число от 1 до 65535, обычно 9100.',
    'The port is a number from 1 to 65535, usually 9100.',
  ),
  printerPath: text(
    'Укажите устройство принтера, например /dev/usb/lp0, /dev/ttyUSB0 или COM3.',
    'Enter the printer device, e.g. /dev/usb/lp0, /dev/ttyUSB0 or COM3.',
  ),
  printerBaudRate: text('Выберите скорость порта из списка.', 'Choose the port speed from the list.'),
  printerQueryStatus: text('Выберите, проверять ли бумагу.', 'Choose whether to check the paper.'),
  paper: text('Выберите ширину ленты.', 'Choose the paper width.'),
  codePage: text('Выберите кодовую страницу.', 'Choose the code page.'),
  codePageTable: text(
    'Номер таблицы — число от 0 до 255; оставьте поле пустым, если принтер стандартный.',
    'The table number is from 0 to 255; leave it empty for a standard printer.',
  ),
};

/** Where in the settings object each field's value goes. */
const FIELD_OF_PATH: Record<string, FormField> = {
  serverUrl: 'serverUrl',
  role: 'role',
  deviceToken: 'deviceToken',
  'printer.connection.kind': 'printerKind',
  'printer.connection.host': 'printerHost',
  'printer.connection.port': 'printerPort',
  'printer.connection.path': 'printerPath',
  'printer.connection.baudRate': 'printerBaudRate',
  'printer.connection.queryStatus': 'printerQueryStatus',
  'printer.paper': 'paper',
  'printer.codePage': 'codePage',
  'printer.codePageTable': 'codePageTable',
};

/** '' is "not given"; anything else must be a whole number, or the schema will say it is not. */
const optionalNumber = (value: string | undefined): number | undefined => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? undefined : /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
};

function printerCandidate(form: SettingsForm): unknown {
  const kind = form.printerKind;
  const queryStatus = form.printerQueryStatus !== 'false';
  const connection =
    kind === 'network'
      ? { kind, host: form.printerHost ?? '', port: optionalNumber(form.printerPort), queryStatus }
      : kind === 'serial'
        ? { kind, path: form.printerPath ?? '', baudRate: optionalNumber(form.printerBaudRate), queryStatus }
        : { kind, path: form.printerPath ?? '' };
  return {
    connection,
    paper: form.paper,
    codePage: form.codePage,
    codePageTable: optionalNumber(form.codePageTable),
  };
}

/** The settings object the form stands for, before validation: only what the chosen role uses. */
function candidate(form: SettingsForm): unknown {
  const common = { version: 1, role: form.role, serverUrl: form.serverUrl ?? '' };
  if (form.role === 'operator') return common;
  // A scanner types the printed QR code's whole address into the field: its token is what is kept.
  const deviceToken = tokenFromScan(form.deviceToken ?? '') ?? form.deviceToken ?? '';
  if (form.role === 'board') return { ...common, deviceToken };
  return { ...common, deviceToken, printer: printerCandidate(form) };
}

export type FormParse = { ok: true; settings: DesktopSettings } | { ok: false; errors: FieldErrors };

export function settingsFromForm(form: SettingsForm): FormParse {
  const parsed = settingsSchema.safeParse(candidate(form));
  if (parsed.success) return { ok: true, settings: parsed.data };
  return { ok: false, errors: fieldErrors(parsed.error) };
}

export type PrinterParse = { ok: true; printer: PrinterSettings } | { ok: false; errors: FieldErrors };

/** Only the printer part, for a trial print before the rest of the form is filled in. */
export function printerFromForm(form: SettingsForm): PrinterParse {
  const parsed = printerSettingsSchema.safeParse(printerCandidate(form));
  if (parsed.success) return { ok: true, printer: parsed.data };
  return { ok: false, errors: fieldErrors(parsed.error, 'printer.') };
}

function fieldErrors(error: z.ZodError, prefix = ''): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    // A discriminator that matches no branch is reported at the union itself.
    const path = `${prefix}${issue.path.join('.')}`;
    const field = FIELD_OF_PATH[path] ?? (path === '' ? 'role' : FIELD_OF_PATH[`${path}.kind`]);
    if (field) errors[field] = FIELD_MESSAGES[field];
  }
  return errors;
}

/** The form filled from saved settings, for a change of settings later. */
export function formFromSettings(settings: DesktopSettings): SettingsForm {
  const form: SettingsForm = { serverUrl: settings.serverUrl, role: settings.role };
  if (settings.role === 'operator') return form;
  form.deviceToken = settings.deviceToken;
  if (settings.role === 'board') return form;
  const { connection, paper, codePage, codePageTable } = settings.printer;
  form.printerKind = connection.kind;
  form.paper = paper;
  form.codePage = codePage;
  form.codePageTable = codePageTable === undefined ? '' : String(codePageTable);
  if (connection.kind === 'network') {
    form.printerHost = connection.host;
    form.printerPort = String(connection.port);
    form.printerQueryStatus = String(connection.queryStatus);
  } else if (connection.kind === 'serial') {
    form.printerPath = connection.path;
    form.printerBaudRate = String(connection.baudRate);
    form.printerQueryStatus = String(connection.queryStatus);
  } else {
    form.printerPath = connection.path;
  }
  return form;
}
