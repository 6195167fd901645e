import type {
  ClientToServerEvents,
  CommandResponse,
  CommandInput,
  LoginResponse,
  ServerToClientEvents,
  View,
} from '@queue/protocol';
import { type Socket, io } from 'socket.io-client';
import { officeHttp } from './office-http.js';
import { type ReplicaStore, applyPatchMessage, createReplicaStore, takeSnapshot } from './replica-store.js';

export interface OfficeClientOptions {
  /** The office server, e.g. `http://10.0.0.5:8080`; empty for the page's own origin. */
  url: string;
  token: string;
  commandTimeoutMs?: number;
}

export interface OfficeClient<V extends View = View> {
  store: ReplicaStore<V>;
  send: (command: CommandInput) => Promise<CommandResponse>;
  resync: () => Promise<void>;
  close: () => void;
  socket: Socket<ServerToClientEvents, ClientToServerEvents>;
}

const offline = (ru: string, en: string): CommandResponse => ({
  ok: false,
  error: { code: 'internal', message: { ru, en } },
});

/**
 * The replica every UI uses (DESIGN §1): authenticate, hold the view in a zustand store, apply patches
 * in order, fetch a snapshot on a gap or a reconnect, expose the connection, send typed commands.
 */
/**
 * The server acknowledges a command as soon as it is stored and sends the views' patches right after,
 * on the same socket. A console's view carries the office's sequence number, so `send` resolves once
 * the replica shows the command's own effect: a screen never lags behind the answer it got. A public
 * view has no sequence number (its clients read the answer itself). Bounded, in case the connection
 * drops between the two: the reconnect brings a snapshot anyway.
 */
export const caughtUp = <V extends View>(
  store: ReplicaStore<V>,
  seq: number,
  timeoutMs = 2_000,
): Promise<void> => {
  const reached = () => {
    const view = store.getState().view;
    return view?.kind !== 'staff' || view.seq >= seq;
  };
  if (reached()) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    const unsubscribe = store.subscribe(() => {
      if (reached()) done();
    });
  });
};

export const connectOffice = <V extends View = View>(options: OfficeClientOptions): OfficeClient<V> => {
  const store = createReplicaStore<V>();
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(options.url, {
    auth: { token: options.token },
    transports: ['websocket'],
    reconnectionDelay: 500,
    reconnectionDelayMax: 5000,
  });

  const resync = async () => {
    try {
      const snapshot = await socket.timeout(options.commandTimeoutMs ?? 10_000).emitWithAck('resync');
      takeSnapshot(store, snapshot);
    } catch {
      // The next reconnect brings a snapshot anyway.
    }
  };

  socket.on('welcome', (message) =>
    store.setState({ principal: message.principal, clockOffsetMs: message.serverTime - Date.now() }),
  );
  socket.on('snapshot', (message) => {
    takeSnapshot(store, message);
    store.setState({ connection: 'online' });
  });
  socket.on('patch', (message) => {
    if (!applyPatchMessage(store, message)) void resync();
  });
  socket.on('connect', () => store.setState({ connection: 'online' }));
  socket.on('disconnect', () => store.setState({ connection: 'offline' }));
  socket.on('connect_error', (error) => {
    store.setState({ connection: error.message === 'unauthenticated' ? 'unauthorized' : 'offline' });
  });

  const send = async (command: CommandInput): Promise<CommandResponse> => {
    // A command is never queued while offline: it could run much later, when nobody expects it.
    if (!socket.connected)
      return offline(
        'Нет связи с сервером. Действие не выполнено.',
        'No connection to the server. Nothing was done.',
      );
    try {
      const response = await socket
        .timeout(options.commandTimeoutMs ?? 10_000)
        .emitWithAck('command', command);
      if (response.ok) await caughtUp(store, response.result.seq);
      return response;
    } catch {
      return offline(
        'Сервер не ответил. Проверьте результат на экране, прежде чем повторять.',
        'The server did not answer. Check the screen before trying again.',
      );
    }
  };

  return { store, send, resync, close: () => socket.close(), socket };
};

/** A member of staff signs in (`POST /api/login`); an `HttpFailure` says why not. */
export const login = (url: string, loginName: string, pin: string): Promise<LoginResponse> =>
  officeHttp({ server: url }).call('login', { body: { login: loginName, pin } });
