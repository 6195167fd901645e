import type { OfficeEvent, StaffMember } from '@queue/engine';
import type { Principal } from '@queue/protocol';

interface ConnectedSocket {
  data: { principal?: Principal; token?: string };
  disconnect: (close?: boolean) => unknown;
}

/**
 * Staff whose sessions a batch of events ends (issue 13 §3): who signed out (by their own hand or the
 * administrator's), and, comparing the configuration before and after, who was removed from the staff
 * or lost a role. A PIN reset ends sessions in the same write as the new PIN (credential-routes.ts);
 * its event only closes the open sockets.
 */
export const sessionsEndedBy = (before: readonly StaffMember[], events: readonly OfficeEvent[]): string[] => {
  const ended = new Set<string>();
  let staff = before;
  for (const event of events) {
    if (event.type === 'staff.loggedOut' && event.actor.kind === 'staff') ended.add(event.staffId);
    if (event.type === 'config.replaced') {
      const next = new Map(event.config.staff.map((s) => [s.id, s]));
      for (const member of staff) {
        const now = next.get(member.id);
        if (!now || member.roles.some((role) => !now.roles.includes(role))) ended.add(member.id);
      }
      staff = event.config.staff;
    }
  }
  return [...ended];
};

/** Whether a batch may have ended a session whose socket is open. */
export const mayEndSessions = (events: readonly OfficeEvent[]): boolean =>
  events.some(
    (e) => e.type === 'staff.loggedOut' || e.type === 'staff.pinReset' || e.type === 'config.replaced',
  );

/**
 * Closes every open staff socket whose token no longer names a session (ended, or its member gone):
 * a socket is authenticated once, when it connects, so without this an ended session would go on
 * receiving the office's view and sending commands until it reconnected.
 */
export const disconnectEndedSessions = async (
  sockets: () => Promise<ConnectedSocket[]>,
  authenticate: (token: string) => Principal | null,
): Promise<void> => {
  for (const socket of await sockets()) {
    const { principal, token } = socket.data;
    if (principal?.kind !== 'staff' || token === undefined) continue;
    const now = authenticate(token);
    const sameRoles =
      now?.kind === 'staff' &&
      now.roles.length === principal.roles.length &&
      now.roles.every((r) => principal.roles.includes(r));
    if (!sameRoles) socket.disconnect(true);
  }
};
