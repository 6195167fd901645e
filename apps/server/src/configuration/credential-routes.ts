import type { ServerResponse } from 'node:http';
import { type Command, isRefusal } from '@queue/engine';
import { wireError } from '@queue/protocol';
import { z } from 'zod';
import { hashPin } from '../auth/pin-hash.js';
import { actorOf } from '../auth/principal.js';
import { hashDeviceToken } from '../auth/session-token.js';
import { CONFIG_ROLES, type StaffPrincipal, requireStaff } from '../reports/staff-guard.js';
import type { DeviceRecord } from '../storage/office-store.js';
import { readJson, sendJson } from '../transport/http-body.js';
import type { HttpRoute, RouteDeps } from '../transport/http-routes.js';
import { newDeviceToken, newPin } from './credential-secrets.js';

const pinResetSchema = z.object({ staffId: z.string().trim().min(1).max(64) });
const registerSchema = z.object({
  role: z.enum(['kiosk', 'board', 'integration']),
  label: z.string().trim().min(1).max(100),
});
const revokeSchema = z.object({ deviceId: z.string().trim().min(1).max(64) });

const notFound = (res: ServerResponse, ru: string, en: string) =>
  sendJson(res, 404, { ok: false, error: { code: 'not_found', message: { ru, en } } });

const publicDevice = ({ id, role, label, revoked }: DeviceRecord) => ({ id, role, label, revoked });

/**
 * PINs and device tokens (issue: staff «reset of the PIN», devices «issue and revoke their tokens»).
 * The secret goes to the server's own file (lowdb, fsynced) and to the manager's screen once; the log
 * records only that it happened and who did it (`staff.pinReset`, `device.registered`,
 * `device.revoked`), which no client can send on its own (roles.ts: server-only commands).
 */
export const credentialRoutes = (deps: RouteDeps): HttpRoute[] => {
  /**
   * Records the change in the log, or answers why not (409 a refusal). A storage failure is thrown
   * (`StorageError`) and answered 503 `storage_failed` by the server; `saveFile` then keeps nothing.
   */
  const record = (res: ServerResponse, principal: StaffPrincipal, command: Command): boolean => {
    const outcome = deps.runtime.run(command, actorOf(principal));
    if (!isRefusal(outcome)) return true;
    sendJson(res, 409, { ok: false, error: wireError(outcome.code, outcome.details, String) });
    return false;
  };

  const body = async <T>(
    req: Parameters<HttpRoute['handle']>[0],
    res: ServerResponse,
    schema: z.ZodType<T>,
  ) => {
    const parsed = schema.safeParse(await readJson(req).catch(() => null));
    if (parsed.success) return parsed.data;
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    sendJson(res, 400, { ok: false, error: wireError('invalid_payload', { issues }, String) });
    return null;
  };

  return [
    {
      method: 'POST',
      path: '/api/config/staff/reset-pin',
      handle: async (req, res) => {
        const principal = requireStaff(deps, req, res, CONFIG_ROLES);
        if (!principal) return;
        const input = await body(req, res, pinResetSchema);
        if (!input) return;
        const member = deps.runtime.state.config.staff.find((s) => s.id === input.staffId);
        if (!member) return notFound(res, 'Сотрудник не найден.', 'Staff member not found.');
        const pin = newPin();
        // The new PIN and its record in the log are kept together or not at all (issue 13).
        const saved = deps.store.saveFile(
          (file) => {
            file.pins[member.id] = hashPin(pin);
          },
          () => record(res, principal, { type: 'staff.resetPin', staffId: member.id }),
        );
        if (!saved) return;
        sendJson(res, 200, { ok: true, staffId: member.id, login: member.login, pin });
      },
    },
    {
      method: 'GET',
      path: '/api/config/devices',
      handle: (req, res) => {
        if (!requireStaff(deps, req, res, CONFIG_ROLES)) return;
        sendJson(res, 200, { devices: deps.store.file.devices.map(publicDevice) });
      },
    },
    {
      method: 'POST',
      path: '/api/config/devices',
      handle: async (req, res) => {
        const principal = requireStaff(deps, req, res, CONFIG_ROLES);
        if (!principal) return;
        const input = await body(req, res, registerSchema);
        if (!input) return;
        const taken = new Set(deps.store.file.devices.map((d) => d.id));
        let n = 1;
        while (taken.has(`${input.role}-${n}`)) n++;
        const token = newDeviceToken();
        const device: DeviceRecord = {
          id: `${input.role}-${n}`,
          role: input.role,
          label: input.label,
          tokenHash: hashDeviceToken(token),
          revoked: false,
          printer: null,
        };
        const command: Command = {
          type: 'device.register',
          deviceId: device.id,
          role: device.role,
          label: device.label,
        };
        const saved = deps.store.saveFile(
          (file) => {
            file.devices.push(device);
          },
          () => record(res, principal, command),
        );
        if (!saved) return;
        sendJson(res, 200, { ok: true, device: publicDevice(device), token });
      },
    },
    {
      method: 'POST',
      path: '/api/config/devices/revoke',
      handle: async (req, res) => {
        const principal = requireStaff(deps, req, res, CONFIG_ROLES);
        if (!principal) return;
        const input = await body(req, res, revokeSchema);
        if (!input) return;
        const device = deps.store.file.devices.find((d) => d.id === input.deviceId);
        if (!device) return notFound(res, 'Устройство не найдено.', 'Device not found.');
        if (device.revoked) return sendJson(res, 200, { ok: true, device: publicDevice(device) });
        const saved = deps.store.saveFile(
          (file) => {
            for (const d of file.devices) if (d.id === device.id) d.revoked = true;
          },
          () => record(res, principal, { type: 'device.revoke', deviceId: device.id }),
        );
        if (!saved) return;
        sendJson(res, 200, { ok: true, device: publicDevice({ ...device, revoked: true }) });
      },
    },
  ];
};
