import type { OfficeClient } from '@queue/client';
import { serviceNormMs } from '@queue/engine';
import { sendOk } from '@queue/e2e/send-ok';
import { TestOfficeServer } from '@queue/e2e/test-office';
import { type StaffView, visitViewSchema } from '@queue/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The expected wait the kiosk prints and the phone page shows counts the walk from the call to the
 * window for every visitor ahead (issue 14), against the real server: the office's own measured walk,
 * not a guess. The clock is the test's, so every expectation is exact.
 */

const MINUTE = 60_000;
// Tuesday 10 March 2026, 10:00 in Moscow: the office is open.
let now = Date.UTC(2026, 2, 10, 7, 0);
let office: TestOfficeServer;
let admin: OfficeClient<StaffView>;
let op1: OfficeClient<StaffView>;

beforeAll(async () => {
  office = await TestOfficeServer.start({ clock: () => now });
  admin = await office.staff('admin', '1111');
  op1 = await office.staff('op1', '1234');
  await sendOk(op1, { type: 'window.open', windowId: 'w1' });
});
afterAll(async () => {
  await office?.stop();
});

const issue = async () => {
  const result = await sendOk(admin, {
    type: 'ticket.issue',
    serviceIds: ['readings'],
    clientType: 'individual',
    priority: null,
    source: 'kiosk',
  });
  return result.ticket!;
};

const phoneExpectedAt = async (token: string) => {
  const response = await fetch(`${office.url}/api/visit`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return visitViewSchema.parse(await response.json()).expectedAt;
};

describe('the expected wait counts the walk to the window', () => {
  it('adds the measured walk for each visitor ahead, on the kiosk’s ticket and on the phone page', async () => {
    const norm = serviceNormMs(office.server.runtime.state.config, 'readings');
    const start = now;
    // The first visitor is called at once and reaches Окно 1 two minutes later: one walk measured.
    const first = await issue();
    expect(first.expectedWaitMin).toBe(0);
    await sendOk(op1, { type: 'ticket.callNext', windowId: 'w1' });
    now += 2 * MINUTE;
    await sendOk(op1, { type: 'ticket.start', windowId: 'w1' });
    expect(office.server.runtime.state.walkTimes).toEqual([2 * MINUTE]);

    // The second waits for the first's service (no service measured yet: the norm) from 10:02.
    const second = await issue();
    expect(second.expectedAt).toBe(start + 2 * MINUTE + norm);
    // The third also waits for the second's walk to the window, then the second's service.
    const third = await issue();
    expect(third.expectedAt).toBe(start + 2 * MINUTE + norm + 2 * MINUTE + norm);
    expect(third.expectedWaitMin).toBe(
      Math.round((2 * MINUTE + norm + 2 * MINUTE + norm - 2 * MINUTE) / MINUTE),
    );
    expect(third.ahead).toBe(1);

    // The phone page reads the same projection.
    expect(await phoneExpectedAt(second.phoneToken!)).toBe(second.expectedAt);
    expect(await phoneExpectedAt(third.phoneToken!)).toBe(third.expectedAt);

    // Once the second is called, the window is taken until they have walked there and been served.
    now += norm;
    await sendOk(op1, { type: 'ticket.finish', windowId: 'w1', result: 'resolved' });
    await sendOk(op1, { type: 'ticket.callNext', windowId: 'w1' });
    const calledAt = now;
    now += 30_000;
    const measured = office.server.runtime.state.serviceTimes?.readings?.at(-1);
    expect(measured).toBe(norm);
    expect(await phoneExpectedAt(third.phoneToken!)).toBe(calledAt + 2 * MINUTE + norm);
  });
});
