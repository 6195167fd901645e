import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestOfficeServer } from '@queue/e2e/test-office';
import { verifyAdministrator } from '../src/admin-verification.js';
import { AttemptLimiter } from '../src/attempt-limiter.js';
import type { AdminCheck, Credentials } from '../src/admin-verification.js';
import { ExitGuard } from '../src/exit-guard.js';

let office: TestOfficeServer;
/** An HTTP server that is not an office server: a router's admin page, say. */
let stranger: Server;
let strangerUrl: string;
let closedUrl: string;

beforeAll(async () => {
  office = await TestOfficeServer.start();
  stranger = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>Router</h1>'),
  );
  await new Promise<void>((resolve) => stranger.listen(0, '127.0.0.1', resolve));
  strangerUrl = `http://127.0.0.1:${(stranger.address() as { port: number }).port}`;
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  closedUrl = `http://127.0.0.1:${(closed.address() as { port: number }).port}`;
  await new Promise((resolve) => closed.close(resolve));
});
afterAll(async () => {
  await office.stop();
  await new Promise((resolve) => stranger.close(resolve));
});

/** A guard against the real server, with a clock the test moves. */
const guardAt = (serverUrl = office.url) => {
  const clock = { now: 1_000_000 };
  const calls = { count: 0 };
  const guard = new ExitGuard({
    verify: (credentials) => {
      calls.count += 1;
      return verifyAdministrator(serverUrl, credentials, { timeoutMs: 2000 });
    },
    limiter: new AttemptLimiter({ now: () => clock.now, maxFailures: 5, lockoutMs: 60_000 }),
  });
  return { guard, clock, calls };
};

describe('administrator verification by the server', () => {
  it('knows an administrator by the roles /api/login returns', async () => {
    expect(await verifyAdministrator(office.url, { login: 'admin', pin: '1111' })).toEqual({
      outcome: 'verified',
      staffName: expect.any(String),
    });
    // The manager of the demo office is an administrator too.
    expect((await verifyAdministrator(office.url, { login: 'manager', pin: '2222' })).outcome).toBe(
      'verified',
    );
  });

  it('tells an operator from an administrator, and a wrong PIN from both', async () => {
    expect(await verifyAdministrator(office.url, { login: 'op1', pin: '1234' })).toEqual({
      outcome: 'not_administrator',
    });
    expect(await verifyAdministrator(office.url, { login: 'admin', pin: '9999' })).toEqual({
      outcome: 'wrong_credentials',
    });
    expect(await verifyAdministrator(office.url, { login: 'nobody', pin: '1111' })).toEqual({
      outcome: 'wrong_credentials',
    });
  });

  it('calls a silent address or a web server that is not ours unreachable, never verified', async () => {
    expect((await verifyAdministrator(closedUrl, { login: 'admin', pin: '1111' })).outcome).toBe(
      'unreachable',
    );
    expect((await verifyAdministrator(strangerUrl, { login: 'admin', pin: '1111' })).outcome).toBe(
      'unreachable',
    );
  });
});

