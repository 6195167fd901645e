import { type Command, isRefusal } from '@queue/engine';
import { hashPin } from '../auth/pin-hash.js';
import { actorOf } from '../auth/principal.js';
import { hashDeviceToken } from '../auth/session-token.js';
import { endSessionsIn } from '../auth/staff-sessions.js';
import { type StaffPrincipal, staffOf } from '../http/access-hook.js';
import { serve } from '../http/contract-route.js';
import { HttpError } from '../http/http-error.js';
import type { OfficeRoutes } from '../http/office-deps.js';
import type { DeviceRecord } from '../storage/office-store.js';
import { newDeviceToken, newPin } from './credential-secrets.js';
import { publicDevice } from './public-device.js';

/**
 * PINs and device tokens (issue: staff «reset of the PIN», devices «issue and revoke their tokens»).
 * The secret goes to the server's own file (lowdb, fsynced) and to the manager's screen once; the log
 * records only that it happened and who did it (`staff.pinReset`, `device.registered`,
 * `device.revoked`), which no client can send on its own (roles.ts: server-only commands).
 */
export const credentialRoutes: OfficeRoutes = async (app) => {
  const { runtime, store } = app.office;

  /**
   * Records the change in the log alongside the office file's change: both are kept or neither (issue
   * 13). A refusal is thrown as a 409; a storage failure (`StorageError`) is answered 503 by the error
   * handler, and `saveFile` keeps nothing.
   */
  const record = (principal: StaffPrincipal, command: Command): true => {
    const outcome = runtime.run(command, actorOf(principal));
    if (isRefusal(outcome)) throw new HttpError(outcome.code, outcome.details);
    return true;
  };

  serve(app, 'resetPin', async (request) => {
    const member = runtime.state.config.staff.find((s) => s.id === request.body.staffId);
    if (!member) throw new HttpError('not_found', { what: 'staff' });
    const pin = newPin();
    const hash = await hashPin(pin);
    store.saveFile(
      (file) => {
        file.pins[member.id] = hash;
        // A new PIN ends the sessions the old one opened (issue 13 §3), in the same write.
        endSessionsIn(file, member.id);
      },
      {
        eventType: 'staff.pinReset',
        record: () => record(staffOf(request), { type: 'staff.resetPin', staffId: member.id }),
      },
    );
    return { ok: true, staffId: member.id, login: member.login, pin };
  });

  serve(app, 'devices', () => ({
    devices: store.file.devices.map(publicDevice),
  }));

  serve(app, 'registerDevice', (request) => {
    const { role, label } = request.body;
    const taken = new Set(store.file.devices.map((d) => d.id));
    let n = 1;
    while (taken.has(`${role}-${n}`)) n++;
    const token = newDeviceToken();
    const device: DeviceRecord = {
      id: `${role}-${n}`,
      role,
      label,
      tokenHash: hashDeviceToken(token),
      revoked: false,
      printer: null,
    };
    store.saveFile(
      (file) => {
        file.devices.push(device);
      },
      {
        eventType: 'device.registered',
        record: () => record(staffOf(request), { type: 'device.register', deviceId: device.id, role, label }),
      },
    );
    return { ok: true, device: publicDevice(device), token };
  });

  serve(app, 'revokeDevice', (request) => {
    const device = store.file.devices.find((d) => d.id === request.body.deviceId);
    if (!device) throw new HttpError('not_found', { what: 'device' });
    if (device.revoked) return { ok: true, device: publicDevice(device) };
    store.saveFile(
      (file) => {
        for (const d of file.devices) if (d.id === device.id) d.revoked = true;
      },
      {
        eventType: 'device.revoked',
        record: () => record(staffOf(request), { type: 'device.revoke', deviceId: device.id }),
      },
    );
    return { ok: true, device: publicDevice({ ...device, revoked: true }) };
  });
};
