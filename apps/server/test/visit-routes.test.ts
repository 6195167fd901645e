import { existsSync, readFileSync, rmSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { join } from 'node:path';
import type { OfficeClient } from '@queue/client';
import type { OfficeEvent } from '@queue/engine';
import {
  type CommandInput,
  type PublicView,
  type StaffView,
  type VisitView,
  visitViewSchema,
} from '@queue/protocol';
import { sendOk } from '@queue/e2e/send-ok';
import { TestOfficeServer, until } from '@queue/e2e/test-office';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DEVICE_TOKENS } from '../src/index.js';

/**
 * The visitor's phone page API (issue 18) against the real server: the kiosk's ticket carries an
 * unguessable token; with it (and only with it) a phone reads its own ticket and steps out within the
 * office's rules; staff and the hall never see the token.
 */

let office: TestOfficeServer;
let kiosk: OfficeClient<PublicView>;
let admin: OfficeClient<StaffView>;

beforeAll(async () => {
  office = await TestOfficeServer.start();
  kiosk = await office.connect<PublicView>(DEMO_DEVICE_TOKENS['kiosk-1']!);
  admin = await office.staff('admin', '1111');
});
afterAll(async () => {
  await office?.stop();
});

/** A ticket from the kiosk (5 at once, then one each 6 s), or from the administrator's desk. */
const issue = async (from: 'kiosk' | 'admin' = 'admin') => {
  const command: CommandInput = {
    type: 'ticket.issue',
    serviceIds: ['readings'],
    clientType: 'individual',
    priority: null,
    source: 'kiosk',
  };
  const result = from === 'kiosk' ? await sendOk(kiosk, command) : await sendOk(admin, command);
  const ticket = result.ticket!;
  expect(ticket.phoneToken).toMatch(/^[A-Za-z0-9_-]{22}$/);
  return { id: ticket.id, number: ticket.number, token: ticket.phoneToken! };
};

