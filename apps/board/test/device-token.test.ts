import { describe, expect, it } from 'vitest';
import { addressWithoutToken, DEVICE_TOKEN_KEY, resolveDeviceToken } from '../src/hall/device-token';

const memory = (initial: Record<string, string> = {}) => {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    items,
  };
};

describe('the hall display’s device token', () => {
  it('takes the token from the address and keeps it for the next start', () => {
    const storage = memory();
    expect(resolveDeviceToken('?token=demo-board-token', storage)).toBe('demo-board-token');
    expect(storage.items.get(DEVICE_TOKEN_KEY)).toBe('demo-board-token');
    expect(resolveDeviceToken('', storage)).toBe('demo-board-token');
  });

  it('prefers a new token in the address to the stored one', () => {
    const storage = memory({ [DEVICE_TOKEN_KEY]: 'old-token-0000' });
    expect(resolveDeviceToken('?token=new-token-1111', storage)).toBe('new-token-1111');
    expect(storage.items.get(DEVICE_TOKEN_KEY)).toBe('new-token-1111');
  });

  it('has no token when neither the address nor the storage has one, or storage is unusable', () => {
    expect(resolveDeviceToken('?token=', memory())).toBeNull();
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(resolveDeviceToken('', broken)).toBeNull();
    expect(resolveDeviceToken('?token=abc-def-ghij', broken)).toBe('abc-def-ghij');
  });

  it('removes only the token from the address shown on the hall screen', () => {
    expect(addressWithoutToken('http://x/board/?token=t&repeat=2&server=http://y')).toBe(
      '/board/?repeat=2&server=http%3A%2F%2Fy',
    );
    expect(addressWithoutToken('http://x/board/?token=t')).toBe('/board/');
  });
});
