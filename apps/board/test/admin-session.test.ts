import type { Role } from '@queue/engine';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ADMIN_SESSION_KEY, adminSession, mayUseAdminBoard } from '../src/admin/admin-session';

const session = (roles: Role[]) => ({
  token: 's.payload.signature',
  staff: {
    id: 'admin',
    fullName: 'Смирнова Ольга Петровна',
    position: 'Администратор зала',
    roles,
    windowId: null,
  },
});

// The board keeps its session in the tab's sessionStorage; here a Map stands in for the browser's.
const items = new Map<string, string>();
beforeEach(() => {
  items.clear();
  vi.stubGlobal('sessionStorage', {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('who may use the administrator board', () => {
  it('is for the administrator and the manager, not for operators or the reserve alone', () => {
    expect(mayUseAdminBoard(['administrator', 'reserve'])).toBe(true);
    expect(mayUseAdminBoard(['manager'])).toBe(true);
    expect(mayUseAdminBoard(['operator'])).toBe(false);
    expect(mayUseAdminBoard(['reserve', 'operator'])).toBe(false);
  });

  it('keeps a session across a reload under the board’s own key and forgets it on sign-out', () => {
    adminSession.save(session(['administrator']));
    expect([...items.keys()]).toEqual([ADMIN_SESSION_KEY]);
    expect(adminSession.read()).toEqual(session(['administrator']));
    adminSession.clear();
    expect(items.has(ADMIN_SESSION_KEY)).toBe(false);
    expect(adminSession.read()).toBeNull();
  });

  it('does not accept a stored session of an operator or a damaged one, and removes it', () => {
    items.set(ADMIN_SESSION_KEY, JSON.stringify(session(['operator'])));
    expect(adminSession.read()).toBeNull();
    expect(items.has(ADMIN_SESSION_KEY)).toBe(false);
    items.set(ADMIN_SESSION_KEY, '{broken');
    expect(adminSession.read()).toBeNull();
    expect(items.has(ADMIN_SESSION_KEY)).toBe(false);
  });
});
