import type { OfficeClient } from '@queue/client';
import { type StaffView, journalResponseSchema } from '@queue/protocol';
import { TestOfficeServer, until } from '@queue/e2e/test-office';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DEVICE_TOKENS } from '../src/index.js';

/**
 * The networked call button at the entrance (004 §6.7.5–6.7.6) against the real server: the manager
 * issues it a device token; its plain POST raises «у входа ждут помощи» for the administrator and the
 * reserve; a named member of staff accepts it, and the journal says who.
 */

let office: TestOfficeServer;
let admin: OfficeClient<StaffView>;
let reserve: OfficeClient<StaffView>;
let managerToken: string;
let doorToken: string;
let doorId: string;

const post = (path: string, token: string | null, body?: unknown) =>
  fetch(`${office.url}${path}`, {
    method: 'POST',
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

beforeAll(async () => {
  office = await TestOfficeServer.start();
  admin = await office.staff('admin', '1111');
  reserve = await office.staff('reserve', '5678');
  managerToken = await office.token('manager', '2222');
  const registered = await post('/api/config/devices', managerToken, { role: 'door', label: 'Вход' });
  expect(registered.status).toBe(200);
  const answer = (await registered.json()) as { device: { id: string }; token: string };
  doorToken = answer.token;
  doorId = answer.device.id;
});
afterAll(async () => {
  await office?.stop();
});

describe('the entrance call button over HTTP', () => {
  it('only a door button’s token presses it; a kiosk or no token is refused and changes nothing', async () => {
    const seq = office.server.runtime.state.seq;
    expect((await post('/api/door/call', null)).status).toBe(401);
    expect((await post('/api/door/call', DEMO_DEVICE_TOKENS['kiosk-1']!)).status).toBe(403);
    // Nor may the button send the command itself through the generic route: the server names the door.
    const generic = await post('/api/commands', doorToken, { type: 'door.call', doorId: 'elsewhere' });
    expect(generic.status).toBe(403);
    expect(office.server.runtime.state.seq).toBe(seq);
  });

  it('a press raises the call on the board and the reserve console; a named reserve accepts it; the journal says who', async () => {
    await reserve.send({ type: 'staff.login', staffId: 'reserve', mode: 'reserve', windowId: null });
    const pressed = await post('/api/door/call', doorToken);
    expect(pressed.status).toBe(200);
    const key = `door:${doorId}`;
    for (const client of [admin, reserve]) {
      await until(() => client.store.getState().view?.alarms.some((a) => a.key === key) === true);
    }
    const alarm = admin.store.getState().view?.alarms.find((a) => a.key === key);
    expect(alarm).toMatchObject({ kind: 'doorCall', deviceId: doorId, acknowledgedBy: null });

    // A second press while it is open stores nothing.
    const seq = office.server.runtime.state.seq;
    expect((await post('/api/door/call', doorToken)).status).toBe(200);
    expect(office.server.runtime.state.seq).toBe(seq);

    const accepted = await reserve.send({ type: 'door.accept', key });
    expect(accepted.ok).toBe(true);
    await until(() => admin.store.getState().view?.alarms.some((a) => a.key === key) === false);

    const journal = await fetch(`${office.url}/api/journal`, {
      headers: { authorization: `Bearer ${managerToken}` },
    });
    const entries = journalResponseSchema.parse(await journal.json()).entries;
    const entry = entries.find((e) => e.type === 'alarm.acknowledged');
    expect(entry).toMatchObject({ staffId: 'reserve' });
    expect(entry?.text.ru).toContain('у входа ждут помощи');
  });
});
