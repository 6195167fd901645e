import type { JournalResponse, ReportResponse } from '@queue/protocol';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { TestOfficeServer, until } from '@queue/e2e/test-office';
import { HttpFailure, officeHttp } from '../src/index.js';

/** The typed HTTP client against the real office server: calls by route name, answers parsed, failures typed. */

let office: TestOfficeServer;
beforeAll(async () => {
  office = await TestOfficeServer.start();
});
afterAll(async () => {
  await office.stop();
});

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (failure: unknown) => {
      expect(failure).toBeInstanceOf(HttpFailure);
      return failure as HttpFailure;
    },
  );

describe('officeHttp', () => {
  it('signs in and reads with the token, each answer typed by its route', async () => {
    const anonymous = officeHttp({ server: office.url });
    const { token, staff } = await anonymous.call('login', { body: { login: 'manager', pin: '2222' } });
    expect(staff.roles).toContain('manager');
    const manager = officeHttp({ server: office.url, token });
    // A new office opens its day on the first clock tick; the journal names the day it reads.
    await until(() => office.server.runtime.state.day !== null);
    const journal = await manager.call('journal');
    expectTypeOf(journal).toEqualTypeOf<JournalResponse>();
    expect(journal.day).toBe(office.server.runtime.state.day);
    const day = office.server.runtime.state.day!;
    const report = await manager.call('report', { query: { from: day, to: day, topic: null } });
    expectTypeOf(report).toEqualTypeOf<ReportResponse>();
    expect(report.tables.map((t) => t.id)).toContain('summary');
  });

  it('fetches a file with the name the server gave it', async () => {
    const token = await office.token('manager', '2222');
    const file = await officeHttp({ server: office.url, token }).file('exportConfig');
    expect(file.fileName).toMatch(/^office-config-.+\.json$/);
    expect(JSON.parse(await file.blob.text())).toMatchObject({ format: 'office-queue-config' });
  });

  it('throws the server’s refusal with its code, texts and status; a 401 tells the session is over', async () => {
    let expired = 0;
    const stale = officeHttp({
      server: office.url,
      token: 's.not.valid',
      onUnauthenticated: () => expired++,
    });
    const refused = await failureOf(stale.call('config'));
    expect(refused).toMatchObject({ code: 'unauthenticated', status: 401 });
    expect(refused.text?.ru).toBe('Нужно войти в систему.');
    expect(expired).toBe(1);

    const operator = officeHttp({ server: office.url, token: await office.token('op1', '1234') });
    expect(await failureOf(operator.call('config'))).toMatchObject({ code: 'forbidden', status: 403 });
    const refusal = await failureOf(
      operator.call('command', { body: { type: 'window.open', windowId: 'no-such-window' } }),
    );
    expect(refusal).toMatchObject({ code: 'unknown_window', status: 409 });
  });

  it('says unreachable when nothing answers, and unexpected when the answer is not the contract’s', async () => {
    const closed = officeHttp({ server: 'http://127.0.0.1:1' });
    expect(await failureOf(closed.call('health'))).toMatchObject({ code: 'unreachable', status: null });
    // The page's own origin serves HTML at /kiosk/, not the health answer.
    const notJson = officeHttp({ server: `${office.url}/kiosk` });
    expect((await failureOf(notJson.call('health'))).code).toBe('unexpected');
  });

  it('types each call by the contract', () => {
    const api = officeHttp({ server: '' });
    // Every route that takes a body needs it, and of the right shape.
    // @ts-expect-error: login takes a body
    void api.call('login').catch(() => {});
    // @ts-expect-error: the PIN is a string
    void api.call('login', { body: { login: 'a', pin: 1234 } }).catch(() => {});
    // @ts-expect-error: a file is fetched with `file`, not `call`
    void api.call('reportCsv', { query: { from: 'a', to: 'b' } }).catch(() => {});
    // @ts-expect-error: no such route
    void api.call('nope').catch(() => {});
  });
});
