/**
 * The hall display is a registered device (DESIGN §4): its token comes once in the address
 * (`/board/?token=…`, set up by the administrator or the desktop shell) and is kept in localStorage,
 * so that the screen comes back by itself after a power cut even when opened without it.
 */

export const DEVICE_TOKEN_KEY = 'queue.board.deviceToken';

export type TokenStorage = Pick<Storage, 'getItem' | 'setItem'>;

export const resolveDeviceToken = (search: string, storage: TokenStorage | null): string | null => {
  const fromUrl = new URLSearchParams(search).get('token')?.trim();
  if (fromUrl) {
    try {
      storage?.setItem(DEVICE_TOKEN_KEY, fromUrl);
    } catch {
      // Storage may be disabled (private mode): the token in the address still works for this visit.
    }
    return fromUrl;
  }
  try {
    return storage?.getItem(DEVICE_TOKEN_KEY) || null;
  } catch {
    return null;
  }
};

/**
 * The address without the token, so that a browser's address bar on the hall screen does not show the
 * device's credential to visitors. Other parameters (settings, `?server=`) stay.
 */
export const addressWithoutToken = (href: string): string => {
  const url = new URL(href);
  url.searchParams.delete('token');
  return url.pathname + (url.search === '?' ? '' : url.search) + url.hash;
};

/** localStorage when the page may use it. */
export const pageStorage = (): Storage | null => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
};
