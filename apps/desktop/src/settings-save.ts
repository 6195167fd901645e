/**
 * Saving the settings page (issue 3: settings behind the administrator's PIN). The form is checked
 * field by field; then the new server itself is asked whether the person is an administrator, which
 * also proves the address works; a kiosk's or board's token is tried in a real handshake; only then is
 * the file written. So a computer is never left pointing at a wrong server by a typo.
 */
import { z } from 'zod';
import { type AdminCheck, type Credentials, credentialsSchema } from './admin-verification.js';
import { type AttemptLimiter, lockedMessage } from './attempt-limiter.js';
import type { DeviceCheck } from './device-check.js';
import { type DesktopSettings, writeSettings } from './settings.js';
import { FORM_FIELDS } from './form-fields.js';
import { type FieldErrors, settingsFromForm } from './settings-form.js';
import { type ShellText, text } from './shell-text.js';

export const settingsFormSchema = z.partialRecord(z.enum(FORM_FIELDS), z.string().max(4096));
export const saveRequestSchema = z.object({ form: settingsFormSchema, credentials: z.unknown() });

export type SaveErrors = FieldErrors & { credentials?: ShellText; request?: ShellText };
export type SaveOutcome = { ok: true; settings: DesktopSettings } | { ok: false; errors: SaveErrors };

export interface SaveDependencies {
  userDataDir: string;
  verifyAdministrator: (serverUrl: string, credentials: Credentials) => Promise<AdminCheck>;
  checkDeviceToken: (serverUrl: string, token: string, role: 'kiosk' | 'board') => Promise<DeviceCheck>;
  /** The same limiter as the exit dialog's, so the settings page is no way round it. */
  limiter: AttemptLimiter;
}

const MESSAGES = {
  request: text('Форма пришла в неожиданном виде.', 'The form arrived in an unexpected shape.'),
  credentials: text('Введите логин и PIN администратора.', "Enter the administrator's login and PIN."),
  wrongCredentials: text('Логин или PIN не подошли.', 'The login or PIN did not match.'),
  notAdministrator: text(
    'Сохранить настройки может только администратор.',
    'Only an administrator can save the settings.',
  ),
  unreachable: text(
    'По этому адресу не отвечает сервер очереди. Проверьте адрес и сеть.',
    'No queue server answers at this address. Check the address and the network.',
  ),
  tokenRejected: text(
    'Сервер не знает этот токен устройства.',
    'The server does not know this device token.',
  ),
  wrongRole: (actual: string) =>
    text(
      `Этот токен выдан устройству другой роли (${actual}).`,
      `This token belongs to a device of another role (${actual}).`,
    ),
};

export async function saveSettings(request: unknown, deps: SaveDependencies): Promise<SaveOutcome> {
  const shape = saveRequestSchema.safeParse(request);
  if (!shape.success) return { ok: false, errors: { request: MESSAGES.request } };

  const form = settingsFromForm(shape.data.form);
  const credentials = credentialsSchema.safeParse(shape.data.credentials);
  if (!form.ok || !credentials.success) {
    return {
      ok: false,
      errors: {
        ...(form.ok ? {} : form.errors),
        ...(credentials.success ? {} : { credentials: MESSAGES.credentials }),
      },
    };
  }
  const { settings } = form;

  const wait = deps.limiter.retryAfterMs();
  if (wait > 0) return { ok: false, errors: { credentials: lockedMessage(wait) } };
  const admin = await deps.verifyAdministrator(settings.serverUrl, credentials.data);
  if (admin.outcome === 'unreachable') return { ok: false, errors: { serverUrl: MESSAGES.unreachable } };
  if (admin.outcome !== 'verified') {
    deps.limiter.failed();
    const message =
      admin.outcome === 'wrong_credentials' ? MESSAGES.wrongCredentials : MESSAGES.notAdministrator;
    return { ok: false, errors: { credentials: message } };
  }
  deps.limiter.succeeded();

  if (settings.role !== 'operator') {
    const device = await deps.checkDeviceToken(settings.serverUrl, settings.deviceToken, settings.role);
    if (device.outcome === 'unreachable') return { ok: false, errors: { serverUrl: MESSAGES.unreachable } };
    if (device.outcome === 'rejected') return { ok: false, errors: { deviceToken: MESSAGES.tokenRejected } };
    if (device.outcome === 'wrong_role')
      return { ok: false, errors: { deviceToken: MESSAGES.wrongRole(device.actual) } };
  }

  writeSettings(deps.userDataDir, settings);
  return { ok: true, settings };
}
