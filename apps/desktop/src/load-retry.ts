/**
 * When the office server is not there yet. After a power cut the kiosk boots faster than the server,
 * and Chromium's own error page would stay on the screen for good; instead the shell shows its
 * "connecting" page and tries again, a little less often each time.
 */

/** Chromium's net error for a navigation replaced by another one: not a failure to retry. */
const ERR_ABORTED = -3;

const DELAYS_MS = [1000, 2000, 5000, 10_000, 20_000] as const;
export const MAX_RETRY_DELAY_MS = 30_000;

/** The wait before attempt `attempt` (0-based) to load the role's page again. */
export function retryDelayMs(attempt: number): number {
  return DELAYS_MS[attempt] ?? MAX_RETRY_DELAY_MS;
}

/** `did-fail-load` fires for sub-frames and for aborted navigations too; only a lost page counts. */
export function isPageLost(errorCode: number, isMainFrame: boolean): boolean {
  return isMainFrame && errorCode !== ERR_ABORTED;
}
