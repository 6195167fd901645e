import { connect } from 'node:net';
import type { OfficeConfig } from '@queue/engine';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestOfficeServer } from '@queue/e2e/test-office';
import { DEMO_DEVICE_TOKENS } from '../src/index.js';

/**
 * Issue 13 §5 and §7 against the real server: limits answered clearly, impossible dates refused, and a
 * configuration that would lock the office out of its own settings refused with the field and why.
 */

let office: TestOfficeServer;
let managerToken: string;
beforeAll(async () => {
  office = await TestOfficeServer.start();
  managerToken = await office.token('manager', '2222');
});
afterAll(async () => {
  await office.stop();
});

const postJson = (path: string, body: unknown, token = managerToken) =>
  fetch(`${office.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });

const replaceConfig = (change: (config: OfficeConfig) => OfficeConfig) =>
  postJson('/api/config', { config: change(office.server.runtime.state.config), reason: 'проверка' });

describe('limits', () => {
  it('a body over 1 MiB is answered 413 with a JSON error, not a reset', async () => {
    const response = await postJson('/api/config', { reason: 'x'.repeat(2 * 1024 * 1024) });
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe('payload_too_large');
  });

  it('a body that never finishes arriving is cut off within seconds (408)', async () => {
    const started = Date.now();
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(office.server.port, '127.0.0.1', () => {
        socket.write(
          'POST /api/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"login":',
        );
      });
      let received = '';
      socket.on('data', (chunk) => {
        received += chunk.toString();
      });
      socket.on('close', () => resolve(received));
      socket.on('error', reject);
    });
    const elapsed = Date.now() - started;
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    // 10 s allowed to the request, checked every second; far from Node's default of five minutes.
    expect(elapsed).toBeLessThan(20_000);
  }, 30_000);

  it('a command sent without a payload is answered invalid_payload', async () => {
    const socket = io(office.url, {
      auth: { token: DEMO_DEVICE_TOKENS['kiosk-1'] },
      transports: ['websocket'],
    });
    try {
      const answer = await socket.timeout(5000).emitWithAck('command' as never);
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    } finally {
      socket.close();
    }
  });

  it.each(['2026-02-30', '2025-02-29', '2026-04-31', '2026-13-01'])(
    'the impossible date %s is refused by the slots, the journal, the reports and the holidays',
    async (date) => {
      const auth = { authorization: `Bearer ${managerToken}` };
      const slots = await fetch(`${office.url}/api/appointments/slots?serviceId=contract&date=${date}`, {
        headers: auth,
      });
      expect(slots.status).toBe(400);
      const journal = await fetch(`${office.url}/api/journal?day=${date}`, { headers: auth });
      expect(journal.status).toBe(400);
      const report = await fetch(`${office.url}/api/reports?from=${date}&to=${date}`, { headers: auth });
      expect(report.status).toBe(400);
      const holidays = await replaceConfig((c) => ({ ...c, hours: { ...c.hours, holidays: [date] } }));
      expect(holidays.status).toBe(400);
      expect((await holidays.json()).error.details.issues).toContainEqual({
        field: 'config.hours.holidays.0',
        expected: 'date',
      });
    },
  );

  it('a real date is accepted where the impossible one was not', async () => {
    const holidays = await replaceConfig((c) => ({ ...c, hours: { ...c.hours, holidays: ['2028-02-29'] } }));
    expect(holidays.status).toBe(200);
  });
});

describe('the manager cannot lock everyone out', () => {
  it('a configuration with nobody on the staff is refused, and nothing changes', async () => {
    const seq = office.server.runtime.state.seq;
    const response = await replaceConfig((c) => ({ ...c, staff: [] }));
    expect(response.status).toBe(409);
    const { error } = await response.json();
    expect(error.code).toBe('invalid_config');
    expect(error.details.problems).toContainEqual({ code: 'no_manager' });
    expect(office.server.runtime.state.seq).toBe(seq);
  });

  it('a configuration whose only manager has no PIN yet is refused', async () => {
    const response = await replaceConfig((c) => ({
      ...c,
      staff: [
        ...c.staff.map((s) => ({ ...s, roles: s.roles.filter((r) => r !== 'manager') })),
        {
          id: 'new-manager',
          fullName: 'Новиков Пётр Ильич',
          position: 'Начальник офиса',
          login: 'novikov',
          roles: ['manager' as const],
          windowId: null,
        },
      ].map((s) => (s.roles.length === 0 ? { ...s, roles: ['operator' as const] } : s)),
    }));
    expect(response.status).toBe(409);
    expect((await response.json()).error.details.problems).toEqual([{ code: 'no_manager_can_sign_in' }]);
  });

  it.each([
    ['profile', 'waitNormMin', 1e308],
    ['profile', 'serviceNormMin', 100_000],
    ['profile', 'idleAlarmMin', 1e9],
    ['profile', 'earlyWarningMin', 1e9],
    ['profile', 'appointmentLateMin', 10_000],
  ] as const)('%s.%s = %d is refused, naming the field and its bound', async (_section, field, value) => {
    const response = await replaceConfig((c) => ({ ...c, profile: { ...c.profile, [field]: value } }));
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe('invalid_payload');
    expect(error.details.issues).toContainEqual({
      field: `config.profile.${field}`,
      expected: 'at_most',
      limit: expect.any(Number),
    });
    // The fields named, never zod's own prose.
    expect(error.message.ru).toBe(`Неверные данные запроса (поля: config.profile.${field}).`);
  });

  it('a group norm out of range is refused too', async () => {
    const response = await replaceConfig((c) => ({
      ...c,
      groups: c.groups.map((g, i) => (i === 0 ? { ...g, waitNormMin: Number.MAX_VALUE } : g)),
    }));
    expect(response.status).toBe(400);
    expect((await response.json()).error.details.issues).toContainEqual(
      expect.objectContaining({ field: 'config.groups.0.waitNormMin', expected: 'at_most' }),
    );
  });
});
