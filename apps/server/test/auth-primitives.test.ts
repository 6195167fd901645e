import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPin, hashPinBeforeStart, verifyPin } from '../src/auth/pin-hash.js';
import { RateLimiter } from '../src/auth/rate-limit.js';
import { hashDeviceToken, issueSessionToken, readSessionToken } from '../src/auth/session-token.js';

const NOW = Date.UTC(2026, 10, 23, 7, 0);
const HOUR = 60 * 60 * 1000;
const SECRET = 'office-secret';

describe('staff session tokens', () => {
  it('name the staff member until the 16-hour shift ends, and no longer', () => {
    const token = issueSessionToken('op1', SECRET, NOW);
    expect(token).toMatch(/^s\.[\w-]+\.[\w-]+$/);
    expect(readSessionToken(token, SECRET, NOW)).toEqual({ staffId: 'op1', generation: 0 });
    expect(readSessionToken(token, SECRET, NOW + 16 * HOUR - 1)).toEqual({ staffId: 'op1', generation: 0 });
    expect(readSessionToken(token, SECRET, NOW + 16 * HOUR)).toBeNull();
  });

  it('are refused when signed by another office, or with anything changed', () => {
    const token = issueSessionToken('op1', SECRET, NOW);
    expect(readSessionToken(token, 'another-office', NOW)).toBeNull();
    const [kind, payload, signature] = token.split('.') as [string, string, string];
    // Another staff member's id under the same signature.
    const forged = Buffer.from(JSON.stringify({ sub: 'admin', exp: NOW + HOUR })).toString('base64url');
    expect(readSessionToken(`${kind}.${forged}.${signature}`, SECRET, NOW)).toBeNull();
    const flipped = `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`;
    expect(readSessionToken(`${kind}.${payload}.${flipped}`, SECRET, NOW)).toBeNull();
  });

  it.each([
    ['empty', ''],
    ['a device token', 'demo-kiosk-token'],
    ['another kind', 'd.abc.def'],
    ['no signature', 's.abc'],
    ['a fourth part', `${issueSessionToken('op1', SECRET, NOW)}.x`],
  ])('read nothing from %s', (_name, token) => {
    expect(readSessionToken(token, SECRET, NOW)).toBeNull();
  });

  it('carry the session generation they were issued in', () => {
    expect(readSessionToken(issueSessionToken('op1', SECRET, NOW, 3), SECRET, NOW)).toEqual({
      staffId: 'op1',
      generation: 3,
    });
  });

  it('read nothing from a rightly signed payload that is not JSON', () => {
    const payload = Buffer.from('{oops').toString('base64url');
    const signature = createHmac('sha256', SECRET).update(payload).digest('base64url');
    expect(readSessionToken(`s.${payload}.${signature}`, SECRET, NOW)).toBeNull();
  });
});

describe('device tokens', () => {
  it('are kept as their SHA-256 only', () => {
    expect(hashDeviceToken('demo-kiosk-token')).toBe(
      createHash('sha256').update('demo-kiosk-token').digest('hex'),
    );
    expect(hashDeviceToken('demo-kiosk-token')).not.toContain('demo');
  });
});

describe('PIN hashing', () => {
  it('accepts the PIN it hashed and nothing else; the same PIN hashes differently each time', async () => {
    const stored = await hashPin('1234');
    expect(stored.hash).not.toContain('1234');
    expect(await verifyPin('1234', stored)).toBe(true);
    expect(await verifyPin('1235', stored)).toBe(false);
    expect(await verifyPin('', stored)).toBe(false);
    const again = await hashPin('1234');
    expect(again.salt).not.toBe(stored.salt);
    expect(again.hash).not.toBe(stored.hash);
  });

  it('refuses a login that has no PIN, and a stored hash that is damaged', async () => {
    expect(await verifyPin('1234', undefined)).toBe(false);
    const stored = await hashPin('1234');
    expect(await verifyPin('1234', { ...stored, hash: stored.hash.slice(2) })).toBe(false);
  });

  it('verifies a PIN seeded before the start the same way', async () => {
    expect(await verifyPin('2222', hashPinBeforeStart('2222'))).toBe(true);
  });

  it('lets the office’s event loop run while a PIN is checked', async () => {
    const stored = await hashPin('1234');
    let turns = 0;
    let checking = true;
    const spin = () => {
      if (!checking) return;
      turns++;
      setImmediate(spin);
    };
    setImmediate(spin);
    await verifyPin('1234', stored);
    checking = false;
    // scryptSync would have held the loop for the whole check: not one turn between.
    expect(turns).toBeGreaterThan(0);
  });
});

describe('rate limiter', () => {
  it('lets a burst of `capacity` through, then one per refill interval', () => {
    const limiter = new RateLimiter(5, 1 / 6000);
    for (let i = 0; i < 5; i++) expect(limiter.take('kiosk-1', NOW)).toBe(true);
    expect(limiter.take('kiosk-1', NOW)).toBe(false);
    expect(limiter.take('kiosk-1', NOW + 5999)).toBe(false);
    expect(limiter.take('kiosk-1', NOW + 6000)).toBe(true);
    expect(limiter.take('kiosk-1', NOW + 6000)).toBe(false);
    // Each key has its own bucket.
    expect(limiter.take('kiosk-2', NOW)).toBe(true);
  });

  it('answers `available` without spending, and takes back a token given back', () => {
    const limiter = new RateLimiter(1, 1 / 60_000);
    expect(limiter.available('op1', NOW)).toBe(true);
    expect(limiter.available('op1', NOW)).toBe(true);
    expect(limiter.take('op1', NOW)).toBe(true);
    expect(limiter.available('op1', NOW)).toBe(false);
    limiter.giveBack('op1');
    expect(limiter.take('op1', NOW)).toBe(true);
    limiter.forget('op1');
    expect(limiter.take('op1', NOW)).toBe(true);
  });

  it('drops buckets once they are full again, so memory holds only the recent keys', () => {
    const limiter = new RateLimiter(5, 1 / 60_000); // full again 5 minutes after the last try
    for (let i = 0; i < 10_000; i++) limiter.take(`guess-${i}`, NOW + i);
    expect(limiter.size).toBe(10_000);
    // One key still being tried keeps its bucket (and its count) through the sweep.
    for (let i = 0; i < 5; i++) limiter.take('attacker', NOW + 250_000);
    limiter.take('someone', NOW + 5 * 60_000 + 10_000);
    expect(limiter.size).toBe(2);
    expect(limiter.take('attacker', NOW + 5 * 60_000 + 10_000)).toBe(true);
    expect(limiter.take('attacker', NOW + 5 * 60_000 + 10_000)).toBe(false);
  });

  it('never drops a bucket that is not yet full, however many keys come', () => {
    const limiter = new RateLimiter(5, 1 / 60_000);
    for (let i = 0; i < 5; i++) limiter.take('op1', NOW);
    for (let i = 0; i < 1000; i++) limiter.take(`flood-${i}`, NOW + 60_000 + i);
    expect(limiter.take('op1', NOW + 60_000 + 1000)).toBe(true);
    expect(limiter.take('op1', NOW + 60_000 + 1000)).toBe(false);
  });
});
