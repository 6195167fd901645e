import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { connectOffice } from '@queue/client';
import type { CommandInput, PublicView, StaffView } from '@queue/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_DEVICE_TOKENS } from '../src/index.js';
import { TestOfficeServer, until } from '@queue/e2e/test-office';

const KIOSK = DEMO_DEVICE_TOKENS['kiosk-1'];
const BOARD = DEMO_DEVICE_TOKENS['board-1'];
const issue = (
  serviceId: string,
  priority: 'disability' | null = null,
): Extract<CommandInput, { type: 'ticket.issue' }> => ({
  type: 'ticket.issue',
  serviceIds: [serviceId],
  clientType: 'individual',
  priority,
  source: 'kiosk',
});

let office: TestOfficeServer;
beforeEach(async () => {
  office = await TestOfficeServer.start();
});
afterEach(async () => {
  await office.stop();
});

describe('office server', () => {
  it('answers /health with status ok', async () => {
    const response = await fetch(`${office.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });

  it('refuses a wrong PIN and an unknown token', async () => {
    await expect(office.token('op1', '0000')).rejects.toThrow('Неверный логин или PIN');
    const stranger = connectOffice({ url: office.url, token: 'not-a-real-token-at-all' });
    office.clients.push(stranger);
    await until(() => stranger.store.getState().connection === 'unauthorized');
  });

  it('stops guessing a PIN after five wrong ones, for that login only, and says so politely', async () => {
    for (let i = 0; i < 5; i++)
      await expect(office.token('op1', `000${i}`)).rejects.toThrow('Неверный логин или PIN');
    // Now even the right PIN waits: a four-digit PIN cannot be found by trying them all.
    const refused = await office.token('op1', '1234').catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'rate_limited' });
    expect(String((refused as Error).message)).toBe(
      'Слишком много попыток входа. Попробовать снова можно через минуту.',
    );
    // Another member of staff signs in as usual.
    expect(await office.token('op2', '2345')).toBeTruthy();
    const audit = readFileSync(join(office.dataDir, 'audit.jsonl'), 'utf8');
    expect(audit).toContain('login_throttled');
  });

  it('counts wrong PINs sent all at once as well as one by one', async () => {
    // The PIN is checked off the event loop, so many tries are in flight together; each is counted first.
    const tries = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        fetch(`${office.url}/api/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ login: 'op2', pin: `99${String(i).padStart(2, '0')}` }),
        }).then((r) => r.status),
      ),
    );
    expect(tries.filter((s) => s === 401)).toHaveLength(5);
    expect(tries.filter((s) => s === 429)).toHaveLength(7);
  });

  it('a ticket issued at the kiosk reaches the operator’s replica, and the operator calls it', async () => {
    const kiosk = await office.connect<PublicView>(KIOSK);
    const operator = await office.staff('op1', '1234');
    expect((await operator.send({ type: 'window.open', windowId: 'w1', services: null })).ok).toBe(true);
    const issued = await kiosk.send(issue('readings'));
    if (!issued.ok) throw new Error(issued.error.message.en);
    expect(issued.result.ticket).toMatchObject({ number: 'П001', ahead: 0, expectedWaitMin: 0 });
    await until(() => operator.store.getState().view?.tickets.some((t) => t.number === 'П001') ?? false);
    const called = await operator.send({ type: 'ticket.callNext', windowId: 'w1' });
    expect(called.ok).toBe(true);
    await until(() => kiosk.store.getState().view?.calls[0]?.number === 'П001');
    expect(kiosk.store.getState().view?.calls[0]).toMatchObject({ windowLabel: 'Окно 1', recall: 0 });
  });

  it('a console’s command resolves when its own replica already shows the result', async () => {
    const admin = await office.staff('admin', '1111');
    for (let i = 0; i < 5; i++) {
      const response = await admin.send({ ...issue('payment'), source: 'administrator' });
      if (!response.ok) throw new Error(response.error.message.en);
      // The server acknowledges before it sends the views; the client waits for its patch.
      const view = admin.store.getState().view!;
      expect(view.seq).toBeGreaterThanOrEqual(response.result.seq);
      expect(view.tickets.map((t) => t.number)).toContain(response.result.ticket?.number);
    }
  });

  it('acknowledges only what is on disk', async () => {
    const kiosk = await office.connect<PublicView>(KIOSK);
    const response = await kiosk.send(issue('payment'));
    if (!response.ok) throw new Error('refused');
    const lines = readFileSync(join(office.dataDir, 'events', 'live.jsonl'), 'utf8')
      .trim()
      .split('\n');
    const stored = lines.map((l) => JSON.parse(l) as { seq: number });
    expect(stored.map((e) => e.seq)).toContain(response.result.seq);
  });

  it('refuses a malformed payload with a clear error and changes nothing', async () => {
    const kiosk = await office.connect<PublicView>(KIOSK);
    const operator = await office.staff('admin', '1111');
    // A new office opens its day on the first clock tick: let that happen before counting events, or a
    // slow machine sees the day open in the middle of the test.
    await until(() => office.server.runtime.state.day !== null);
    const seq = office.server.runtime.state.seq;
    const bad = await kiosk.send({ type: 'ticket.issue', serviceIds: [], clientType: 'alien' } as never);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    if (!bad.ok) expect(bad.error.message.ru).toContain('Неверные данные');
    const unknown = await operator.send({ type: 'ticket.teleport' } as never);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(office.server.runtime.state.seq).toBe(seq);
  });

  it('refuses a command outside the role and logs it', async () => {
    const kiosk = await office.connect<PublicView>(KIOSK);
    const response = await kiosk.send({ type: 'ticket.callNext', windowId: 'w1' });
    expect(response).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const audit = readFileSync(join(office.dataDir, 'audit.jsonl'), 'utf8');
    expect(audit).toContain('"command":"ticket.callNext"');
    expect(audit).toContain('kiosk-1');
  });

  it('an operator acts only at their own window; the engine’s refusal arrives in Russian', async () => {
    const op1 = await office.staff('op1', '1234');
    const op2 = await office.staff('op2', '2345');
    await op1.send({ type: 'window.open', windowId: 'w1', services: null });
    const response = await op2.send({ type: 'window.pause', windowId: 'w1', reason: 'перерыв' });
    expect(response).toMatchObject({
      ok: false,
      error: { code: 'not_your_window', message: { ru: 'Это окно другого сотрудника.' } },
    });
  });

  it('rate-limits a kiosk that floods the queue', async () => {
    const kiosk = await office.connect<PublicView>(KIOSK);
    const codes: string[] = [];
    for (let i = 0; i < 8; i++) {
      const r = await kiosk.send(issue('payment'));
      codes.push(r.ok ? 'ok' : r.error.code);
    }
    expect(codes.slice(0, 5)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    expect(codes).toContain('rate_limited');
  });

  it('two consoles that call next at the same moment get two different tickets', async () => {
    const admin = await office.staff('admin', '1111');
    const op1 = await office.staff('op1', '1234');
    const op2 = await office.staff('op2', '2345');
    await op1.send({ type: 'window.open', windowId: 'w1', services: null });
    await op2.send({ type: 'window.open', windowId: 'w2', services: null });
    for (let i = 0; i < 3; i++) await admin.send({ ...issue('readings'), source: 'administrator' });
    const [a, b] = await Promise.all([
      op1.send({ type: 'ticket.callNext', windowId: 'w1' }),
      op2.send({ type: 'ticket.callNext', windowId: 'w2' }),
    ]);
    expect(a.ok && b.ok).toBe(true);
    await until(
      () => (admin.store.getState().view?.tickets.filter((t) => t.state === 'called').length ?? 0) === 2,
    );
    const called = admin.store.getState().view!.tickets.filter((t) => t.state === 'called');
    expect(new Set(called.map((t) => t.id)).size).toBe(2);
    expect(new Set(called.map((t) => t.windowId))).toEqual(new Set(['w1', 'w2']));
  });

  it('the hall display never receives an out-of-turn mark, a name or a phone', async () => {
    const board = await office.connect<PublicView>(BOARD);
    const admin = await office.staff('admin', '1111');
    await admin.send({ type: 'window.open', windowId: 'w1', services: null });
    await admin.send({ ...issue('readings', 'disability'), source: 'administrator' });
    // The administrator is told to go and meet the visitor (004 §6.7.2).
    await until(() => admin.store.getState().view?.alarms.some((a) => a.kind === 'priorityArrived') ?? false);
    await admin.send({ type: 'ticket.callNext', windowId: 'w1' });
    await until(() => board.store.getState().view?.calls.length === 1);
    const publicText = JSON.stringify(board.store.getState().view);
    for (const secret of ['disability', 'priority', 'Смирнова', 'fullName', 'phone'])
      expect(publicText).not.toContain(secret);
    // The administrator sees the mark on the ticket at the window.
    await until(() => admin.store.getState().view?.tickets.some((t) => t.priority === 'disability') ?? false);
  });

  it('after a restart the replica reconnects and shows the same state; numbering continues', async () => {
    const admin = await office.staff('admin', '1111');
    await admin.send({ ...issue('payment'), source: 'administrator' });
    await admin.send({ ...issue('payment'), source: 'administrator' });
    const before = admin.store.getState().view!.tickets.map((t) => t.number);
    await office.restart();
    await until(
      () => admin.store.getState().connection === 'online' && admin.store.getState().snapshots >= 2,
      10_000,
    );
    expect(admin.store.getState().view!.tickets.map((t) => t.number)).toEqual(before);
    const next = await admin.send({ ...issue('payment'), source: 'administrator' });
    expect(next.ok && next.result.ticket?.number).toBe('К003');
  });

  it('a short drop of the connection is healed by replaying the missed patches, without a snapshot', async () => {
    const watcher = await office.staff('admin', '1111');
    const actor = await office.staff('manager', '2222');
    await until(() => watcher.store.getState().snapshots === 1);
    const patchesBefore = watcher.store.getState().patches;
    // The transport drops (not a sign-out): the client reconnects by itself within a second.
    watcher.socket.io.engine.close();
    await until(() => watcher.store.getState().connection === 'offline');
    for (let i = 0; i < 3; i++) await actor.send({ ...issue('readings'), source: 'administrator' });
    await until(() => watcher.socket.recovered && watcher.store.getState().connection === 'online', 10_000);
    await until(() => (watcher.store.getState().view as StaffView | null)?.tickets.length === 3);
    expect(watcher.store.getState().view).toEqual(actor.store.getState().view);
    expect(watcher.store.getState().snapshots).toBe(1);
    expect(watcher.store.getState().patches).toBeGreaterThanOrEqual(patchesBefore + 3);
  });

  it('a replica that misses patches while disconnected catches up with a snapshot', async () => {
    const watcher = await office.staff('admin', '1111');
    const actor = await office.staff('manager', '2222');
    watcher.socket.disconnect();
    await until(() => watcher.store.getState().connection === 'offline');
    for (let i = 0; i < 3; i++) await actor.send({ ...issue('readings'), source: 'administrator' });
    watcher.socket.connect();
    await until(() => (watcher.store.getState().view as StaffView | null)?.tickets.length === 3);
    expect(watcher.store.getState().view).toEqual(actor.store.getState().view);
  });
});
