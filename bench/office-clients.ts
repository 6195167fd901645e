import { type OfficeClient, connectOffice, login } from '@queue/client';
import type {
  ClientToServerEvents,
  CommandInput,
  CommandResponse,
  PublicView,
  ServerToClientEvents,
} from '@queue/protocol';
import { type Socket, io } from 'socket.io-client';

/**
 * The benchmark's clients, all real Socket.IO connections on loopback: operators and the administrator
 * send commands and measure the acknowledgement; boards and kiosks hold the real replica
 * (`connectOffice`) and note the moment each call first appears on their screen.
 */

export interface CommandSender {
  name: string;
  /** Sends a command; resolves with the answer and the time from sending to the acknowledgement. */
  send: (command: CommandInput) => Promise<{ response: CommandResponse; ackMs: number; sentAt: number }>;
  close: () => void;
}

const waitFor = (check: () => boolean, timeoutMs: number, what: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      if (check()) resolve();
      else if (Date.now() - started > timeoutMs) reject(new Error(`timed out waiting for ${what}`));
      else setTimeout(poll, 5);
    };
    poll();
  });

/**
 * A staff console without a replica: it receives the patches like a console does, but the benchmark
 * spends no CPU applying them, so the numbers are the server's.
 */
export const connectSender = async (url: string, name: string, token: string): Promise<CommandSender> => {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(url, {
    auth: { token },
    transports: ['websocket'],
    reconnection: false,
  });
  let ready = false;
  let failure: string | null = null;
  socket.once('snapshot', () => {
    ready = true;
  });
  socket.on('connect_error', (error) => {
    failure = error.message;
  });
  await waitFor(() => ready || failure !== null, 15_000, `${name} snapshot`);
  if (failure) throw new Error(`${name}: ${failure}`);
  return {
    name,
    send: async (command) => {
      const sentAt = performance.now();
      const response = await socket.timeout(15_000).emitWithAck('command', command);
      return { response, ackMs: performance.now() - sentAt, sentAt };
    },
    close: () => socket.close(),
  };
};

export const staffSender = async (url: string, loginName: string, pin: string): Promise<CommandSender> => {
  const { token } = await login(url, loginName, pin);
  return connectSender(url, loginName, token);
};

export interface HallScreen {
  name: string;
  client: OfficeClient<PublicView>;
  /** When each call (by its id, the sequence number of `ticket.called`) first showed on this screen. */
  seen: Map<string, number>;
  close: () => void;
}

/**
 * A hall display or a kiosk: the real replica, watched for new calls. A call counts from the moment
 * its patch arrived (an `onAny` listener runs before the replica applies the packet), so the number
 * is the server's and the network's, not this process's time to apply patches for many screens.
 */
export const connectScreen = async (
  url: string,
  name: string,
  token: string,
  clock: () => number = () => performance.now(),
): Promise<HallScreen> => {
  const client = connectOffice<PublicView>({ url, token });
  const seen = new Map<string, number>();
  let arrived = clock();
  client.socket.onAny(() => {
    arrived = clock();
  });
  client.store.subscribe((state) => {
    for (const call of state.view?.calls ?? []) if (!seen.has(call.id)) seen.set(call.id, arrived);
  });
  await waitFor(() => client.store.getState().view !== null, 15_000, `${name} snapshot`);
  return { name, client, seen, close: () => client.close() };
};
