import type { OfficeFile, OfficeStore } from '../storage/office-store.js';

/**
 * Ending a member of staff's sessions (issue 13 §3). Sessions are signed tokens, not rows in a table:
 * one number per member, their session generation, is kept in the office's own file (`sessions`), and
 * a token is good only while it carries the current one. Moving it on ends every session the member
 * has, on every computer, at once and across restarts, for the price of one small write; a table of
 * live sessions would need a write at every sign-in and a sweep of the expired. A member never signed
 * out has generation 0.
 */
export const sessionGeneration = (file: OfficeFile, staffId: string): number =>
  file.sessions && Object.hasOwn(file.sessions, staffId) ? (file.sessions[staffId] ?? 0) : 0;

/** The change to the office's file that ends a member's sessions (kept with other changes, or alone). */
export const endSessionsIn = (file: OfficeFile, staffId: string): void => {
  file.sessions = { ...file.sessions, [staffId]: sessionGeneration(file, staffId) + 1 };
};

/** Ends the member's sessions now; throws a StorageError (nothing kept) when the file cannot be written. */
export const endStaffSessions = (store: OfficeStore, staffId: string): void => {
  store.saveFile((file) => endSessionsIn(file, staffId));
};
