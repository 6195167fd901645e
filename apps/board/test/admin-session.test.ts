import { describe, expect, it } from 'vitest';
import {
  ADMIN_SESSION_KEY,
  mayUseAdminBoard,
  parseSession,
  readSession,
  writeSession,
} from '../src/admin/admin-session';

const session = (roles: string[]) => ({
  token: 's.payload.signature',
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
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    items,
  };
};

describe('who may use the administrator board', () => {
  it('is for the administrator and the manager, not for operators or the reserve alone', () => {
    expect(mayUseAdminBoard(['administrator', 'reserve'])).toBe(true);
    expect(mayUseAdminBoard(['manager'])).toBe(true);
    expect(mayUseAdminBoard(['operator'])).toBe(false);
    expect(mayUseAdminBoard(['reserve', 'operator'])).toBe(false);
  });

  it('keeps a session across a reload and forgets it on sign-out', () => {
    const storage = memory();
    writeSession(storage, session(['administrator']));
    expect(readSession(storage)).toEqual(session(['administrator']));
    writeSession(storage, null);
    expect(storage.items.has(ADMIN_SESSION_KEY)).toBe(false);
    expect(readSession(storage)).toBeNull();
  });

  it('does not accept a stored session of an operator or a damaged one', () => {
    expect(parseSession(session(['operator']))).toBeNull();
    expect(parseSession({ token: 'x' })).toBeNull();
    const storage = memory();
    storage.setItem(ADMIN_SESSION_KEY, '{broken');
    expect(readSession(storage)).toBeNull();
  });
});
