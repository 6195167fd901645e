import type { OfficeClient } from '@queue/client';
import {
  type JournalResponse,
  journalResponseSchema,
  type PublicView,
  type StaffView,
} from '@queue/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendOk } from '@queue/e2e/send-ok';
import { TestOfficeServer } from '@queue/e2e/test-office';
import { DEMO_DEVICE_TOKENS } from '../src/index.js';

/**
 * `GET /api/journal` against the real server with real clients: an administrator opens a window on an
 * operator's behalf and transfers a visitor with a reason, a manager changes a window's topics, and the
 * operators go about ordinary work (calls, service, a pause at their own window). The journal lists the
 * three manual actions, newest first, with who and why — and nothing of the ordinary work.
 */

let office: TestOfficeServer;
const tokens: Record<string, string> = {};
const clients: Record<string, OfficeClient<StaffView>> = {};

const journal = async (token: string | null, query = '') =>
  fetch(`${office.url}/api/journal${query}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

const journalOf = async (login: string, query = ''): Promise<JournalResponse> => {
  const response = await journal(tokens[login]!, query);
  expect(response.status).toBe(200);
  return journalResponseSchema.parse(await response.json());
};

beforeAll(async () => {
  office = await TestOfficeServer.start();
  for (const [login, pin] of [
    ['admin', '1111'],
    ['manager', '2222'],
    ['op1', '1234'],
    ['op2', '2345'],
    ['kassa', '4567'],
  ] as const) {
    tokens[login] = await office.token(login, pin);
    clients[login] = await office.connect<StaffView>(tokens[login]!);
  }
  const kiosk = await office.connect<PublicView>(DEMO_DEVICE_TOKENS['kiosk-1']!);
  const issue = () =>
    sendOk(kiosk, {
      type: 'ticket.issue',
      serviceIds: ['readings'],
      clientType: 'individual',
      priority: null,
      source: 'kiosk',
    });
  const op1 = clients.op1!;
  const op2 = clients.op2!;
  const admin = clients.admin!;
  const manager = clients.manager!;

  await sendOk(op1, { type: 'window.open', windowId: 'w1' });
  for (let i = 0; i < 3; i++) await issue();
  await sendOk(op1, { type: 'ticket.callNext', windowId: 'w1' });
  await sendOk(op1, { type: 'ticket.start', windowId: 'w1' });
  await sendOk(op1, { type: 'ticket.finish', windowId: 'w1', result: 'resolved' });

  await sendOk(admin, {
    type: 'window.open',
    windowId: 'w2',
    staffId: 'op2',
    reason: 'Сотрудник не может войти',
  });
  await sendOk(op2, { type: 'ticket.callNext', windowId: 'w2' });
  await sendOk(op2, { type: 'ticket.start', windowId: 'w2' });
  // The cashier at her own desk (ordinary work, not in the journal): the transfer has someone to go to.
  await sendOk(clients.kassa!, { type: 'window.open', windowId: 'k1' });
  await sendOk(admin, {
    type: 'ticket.transfer',
    windowId: 'w2',
    toServiceId: 'payment',
    toWindowId: null,
    reason: 'Оплата после консультации',
  });
  await sendOk(op2, { type: 'window.pause', windowId: 'w2', reason: 'Перерыв' });

  await sendOk(manager, {
    type: 'window.setServices',
    windowId: 'w1',
    services: [{ serviceId: 'readings', weight: 2 }],
    reason: 'Очередь к приборам учёта',
  });
  await sendOk(op1, { type: 'ticket.callNext', windowId: 'w1' });
  await sendOk(op1, { type: 'ticket.start', windowId: 'w1' });
});

afterAll(async () => {
  await office?.stop();
});

describe('the journal of manual actions', () => {
  it('lists exactly the manual actions of the day, newest first, with who and why', async () => {
    const body = await journalOf('admin');
    expect(body.day).toBe(office.server.runtime.state.day);
    expect(body.truncated).toBe(false);
    expect(
      body.entries.map(({ type, staffId, staffName, text, reason }) => ({
        type,
        staffId,
        staffName,
        text: text.ru,
        reason,
      })),
    ).toEqual([
      {
        type: 'window.servicesChanged',
        staffId: 'manager',
        staffName: 'Кузнецов Андрей Викторович',
        text: 'Темы изменены, Окно 1: Показания приборов учёта (вес 2)',
        reason: 'Очередь к приборам учёта',
      },
      {
        type: 'ticket.transferred',
        staffId: 'admin',
        staffName: 'Смирнова Ольга Петровна',
        text: 'Талон П002 переведён: «Оплата без комиссии (касса)»',
        reason: 'Оплата после консультации',
      },
      {
        type: 'window.opened',
        staffId: 'admin',
        staffName: 'Смирнова Ольга Петровна',
        text: 'Окно 2 открыто от имени сотрудника: Петров Алексей Николаевич',
        reason: 'Сотрудник не может войти',
      },
    ]);
    expect(body.entries[1]!.text.en).toBe(
      'Ticket П002 transferred to «Payment without commission (cashier)»',
    );
    const seqs = body.entries.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
  });

  it('is the same record for the manager, whichever screen the actions came from', async () => {
    const admin = await journalOf('admin');
    const manager = await journalOf('manager');
    expect(manager.entries).toEqual(admin.entries);
  });

  it('refuses an operator (403) and a request without a token (401) with the wire error', async () => {
    const operator = await journal(tokens.op1!);
    expect(operator.status).toBe(403);
    expect(await operator.json()).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: { ru: expect.any(String), en: expect.any(String) } },
    });
    expect((await journal(null)).status).toBe(401);
  });

  it('answers a day without a record with no entries, and a malformed day with 400', async () => {
    expect((await journalOf('admin', '?day=2020-01-01')).entries).toEqual([]);
    const bad = await journal(tokens.admin!, '?day=yesterday');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
  });
});
