import { connectOffice } from '@queue/client';
import type { OfficeConfig } from '@queue/engine';
import type { StaffView } from '@queue/protocol';
import { io } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TestOfficeServer, until } from '@queue/e2e/test-office';

/**
 * Issue 13 §3 against the real server: signing out, a PIN reset, a role taken away and a member removed
 * each end that person's sessions — the token is refused over HTTP and in a new handshake, and the open
 * socket is closed at once — while everyone else's sessions go on.
 */

let office: TestOfficeServer;
let manager: string;
beforeEach(async () => {
  office = await TestOfficeServer.start();
  manager = await office.token('manager', '2222');
});
afterEach(async () => {
  await office.stop();
});

const view = (token: string) =>
  fetch(`${office.url}/api/view`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.status);

/** A bare Socket.IO connection, so the test sees the server close it (the office client would reconnect). */
const openSocket = async (token: string) => {
  const socket = io(office.url, { auth: { token }, transports: ['websocket'], reconnection: false });
  const closed = new Promise<string>((resolve) => socket.on('disconnect', (reason) => resolve(reason)));
  await new Promise<void>((resolve, reject) => {
    socket.on('snapshot', () => resolve());
    socket.on('connect_error', reject);
  });
  return { socket, closed };
};

const handshakeRefused = (token: string) =>
  new Promise<boolean>((resolve) => {
    const socket = io(office.url, { auth: { token }, transports: ['websocket'], reconnection: false });
    socket.on('connect', () => {
      socket.close();
      resolve(false);
    });
    socket.on('connect_error', () => {
      socket.close();
      resolve(true);
    });
  });

const replaceConfig = (change: (config: OfficeConfig) => OfficeConfig) =>
  fetch(`${office.url}/api/config`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${manager}` },
    body: JSON.stringify({ config: change(office.server.runtime.state.config), reason: 'проверка' }),
  });

/** Each way a session ends, done to op1 while op2 keeps working. */
const ENDINGS: { name: string; end: (op1Token: string) => Promise<unknown> }[] = [
  {
    name: 'op1 signs out',
    end: async (token) => {
      const client = connectOffice<StaffView>({ url: office.url, token });
      try {
        await until(() => client.store.getState().view !== null);
        await client.send({ type: 'staff.login', staffId: 'op1', mode: 'operator', windowId: 'w1' });
        const answer = await client.send({ type: 'staff.logout', staffId: 'op1' });
        expect(answer.ok).toBe(true);
      } finally {
        client.close();
      }
    },
  },
  {
    name: 'op1 signs out over HTTP (POST /api/logout)',
    end: async (token) => {
      const response = await fetch(`${office.url}/api/logout`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(200);
    },
  },
  {
    name: 'the manager resets op1’s PIN',
    end: async () => {
      const response = await fetch(`${office.url}/api/config/staff/reset-pin`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${manager}` },
        body: JSON.stringify({ staffId: 'op1' }),
      });
      expect(response.status).toBe(200);
    },
  },
  {
    name: 'op1’s operator role is taken away',
    end: async () => {
      const response = await replaceConfig((c) => ({
        ...c,
        staff: c.staff.map((s) => (s.id === 'op1' ? { ...s, roles: ['reserve' as const] } : s)),
      }));
      expect(response.status).toBe(200);
    },
  },
  {
    name: 'op1 is removed from the staff',
    end: async () => {
      const response = await replaceConfig((c) => ({ ...c, staff: c.staff.filter((s) => s.id !== 'op1') }));
      expect(response.status).toBe(200);
    },
  },
];

describe('ending a member of staff’s sessions', () => {
  it.each(ENDINGS)(
    '$name: refused over HTTP and Socket.IO, the open socket closed, others untouched',
    async ({ end }) => {
      const op1 = await office.token('op1', '1234');
      const op2 = await office.token('op2', '2345');
      const op1Socket = await openSocket(op1);
      const op2Socket = await openSocket(op2);
      expect(await view(op1)).toBe(200);

      await end(op1);

      expect(await op1Socket.closed).toBe('io server disconnect');
      expect(await view(op1)).toBe(401);
      expect(await handshakeRefused(op1)).toBe(true);
      expect(op2Socket.socket.connected).toBe(true);
      expect(await view(op2)).toBe(200);
      op2Socket.socket.close();
    },
  );

  it('a new sign-in after signing out works', async () => {
    const first = await office.token('op1', '1234');
    const client = connectOffice<StaffView>({ url: office.url, token: first });
    await until(() => client.store.getState().view !== null);
    await client.send({ type: 'staff.login', staffId: 'op1', mode: 'operator', windowId: 'w1' });
    await client.send({ type: 'staff.logout', staffId: 'op1' });
    client.close();
    await until(() => office.server.store.file.sessions?.op1 === 1);
    expect(await view(first)).toBe(401);
    expect(await view(await office.token('op1', '1234'))).toBe(200);
  });

  it.each([
    ['with .x appended', (t: string) => `${t}.x`],
    ['with a character appended', (t: string) => `${t}A`],
    ['with padding', (t: string) => `${t}=`],
    ['in upper case kind', (t: string) => `S${t.slice(1)}`],
  ])('a token %s is refused', async (_name, change) => {
    const token = await office.token('op1', '1234');
    expect(await view(token)).toBe(200);
    expect(await view(change(token))).toBe(401);
    expect(await handshakeRefused(change(token))).toBe(true);
  });
});
