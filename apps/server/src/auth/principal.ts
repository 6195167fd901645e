import type { Actor, OfficeState } from '@queue/engine';
import type { Principal } from '@queue/protocol';
import type { OfficeFile } from '../storage/office-store.js';
import { isDemoDeviceToken, isDemoOffice } from './demo-credentials.js';
import { hashDeviceToken, readSessionToken } from './session-token.js';

/** Who is behind a token, with roles from the configuration in force now. */
export const principalFor = (
  token: string,
  file: OfficeFile,
  state: OfficeState,
  now: number,
): Principal | null => {
  const staffId = readSessionToken(token, file.secret, now);
  if (staffId) {
    const member = state.config.staff.find((s) => s.id === staffId);
    if (!member) return null;
    return {
      kind: 'staff',
      staffId: member.id,
      roles: member.roles,
      fullName: member.fullName,
      position: member.position,
      windowId: member.windowId,
    };
  }
  // A real office never answers to the demo's tokens, printed in README (issue 15).
  if (!isDemoOffice(file) && isDemoDeviceToken(token)) return null;
  const tokenHash = hashDeviceToken(token);
  const device = file.devices.find((d) => d.tokenHash === tokenHash && !d.revoked);
  return device ? { kind: 'device', deviceId: device.id, role: device.role } : null;
};

export const actorOf = (principal: Principal): Actor =>
  principal.kind === 'staff'
    ? { kind: 'staff', staffId: principal.staffId, roles: principal.roles }
    : { kind: 'device', deviceId: principal.deviceId, role: principal.role };
