/**
 * Stops PIN guessing at a locked computer. An administrator's PIN is a few digits; after a run of wrong
 * answers the shell refuses for a while without asking the server at all. One limiter is shared by
 * every place that takes the PIN (the exit dialog, the settings page), so switching between them does
 * not reset the count.
 */
export interface AttemptLimiterOptions {
  now?: () => number;
  /** Wrong answers in a row before the lock. */
  maxFailures?: number;
  lockoutMs?: number;
}

export class AttemptLimiter {
  private failures = 0;
  private lockedUntil = 0;
  private readonly now: () => number;
  private readonly maxFailures: number;
  private readonly lockoutMs: number;

  constructor(options: AttemptLimiterOptions = {}) {
    this.now = options.now ?? Date.now;
    this.maxFailures = options.maxFailures ?? 5;
    this.lockoutMs = options.lockoutMs ?? 60_000;
  }

  /** 0 when an attempt may be made; otherwise how long until it may. */
  retryAfterMs(): number {
    return Math.max(0, this.lockedUntil - this.now());
  }

  failed(): void {
    this.failures += 1;
    if (this.failures >= this.maxFailures) {
      this.failures = 0;
      this.lockedUntil = this.now() + this.lockoutMs;
    }
  }

  succeeded(): void {
    this.failures = 0;
  }
}

export const lockedMessage = (retryAfterMs: number) => {
  const seconds = Math.ceil(retryAfterMs / 1000);
  return {
    ru: `Слишком много неудачных попыток. Повторить можно через ${seconds} с.`,
    en: `Too many failed attempts. Try again in ${seconds} s.`,
  };
};
