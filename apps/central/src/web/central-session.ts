import type { CentralLoginAnswer } from '../contract/central-api';

/** The head-office session of this browser tab (sessionStorage: closing the tab signs out). */
const KEY = 'queue.central.session';

export const centralSession = {
  read(): CentralLoginAnswer | null {
    try {
      const stored = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as CentralLoginAnswer | null;
      return stored && typeof stored.token === 'string' && stored.user ? stored : null;
    } catch {
      return null;
    }
  },
  save(session: CentralLoginAnswer): void {
    sessionStorage.setItem(KEY, JSON.stringify(session));
  },
  clear(): void {
    sessionStorage.removeItem(KEY);
  },
};
