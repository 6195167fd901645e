import type { OfficeEvent } from '@queue/engine';
import type { Principal } from '@queue/protocol';

interface ConnectedSocket {
  data: { principal?: Principal };
  disconnect: (close?: boolean) => unknown;
}

/**
 * A revoked device loses its open connection at once, not only its next one: the socket was
 * authenticated when it connected, so without this a stolen kiosk would go on issuing tickets until
 * it reconnected.
 */
export const disconnectRevokedDevices =
  (sockets: () => Promise<ConnectedSocket[]>) =>
  (events: readonly OfficeEvent[]): void => {
    const revoked = new Set(events.flatMap((e) => (e.type === 'device.revoked' ? [e.deviceId] : [])));
    if (revoked.size === 0) return;
    void sockets().then((list) => {
      for (const socket of list) {
        const principal = socket.data.principal;
        if (principal?.kind === 'device' && revoked.has(principal.deviceId)) socket.disconnect(true);
      }
    });
  };
