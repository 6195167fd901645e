import type { Role } from '@queue/engine';
import { describe, expect, it } from 'vitest';
import { issueSessionToken } from '@queue/server';
import { staffSessionStore, tokenExpiresAt } from '../src/staff-session.js';
import type { KeyValueStorage } from '../src/tab-storage.js';

const NOW = Date.UTC(2025, 5, 2, 7, 0);
const HOUR = 60 * 60 * 1000;

const session = (roles: Role[], token = issueSessionToken('admin', 'office-secret', NOW)) => ({
  token,
  staff: {
    id: 'admin',
    fullName: 'Смирнова Ольга Петровна',
    position: 'Администратор зала',
    roles,
    windowId: null,
  },
});

const memory = () => {
  const items = new Map<string, string>();
  const storage: KeyValueStorage = {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
  return { storage, items };
};

const storeOn = (
  storage: KeyValueStorage,
  options: { key?: string; now?: number; mayUse?: (r: readonly string[]) => boolean } = {},
) =>
  staffSessionStore({
    key: options.key ?? 'queue.test.session',
    storage: () => storage,
    now: () => options.now ?? NOW,
    mayUse: options.mayUse,
  });

describe('staff session kept for the tab', () => {
  it('survives a reload and is gone after signing out', () => {
    const { storage, items } = memory();
    storeOn(storage).save(session(['operator']));
    // A reload builds the store afresh over the same storage.
    expect(storeOn(storage).read()).toEqual(session(['operator']));
    storeOn(storage).clear();
    expect(items.has('queue.test.session')).toBe(false);
    expect(storeOn(storage).read()).toBeNull();
  });

  it('keeps every app under its own key', () => {
    const { storage } = memory();
    storeOn(storage, { key: 'queue.reports.session' }).save(session(['manager']));
    expect(storeOn(storage, { key: 'queue.operator.session' }).read()).toBeNull();
    expect(storeOn(storage, { key: 'queue.reports.session' }).read()?.staff.roles).toEqual(['manager']);
  });

  it('ignores and removes what is not a session', () => {
    for (const stored of ['{broken', '"just a string"', JSON.stringify({ token: 'short' }), 'null']) {
      const { storage, items } = memory();
      items.set('queue.test.session', stored);
      expect(storeOn(storage).read()).toBeNull();
      expect(items.has('queue.test.session')).toBe(false);
    }
    const { storage, items } = memory();
    const noId = session(['operator']);
    items.set('queue.test.session', JSON.stringify({ ...noId, staff: { ...noId.staff, id: '' } }));
    expect(storeOn(storage).read()).toBeNull();
    expect(items.size).toBe(0);
  });

  it('drops a session whose token has expired, and keeps it until then', () => {
    const { storage, items } = memory();
    storeOn(storage).save(session(['operator']));
    expect(storeOn(storage, { now: NOW + 15 * HOUR }).read()).not.toBeNull();
    expect(storeOn(storage, { now: NOW + 16 * HOUR }).read()).toBeNull();
    expect(items.size).toBe(0);
  });

  it('leaves a token it cannot read to the server', () => {
    const { storage } = memory();
    storeOn(storage).save(session(['operator'], 'd.device-token-of-another-kind'));
    expect(storeOn(storage, { now: NOW + 100 * HOUR }).read()?.token).toBe('d.device-token-of-another-kind');
  });

  it('drops a kept session of a staff member the screen is not for', () => {
    const { storage, items } = memory();
    const boardOnly = (roles: readonly string[]) => roles.includes('administrator');
    storeOn(storage).save(session(['operator']));
    expect(storeOn(storage, { mayUse: boardOnly }).read()).toBeNull();
    expect(items.size).toBe(0);
  });

  it('works on, keeping nothing, where the storage refuses', () => {
    const refusing: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    const store = storeOn(refusing);
    expect(() => store.save(session(['operator']))).not.toThrow();
    expect(store.read()).toBeNull();
    expect(() => store.clear()).not.toThrow();
    expect(staffSessionStore({ key: 'k', storage: () => null }).read()).toBeNull();
  });
});

describe('tokenExpiresAt', () => {
  it('reads the end of the shift from the server’s own token', () => {
    expect(tokenExpiresAt(issueSessionToken('op1', 'secret', NOW))).toBe(NOW + 16 * HOUR);
  });

  it('says nothing about a token of another shape', () => {
    expect(tokenExpiresAt('s.not-base64-json!.sig')).toBeNull();
    expect(tokenExpiresAt(`s.${btoa(JSON.stringify({ sub: 'x' }))}.sig`)).toBeNull();
    expect(tokenExpiresAt('plain-token-without-dots')).toBeNull();
  });
});
