/**
 * Does the office server know this device token, and for the role this computer is set up as? A board's
 * token on a kiosk would be refused every ticket (a kiosk may only issue tickets, DESIGN §4): better to
 * say so while the administrator is still at the settings page. The server tells who a token is in the
 * Socket.IO `welcome`, the same handshake the page will make.
 */
import type { Principal, ServerToClientEvents } from '@queue/protocol';
import { io, type Socket } from 'socket.io-client';

export type DeviceCheck =
  | { outcome: 'accepted' }
  | { outcome: 'rejected' }
  | { outcome: 'wrong_role'; actual: string }
  | { outcome: 'unreachable'; detail: string };

export function checkDeviceToken(
  serverUrl: string,
  token: string,
  expectedRole: 'kiosk' | 'board',
  timeoutMs = 5000,
): Promise<DeviceCheck> {
  const socket: Socket<ServerToClientEvents> = io(serverUrl, {
    auth: { token },
    transports: ['websocket'],
    reconnection: false,
    timeout: timeoutMs,
    forceNew: true,
  });
  return new Promise<DeviceCheck>((resolve) => {
    const finish = (check: DeviceCheck) => {
      clearTimeout(timer);
      socket.close();
      resolve(check);
    };
    const timer = setTimeout(() => finish({ outcome: 'unreachable', detail: 'no answer' }), timeoutMs);
    socket.on('welcome', ({ principal }: { principal: Principal }) => {
      if (principal.kind !== 'device') finish({ outcome: 'wrong_role', actual: 'staff' });
      else if (principal.role !== expectedRole) finish({ outcome: 'wrong_role', actual: principal.role });
      else finish({ outcome: 'accepted' });
    });
    socket.on('connect_error', (error) =>
      finish(
        error.message === 'unauthenticated'
          ? { outcome: 'rejected' }
          : { outcome: 'unreachable', detail: error.message },
      ),
    );
  });
}
