import type { Server as HttpServer } from 'node:http';
import {
  type ClientToServerEvents,
  type Principal,
  type ServerToClientEvents,
  type ViewKind,
  handshakeSchema,
} from '@queue/protocol';
import { Server } from 'socket.io';
import type { CommandGateway } from '../command-gateway.js';
import type { OriginPolicy } from '../http/office-origins.js';
import type { ViewPublisher } from '../projection/view-publisher.js';

interface SocketData {
  principal: Principal;
  /** The token it connected with, checked again when sessions end (auth/ended-sessions.ts). */
  token: string;
  view: ViewKind;
}

/** The largest Socket.IO message a client may send, in bytes. */
export const SOCKET_FRAME_LIMIT = 1024 * 1024;

/** Staff see the office; devices (kiosk, hall display, integrations) see only the public projection. */
const viewFor = (principal: Principal): ViewKind => (principal.kind === 'staff' ? 'staff' : 'public');

export const attachSockets = (
  http: HttpServer,
  deps: {
    authenticate: (token: string) => Principal | null;
    gateway: CommandGateway;
    publisher: () => ViewPublisher;
    clock: () => number;
    origins: OriginPolicy;
  },
) => {
  const io = new Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>(http, {
    // Short drops replay the missed packets; a longer gap is healed by a snapshot (DESIGN §1). Every
    // broadcast is kept this long in memory, so the window is a short drop's, not a long one's.
    connectionStateRecovery: { maxDisconnectionDuration: 30_000, skipMiddlewares: false },
    serveClient: false,
    // The largest message a client may send (docs/PROTOCOL.md «Limits»); a bigger one closes its
    // connection. A command, even a whole configuration, is far smaller; it matches the HTTP body limit.
    maxHttpBufferSize: SOCKET_FRAME_LIMIT,
    // A page of another site must not drive the office from a browser on the office's network
    // (issue 13 §1); WebSockets are not bound by CORS, so the handshake checks the page's origin.
    allowRequest: (request, callback) => callback(null, deps.origins.allows(request.headers.origin)),
  });

  io.use((socket, next) => {
    const parsed = handshakeSchema.safeParse(socket.handshake.auth);
    const principal = parsed.success ? deps.authenticate(parsed.data.token) : null;
    if (!principal) {
      next(new Error('unauthenticated'));
      return;
    }
    socket.data.principal = principal;
    socket.data.token = parsed.success ? parsed.data.token : '';
    socket.data.view = viewFor(principal);
    next();
  });

  io.on('connection', (socket) => {
    const { principal, view } = socket.data;
    socket.emit('welcome', { principal, serverTime: deps.clock() });
    // A recovered socket has just been replayed what it missed (its replica asks for a snapshot only if a
    // gap remains). A new one starts from a snapshot, taken after pending patches went out and before
    // it joins, so the snapshot is the first thing it holds.
    if (!socket.recovered) {
      const snapshot = deps.publisher().snapshot(view);
      void socket.join(view);
      socket.emit('snapshot', snapshot);
    }

    socket.on('command', (...args: unknown[]) => {
      // `emit('command', ack)` without a payload puts the callback first: answered invalid_payload.
      const ack = args.at(-1);
      if (typeof ack !== 'function') return;
      const input = args.length > 1 ? args[0] : undefined;
      // The gateway answers every command, even when something in it throws (issue 13); the socket
      // is no place for an exception to escape to (it would reach the process's safety net).
      const response = deps.gateway.handle(principal, input);
      // Stored, so acknowledged at once; the views follow on the same sockets once this turn's commands
      // are all in (ViewPublisher.changed). A console's client waits for the patch that carries its
      // command's sequence number before it reports the command done (packages/client), so its screen
      // never lags behind the answer.
      ack(response);
    });
    socket.on('resync', (ack) => {
      if (typeof ack === 'function') ack(deps.publisher().snapshot(view));
    });
  });

  return io;
};
