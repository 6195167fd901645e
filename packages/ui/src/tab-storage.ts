/** What a page keeps between reloads needs only these three calls, so a test can hand in a Map. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * The tab's sessionStorage when the browser gives it: a sandboxed frame or a locked-down profile throws
 * on the mere access, and then the page works on without keeping anything.
 */
export const tabStorage = (): KeyValueStorage | null => {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
};