const call = (path: string, token: string | null, body?: unknown) =>
  fetch(`${office.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

const view = async (token: string): Promise<VisitView> => {
  const response = await call('/api/visit', token);
  expect(response.status).toBe(200);
  return visitViewSchema.parse(await response.json());
};

const errorCode = async (response: Response) =>
  ((await response.json()) as { error: { code: string } }).error.code;

describe('the phone page API', () => {
  it('shows the ticket its token opens: number, topic, people ahead, expected time — and nothing personal', async () => {
    const first = await issue('kiosk');
    const second = await issue('kiosk');
    const seen = await view(second.token);
    expect(seen).toMatchObject({ number: second.number, state: 'waiting', ahead: 1, window: null });
    expect(seen.topic?.title).toBe(
      admin.store.getState().view?.config.services.find((s) => s.id === 'readings')?.title,
    );
    expect(Object.keys(seen).sort()).toEqual(
      [
        'ahead',
        'calledAt',
        'expectedAt',
        'feedback',
        'language',
        'number',
        'office',
        'postponedUntil',
        'recalls',
        'serverTime',
        'state',
        'stepOut',
        'timeZone',
        'topic',
        'window',
      ].sort(),
    );
    expect((await view(first.token)).ahead).toBe(0);
  });

  it('opens nothing without the token, with a made-up one, or with the ticket’s id', async () => {
    const ticket = await issue();
    expect((await call('/api/visit', null)).status).toBe(401);
    const guessed = await call('/api/visit', 'AAAAAAAAAAAAAAAAAAAAAA');
    expect(guessed.status).toBe(404);
    expect(await errorCode(guessed)).toBe('not_found');
    expect((await call('/api/visit', ticket.id)).status).toBe(404);
    // A staff session is no visitor's token either.
    expect((await call('/api/visit', await office.token('admin', '1111'))).status).toBe(404);
  });

  it('keeps the token from staff and from the hall', async () => {
    const ticket = await issue();
    await until(() => admin.store.getState().view?.tickets.some((t) => t.id === ticket.id) ?? false);
    const staffJson = JSON.stringify(admin.store.getState().view);
    const publicJson = JSON.stringify(kiosk.store.getState().view);
    expect(staffJson).not.toContain(ticket.token);
    expect(staffJson).not.toContain('phoneToken');
    expect(publicJson).not.toContain(ticket.token);
  });

  it('steps out within the rules, keeps the place, and comes back; a second step-out is refused', async () => {
    const ticket = await issue();
    const tooLong = await call('/api/visit/step-out', ticket.token, { minutes: 45 });
    expect(tooLong.status).toBe(409);
    expect(await errorCode(tooLong)).toBe('step_out_too_long');
    const out = await call('/api/visit/step-out', ticket.token, { minutes: 10 });
    expect(out.status).toBe(200);
    const away = visitViewSchema.parse(await out.json());
    expect(away.state).toBe('postponed');
    // Ten minutes from the step-out (the answer's time is read a moment after it).
    expect(away.postponedUntil! - away.serverTime).toBeLessThanOrEqual(10 * 60_000);
    expect(away.postponedUntil! - away.serverTime).toBeGreaterThan(10 * 60_000 - 5_000);
    await until(
      () => admin.store.getState().view?.tickets.find((t) => t.id === ticket.id)?.state === 'postponed',
    );
    const back = await call('/api/visit/step-in', ticket.token, {});
    expect(back.status).toBe(200);
    expect(visitViewSchema.parse(await back.json())).toMatchObject({
      state: 'waiting',
      stepOut: { left: 0 },
    });
    const again = await call('/api/visit/step-out', ticket.token, { minutes: 5 });
    expect(await errorCode(again)).toBe('step_out_limit');
    // The visitor's own acts are not staff overrides: the journal lists none of them.
    const journal = await fetch(`${office.url}/api/journal`, {
      headers: { authorization: `Bearer ${await office.token('admin', '1111')}` },
    });
    expect(JSON.stringify(await journal.json())).not.toContain(ticket.number);
  });

  it('refuses a client that sends the visitor’s commands itself', async () => {
    const ticket = await issue();
    const response = await admin.send({ type: 'ticket.stepOut', ticketId: ticket.id, minutes: 5 });
    expect(response.ok ? 'ok' : response.error.code).toBe('forbidden');
  });

  it('limits how often one phone changes its ticket', async () => {
    const ticket = await issue();
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await call('/api/visit/step-in', ticket.token, {});
      codes.push(response.ok ? 'ok' : await errorCode(response));
    }
    // Five tries pass the limiter (each refused by the rules: the ticket is not away), the sixth is held.
    expect(codes).toEqual([...Array(5).fill('ticket_not_postponed'), 'rate_limited']);
  });

  it('shows the window when called, and that the visit is over once served', async () => {
    // Serve whoever is ahead, until this ticket is called at Окно 1.
    const ticket = await issue();
    const op1 = await office.staff('op1', '1234');
    await sendOk(op1, { type: 'window.open', windowId: 'w1', services: null });
    for (;;) {
      await sendOk(op1, { type: 'ticket.callNext', windowId: 'w1' });
      const calledId = op1.store.getState().view?.windows.find((w) => w.id === 'w1')?.ticketId;
      if (calledId === ticket.id) break;
      await sendOk(op1, { type: 'ticket.start', windowId: 'w1' });
      await sendOk(op1, { type: 'ticket.finish', windowId: 'w1', result: 'resolved' });
    }
    expect(await view(ticket.token)).toMatchObject({ state: 'called', window: 'Окно 1', ahead: null });
    await sendOk(op1, { type: 'ticket.start', windowId: 'w1' });
    await sendOk(op1, { type: 'ticket.finish', windowId: 'w1', result: 'resolved' });
    expect(await view(ticket.token)).toMatchObject({
      state: 'done',
      number: ticket.number,
      feedback: 'open',
    });
    const late = await call('/api/visit/step-out', ticket.token, { minutes: 5 });
    expect(await errorCode(late)).toBe('ticket_not_waiting');
  });

  it('takes the rating of a served visit once, refuses a long text politely, and keeps it as an event of the visit', async () => {
    const ticket = await issue();
    const early = await call('/api/visit/feedback', ticket.token, { rating: 5 });
    expect(await errorCode(early)).toBe('feedback_closed');
    const op2 = await office.staff('op2', '2345');
    await sendOk(op2, { type: 'window.open', windowId: 'w2', services: null });
    await serveUntil(op2, 'w2', ticket.id);
    const long = await call('/api/visit/feedback', ticket.token, {
      rating: 2,
      kind: 'complaint',
      text: 'ж'.repeat(501),
    });
    expect(long.status).toBe(409);
    const refusal = (await long.json()) as { error: { code: string; message: { ru: string } } };
    expect(refusal.error.code).toBe('feedback_text_too_long');
    expect(refusal.error.message.ru).toBe('Отзыв может занимать до 500 знаков. Его можно сократить.');
    const given = await call('/api/visit/feedback', ticket.token, {
      rating: 2,
      kind: 'complaint',
      text: 'Долго искали документы',
    });
    expect(given.status).toBe(200);
    expect(visitViewSchema.parse(await given.json()).feedback).toBe('given');
    expect(await errorCode(await call('/api/visit/feedback', ticket.token, { rating: 5 }))).toBe(
      'feedback_given',
    );
    const bad = await call('/api/visit/feedback', ticket.token, { rating: 7 });
    expect(bad.status).toBe(400);
    // Acknowledged only after it was stored: the log on disk holds it.
    const stored = readFileSync(join(office.dataDir, 'events', 'live.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as OfficeEvent);
    const event = stored.find((e) => e.type === 'visit.feedbackGiven' && e.ticketId === ticket.id);
    expect(event).toMatchObject({
      windowId: 'w2',
      rating: 2,
      kind: 'complaint',
      text: 'Долго искали документы',
      channel: 'phone',
      actor: { kind: 'visitor' },
    });
    expect(JSON.stringify(event)).not.toContain('op2');
  });

  it('lets the screen by a window rate the visit that just ended there, and no member of staff send a rating', async () => {
    const ticket = await issue();
    const op3 = await office.staff('op3', '3456');
    await sendOk(op3, { type: 'window.open', windowId: 'w3', services: null });
    await serveUntil(op3, 'w3', ticket.id);
    const forbidden = await admin.send({
      type: 'visit.feedback',
      ticketId: ticket.id,
      windowId: null,
      rating: 5,
      kind: null,
      text: null,
    });
    expect(forbidden.ok ? 'ok' : forbidden.error.code).toBe('forbidden');
    // The kiosk's ticket id is ignored: the window's own last visit is rated.
    await sendOk(kiosk, {
      type: 'visit.feedback',
      ticketId: 'other',
      windowId: 'w3',
      rating: 4,
      kind: null,
      text: null,
    });
    expect((await view(ticket.token)).feedback).toBe('given');
    const again = await kiosk.send({
      type: 'visit.feedback',
      ticketId: null,
      windowId: 'w3',
      rating: 1,
      kind: null,
      text: null,
    });
    expect(again.ok ? 'ok' : again.error.code).toBe('feedback_closed');
  });
});

describe('the phone page after a restart', () => {
  it('still says how the visit ended: from the checkpoint written at shutdown, and from the full replay of the day', async () => {
    const other = await TestOfficeServer.start();
    try {
      const manager = await other.staff('admin', '1111');
      const op1 = await other.staff('op1', '1234');
      const take = async () => {
        const result = await sendOk(manager, {
          type: 'ticket.issue',
          serviceIds: ['readings'],
          clientType: 'individual',
          priority: null,
          source: 'kiosk',
        });
        return result.ticket!;
      };
      const served = await take();
      const cancelled = await take();
      await sendOk(op1, { type: 'window.open', windowId: 'w1', services: null });
      await serveUntil(op1, 'w1', served.id);
      await sendOk(manager, { type: 'ticket.cancel', ticketId: cancelled.id, reason: 'Ушёл' });
      // A fresh connection each time (no keep-alive): the pooled one would be the stopped server's.
      const seen = (token: string) =>
        new Promise<VisitView>((resolve, reject) => {
          const request = httpGet(
            `${other.url}/api/visit`,
            { agent: false, headers: { authorization: `Bearer ${token}` } },
            (response) => {
              let body = '';
              response.setEncoding('utf8');
              response.on('data', (chunk: string) => {
                body += chunk;
              });
              response.on('end', () => {
                if (response.statusCode !== 200) reject(new Error(`${response.statusCode}: ${body}`));
                else resolve(visitViewSchema.parse(JSON.parse(body)));
              });
            },
          );
          request.on('error', reject);
        });
      const expectEnded = async () => {
        expect(await seen(served.phoneToken!)).toMatchObject({
          state: 'done',
          number: served.number,
          window: 'Окно 1',
        });
        expect(await seen(cancelled.phoneToken!)).toMatchObject({
          state: 'cancelled',
          number: cancelled.number,
        });
      };
      await expectEnded();

      // A stop writes a checkpoint of the live day: the restart starts from it, replaying nothing.
      await other.restart();
      expect(existsSync(join(other.dataDir, 'events', 'checkpoint.json'))).toBe(true);
      await expectEnded();

      // Without the checkpoint the day's log is replayed from its start.
      const port = other.server.port;
      await other.down();
      rmSync(join(other.dataDir, 'events', 'checkpoint.json'));
      await other.up(port);
      await expectEnded();
    } finally {
      await other.stop();
    }
  });
});

/** Calls and serves at a window until the given ticket has been served there. */
const serveUntil = async (client: OfficeClient<StaffView>, windowId: string, ticketId: string) => {
  for (;;) {
    await sendOk(client, { type: 'ticket.callNext', windowId });
    const calledId = client.store.getState().view?.windows.find((w) => w.id === windowId)?.ticketId;
    await sendOk(client, { type: 'ticket.start', windowId });
    await sendOk(client, { type: 'ticket.finish', windowId, result: 'resolved' });
    if (calledId === ticketId) return;
  }
};
