import { describe, expect, it } from 'vitest';
import { isPageLost, MAX_RETRY_DELAY_MS, retryDelayMs } from '../src/load-retry.js';

describe('load retry', () => {
  it('tries again soon at first, then less often, never less often than every 30 s', () => {
    const delays = Array.from({ length: 12 }, (_, attempt) => retryDelayMs(attempt));
    expect(delays[0]).toBe(1000);
    for (let i = 1; i < delays.length; i++) expect(delays[i]!).toBeGreaterThanOrEqual(delays[i - 1]!);
    expect(Math.max(...delays)).toBe(MAX_RETRY_DELAY_MS);
    expect(MAX_RETRY_DELAY_MS).toBe(30_000);
  });

  it('counts a refused or unreachable main page as lost, not an aborted navigation or a sub-frame', () => {
    expect(isPageLost(-102, true)).toBe(true); // ERR_CONNECTION_REFUSED
    expect(isPageLost(-105, true)).toBe(true); // ERR_NAME_NOT_RESOLVED
    expect(isPageLost(-3, true)).toBe(false); // ERR_ABORTED: replaced by another navigation
    expect(isPageLost(-102, false)).toBe(false);
  });
});
