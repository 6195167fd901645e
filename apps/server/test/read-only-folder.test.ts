import { chmodSync, chownSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type OfficeClient, connectOffice, login } from '@queue/client';
import type { OfficeEvent } from '@queue/engine';
import type { StaffView } from '@queue/protocol';
import { afterAll, describe, expect, it } from 'vitest';
import { cashTicket } from '../../../test/support/cash-ticket.js';
import { until } from '../../../test/support/test-office.js';
import { type ServerProcess, startServerProcess } from './server-process.js';

/**
 * Issue 13 on a data folder made read-only under the running server (and a server started on one). Root
 * passes every permission bit, so as root the server runs as `nobody`, the folder's owner, whose bits
 * then count: the failure is the real EACCES of the real system calls.
 */
const ROOT = process.getuid?.() === 0;
const NOBODY = 65534;

const dataDir = mkdtempSync(join(tmpdir(), 'read-only-'));
const clients: OfficeClient[] = [];
let server: ServerProcess | undefined;
afterAll(async () => {
  for (const client of clients) client.close();
  await server?.stop('SIGKILL');
  writable(true);
  rmSync(dataDir, { recursive: true, force: true });
});

/** Every folder and file of the office's data, without (or with) their write bits. */
const writable = (on: boolean) => {
  const walk = (path: string) => {
    const folder = statSync(path).isDirectory();
    chmodSync(path, folder ? (on ? 0o755 : 0o555) : on ? 0o644 : 0o444);
    if (folder) for (const entry of readdirSync(path)) walk(join(path, entry));
  };
  walk(dataDir);
};

const start = async () => {
  server = await startServerProcess(dataDir, ROOT ? { uid: NOBODY, gid: NOBODY } : {});
  return server;
};

describe('a read-only data folder', () => {
  it('answers 503 storage_failed to a PIN reset, stays up, shows the alarm, and resumes when it is writable again', async () => {
    if (ROOT) chownSync(dataDir, NOBODY, NOBODY);
    const { url } = await start();
    const manager = (await login(url, 'manager', '2222')).token;
    const admin = connectOffice<StaffView>({ url, token: (await login(url, 'admin', '1111')).token });
    clients.push(admin as unknown as OfficeClient);
    await until(() => admin.store.getState().view !== null, 15_000);
    expect((await admin.send(cashTicket)).ok).toBe(true);
    const resetPin = () =>
      fetch(`${server!.url}/api/config/staff/reset-pin`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${manager}` },
        body: JSON.stringify({ staffId: 'op1' }),
      });

    writable(false);
    const refused = await resetPin();
    expect(refused.status).toBe(503);
    expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'storage_failed' } });
    // Nothing changed: the old PIN still signs in, and the log holds no reset.
    expect((await login(url, 'op1', '1234')).token).toBeTruthy();
    const events = (): OfficeEvent[] =>
      readFileSync(join(dataDir, 'events', 'live.jsonl'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as OfficeEvent);
    expect(events().some((e) => e.type === 'staff.pinReset')).toBe(false);
    // The failed audit entry of the refusal did not stop anything either.
    await until(() => admin.store.getState().view!.storage.failing.some((f) => f.kind === 'office'), 15_000);
    expect(admin.store.getState().view!.storage.failing).toContainEqual(
      expect.objectContaining({ file: 'office.json', code: 'EACCES' }),
    );
    expect(server!.exitCode()).toBeNull();

    // Started anew on the read-only folder: it serves what it has, refuses what it cannot store.
    admin.close();
    await server!.stop('SIGKILL');
    await start();
    const again = connectOffice<StaffView>({
      url: server!.url,
      token: (await login(server!.url, 'admin', '1111')).token,
    });
    clients.push(again as unknown as OfficeClient);
    await until(() => again.store.getState().view !== null, 15_000);
    expect(again.store.getState().view!.tickets).toHaveLength(1);
    const denied = await again.send(cashTicket);
    expect(!denied.ok && denied.error.code).toBe('storage_failed');
    await until(
      () =>
        again.store
          .getState()
          .view!.storage.failing.some((f) => f.file === 'events/live.jsonl' && f.code === 'EACCES'),
      15_000,
    );

    // Writable again: the alarm goes by itself, and the reset and the next ticket simply succeed.
    writable(true);
    await until(() => again.store.getState().view!.storage.failing.length === 0, 20_000);
    const reset = await resetPin();
    expect(reset.status).toBe(200);
    const { pin } = (await reset.json()) as { pin: string };
    expect((await login(server!.url, 'op1', pin)).token).toBeTruthy();
    expect(events().filter((e) => e.type === 'staff.pinReset')).toHaveLength(1);
    expect((await again.send(cashTicket)).ok).toBe(true);
    expect(server!.exitCode()).toBeNull();
  }, 120_000);
});