describe('exit guard', () => {
  it("lets the program close after an administrator's PIN, and only then", async () => {
    const { guard } = guardAt();
    expect(guard.exitAuthorised).toBe(false);
    expect(await guard.authorise({ login: 'admin', pin: '1111' }, 'exit')).toMatchObject({ ok: true });
    expect(guard.exitAuthorised).toBe(true);
  });

  it('opens the settings for an administrator without also allowing the exit', async () => {
    const { guard } = guardAt();
    expect(await guard.authorise({ login: 'admin', pin: '1111' }, 'settings')).toMatchObject({ ok: true });
    expect(guard.exitAuthorised).toBe(false);
  });

  it('keeps an operator and a wrong PIN in, with a polite reason', async () => {
    const { guard } = guardAt();
    const operator = await guard.authorise({ login: 'op1', pin: '1234' }, 'exit');
    expect(operator).toMatchObject({ ok: false, reason: 'not_administrator' });
    expect(!operator.ok && operator.message.ru).toBe('Это действие доступно только администратору.');
    const wrong = await guard.authorise({ login: 'admin', pin: '0000' }, 'exit');
    expect(wrong).toMatchObject({ ok: false, reason: 'wrong_credentials' });
    expect(guard.exitAuthorised).toBe(false);
  });

  it('refuses what is not a login and PIN without asking the server', async () => {
    const { guard, calls } = guardAt();
    for (const input of [
      undefined,
      null,
      'admin:1111',
      { login: 'admin' },
      { login: 'admin', pin: '1' },
      { login: '', pin: '1111' },
    ]) {
      expect(await guard.authorise(input, 'exit')).toMatchObject({ ok: false, reason: 'invalid' });
    }
    expect(calls.count).toBe(0);
    expect(guard.exitAuthorised).toBe(false);
  });

  it('says the server does not answer, and does not count that as a guess', async () => {
    const { guard } = guardAt(closedUrl);
    for (let i = 0; i < 7; i++) {
      const decision = await guard.authorise({ login: 'admin', pin: '1111' }, 'exit');
      expect(decision).toMatchObject({ ok: false, reason: 'unreachable' });
    }
    expect(guard.exitAuthorised).toBe(false);
  });
});

/**
 * The lock's arithmetic, with a stand-in for the server that knows one PIN (the real server answers
 * the same, as the tests above show, but each answer costs a deliberate scrypt).
 */
describe('exit guard against guessing', () => {
  const scripted = () => {
    const clock = { now: 1_000_000 };
    const asked: Credentials[] = [];
    const verify = async (credentials: Credentials): Promise<AdminCheck> => {
      asked.push(credentials);
      return credentials.pin === '1111'
        ? { outcome: 'verified', staffName: 'Администратор' }
        : { outcome: 'wrong_credentials' };
    };
    const limiter = new AttemptLimiter({ now: () => clock.now, maxFailures: 5, lockoutMs: 60_000 });
    return { guard: new ExitGuard({ verify, limiter }), limiter, clock, asked };
  };

  it('stops guessing after five wrong PINs for a minute, even for the right PIN, without asking the server', async () => {
    const { guard, clock, asked } = scripted();
    for (let i = 0; i < 5; i++) await guard.authorise({ login: 'admin', pin: `000${i}` }, 'exit');
    expect(asked).toHaveLength(5);
    const locked = await guard.authorise({ login: 'admin', pin: '1111' }, 'exit');
    expect(locked).toMatchObject({ ok: false, reason: 'locked', retryAfterMs: 60_000 });
    expect(!locked.ok && locked.message.ru).toBe(
      'Слишком много неудачных попыток. Повторить можно через 60 с.',
    );
    expect(asked).toHaveLength(5);
    expect(guard.exitAuthorised).toBe(false);

    clock.now += 59_000;
    expect(await guard.authorise({ login: 'admin', pin: '1111' }, 'exit')).toMatchObject({
      reason: 'locked',
      retryAfterMs: 1000,
    });
    clock.now += 1000;
    expect(await guard.authorise({ login: 'admin', pin: '1111' }, 'exit')).toMatchObject({ ok: true });
    expect(guard.exitAuthorised).toBe(true);
  });

  it('forgets earlier failures after a success', async () => {
    const { guard } = scripted();
    for (let i = 0; i < 4; i++) await guard.authorise({ login: 'admin', pin: '0000' }, 'settings');
    await guard.authorise({ login: 'admin', pin: '1111' }, 'settings');
    for (let i = 0; i < 4; i++) await guard.authorise({ login: 'admin', pin: '0000' }, 'settings');
    expect(await guard.authorise({ login: 'admin', pin: '1111' }, 'exit')).toMatchObject({ ok: true });
  });

  it('shares its count with every other place that takes the PIN', async () => {
    const { guard, limiter } = scripted();
    // Four wrong PINs on the settings page (settings-save.ts takes the same limiter)…
    for (let i = 0; i < 4; i++) limiter.failed();
    // …and the fifth at the exit locks both.
    await guard.authorise({ login: 'admin', pin: '0000' }, 'exit');
    expect(limiter.retryAfterMs()).toBe(60_000);
  });
});
