const STORAGE_KEY = 'queue.kiosk.token';

/**
 * The kiosk's device token (issued by the administrator, DESIGN §4): from `?token=` the first time,
 * then from this device's storage, so a restarted kiosk needs no address with a secret in it.
 */
export const deviceToken = (): string | null => {
  const fromUrl = new URLSearchParams(location.search).get('token');
  try {
    if (fromUrl) {
      localStorage.setItem(STORAGE_KEY, fromUrl);
      return fromUrl;
    }
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return fromUrl;
  }
};

/** «Выйти из режима киоска»: this browser no longer acts as the kiosk until it is given the token again. */
export const forgetDeviceToken = (): void => {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored, nothing to forget.
  }
};
