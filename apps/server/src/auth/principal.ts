import type { Actor, OfficeState } from '@queue/engine';
import type { Principal } from '@queue/protocol';
import type { OfficeFile } from '../storage/office-store.js';
import { isDemoDeviceToken, isDemoOffice } from './demo-credentials.js';
import { hashDeviceToken, readSessionToken } from './session-token.js';
import { sessionGeneration } from './staff-sessions.js';

/** Who is behind a token, with roles from the configuration in force now. */
export const principalFor = (
  token: string,
  file: OfficeFile,
  state: OfficeState,
  now: number,
): Principal | null => {
  const session = readSessionToken(token, file.secret, now);
  if (session) {
    // Removed from the staff, or signed out (or PIN reset, or a role taken away) since: no longer.
    const member = state.config.staff.find((s) => s.id === session.staffId);
    if (!member || session.generation !== sessionGeneration(file, member.id)) return null;
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
