import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type OfficeClient, connectOffice, login } from '@queue/client';
import type { OfficeEvent } from '@queue/engine';
import type { CommandResponse, PublicView, StaffView } from '@queue/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cashTicket } from '../../../test/support/cash-ticket.js';
import {
  CAN_MOUNT,
  type SmallDisk,
  mountSmallDisk,
  sayWhyNotMounted,
} from '../../../test/support/small-disk.js';
import { until } from '../../../test/support/test-office.js';
import { DEMO_DEVICE_TOKENS } from '../src/index.js';
import { type ServerProcess, startServerProcess } from './server-process.js';

/**
 * Issue 13 on a real disk that fills up: a 2 MB tmpfs holds the data folder of the real server (its own
 * process, as `npm start` runs it), a filler file leaves it a few pages, and commands go on over real
 * Socket.IO until the disk refuses them. Every acknowledged command must survive a SIGKILL and a restart
 * on the still-full disk with its seq and its ticket number, no number may be given twice, the process
 * must never die, the administrator must see the storage alarm, and freeing space must resume the office
 * by itself. Mounting needs root (CI runs as root); elsewhere the test says why it does not run.
 */
sayWhyNotMounted('full-disk test');

describe.skipIf(!CAN_MOUNT)('a full disk', () => {
  let disk: SmallDisk;
  let dataDir: string;
  let server: ServerProcess | undefined;
  const clients: OfficeClient[] = [];

  beforeAll(() => {
    disk = mountSmallDisk('full-disk-');
    dataDir = join(disk.path, 'office');
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await server?.stop('SIGKILL');
    disk.unmount();
  });

  const connect = async <V extends StaffView | PublicView>(token: string) => {
    const client = connectOffice<V>({ url: server!.url, token });
    clients.push(client as unknown as OfficeClient);
    await until(() => client.store.getState().view !== null, 15_000);
    return client;
  };
  const logEvents = (): OfficeEvent[] =>
    readFileSync(join(dataDir, 'events', 'live.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as OfficeEvent);
  const health = async () =>
    (await (await fetch(`${server!.url}/health`)).json()) as {
      status: string;
      storage: StaffView['storage'];
    };

  it('acknowledges only what is stored, stays up, raises the alarm, and resumes when space comes back', async () => {
    server = await startServerProcess(dataDir);
    const token = (await login(server.url, 'admin', '1111')).token;
    let admin = await connect<StaffView>(token);
    // Tickets before the disk fills.
    const acked = new Map<string, { number: string; seq: number }>();
    const send = async (client: OfficeClient<StaffView>) => {
      const response: CommandResponse = await client.send(cashTicket);
      if (response.ok) {
        const ticket = response.result.ticket!;
        acked.set(ticket.id, { number: ticket.number, seq: response.result.seq });
      }
      return response;
    };
    for (let i = 0; i < 5; i++) expect((await send(admin)).ok).toBe(true);

    // The disk fills: a few pages are left, then the commands go on until it has refused several.
    disk.fill(6 * 4096);
    const answers: string[] = [];
    for (let i = 0; i < 400 && answers.filter((a) => a === 'storage_failed').length < 8; i++) {
      const response = await send(admin);
      answers.push(response.ok ? 'ok' : response.error.code);
    }
    expect(answers.filter((a) => a === 'ok').length).toBeGreaterThan(0);
    expect(answers.filter((a) => a === 'storage_failed').length).toBe(8);
    expect(answers.every((a) => a === 'ok' || a === 'storage_failed')).toBe(true);
    expect(server.exitCode()).toBeNull();

    // The administrator sees why; reads, views and the hall display go on.
    await until(() => (admin.store.getState().view?.storage.failing.length ?? 0) > 0, 15_000);
    const failing = admin.store.getState().view!.storage.failing;
    expect(failing).toContainEqual(
      expect.objectContaining({ file: 'events/live.jsonl', kind: 'events', code: 'ENOSPC' }),
    );
    expect((await health()).status).toBe('storage_failing');
    const hall = await connect<PublicView>(DEMO_DEVICE_TOKENS['board-1']);
    expect(hall.store.getState().view?.kind).toBe('public');
    const view = await fetch(`${server.url}/api/view`, { headers: { authorization: `Bearer ${token}` } });
    expect(view.status).toBe(200);
    // Over HTTP the refusal is a 503 with its reason in JSON.
    const overHttp = await fetch(`${server.url}/api/commands`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(cashTicket),
    });
    expect(overHttp.status).toBe(503);
    expect(((await overHttp.json()) as CommandResponse).ok === false).toBe(true);
    expect(server.exitCode()).toBeNull();

    // Killed and restarted on the still-full disk: every acknowledged ticket is there, as given.
    for (const client of clients.splice(0)) client.close();
    await server.stop('SIGKILL');
    server = await startServerProcess(dataDir);
    const log = logEvents();
    expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
    const issued = new Map(
      log.flatMap((e) => (e.type === 'ticket.issued' ? [[e.ticket.id, e.ticket.number] as const] : [])),
    );
    expect(issued.size).toBe(acked.size);
    for (const [id, { number, seq }] of acked) {
      expect(issued.get(id)).toBe(number);
      expect(log.find((e) => e.type === 'ticket.issued' && e.ticket.id === id)!.seq).toBeLessThanOrEqual(seq);
    }
    const numbers = [...issued.values()];
    expect(new Set(numbers).size).toBe(numbers.length);

    // Space comes back: the alarm goes by itself (the server tries again on its clock tick), and the
    // next command simply succeeds with the next number.
    admin = await connect<StaffView>(token);
    disk.free();
    await until(() => admin.store.getState().view?.storage.failing.length === 0, 20_000);
    expect((await health()).status).toBe('ok');
    const next = await send(admin);
    expect(next.ok).toBe(true);
    if (next.ok) expect(numbers).not.toContain(next.result.ticket!.number);
    expect(next.ok && next.result.ticket!.number).toBe(`К${String(numbers.length + 1).padStart(3, '0')}`);
    expect(server.exitCode()).toBeNull();
    await server.stop('SIGTERM');
    expect(server.exitCode()).toBe(0);
  }, 120_000);
});
