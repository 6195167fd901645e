/**
 * A token bucket per key: a kiosk cannot flood the queue (DESIGN §4), yet a family taking three
 * tickets in a row is never refused; a four-digit PIN cannot be guessed by trying them all.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly capacity: number,
    private readonly refillPerMs: number,
  ) {}

  private refilled(key: string, now: number) {
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, at: now };
    bucket.tokens = Math.min(this.capacity, bucket.tokens + (now - bucket.at) * this.refillPerMs);
    bucket.at = now;
    this.buckets.set(key, bucket);
    return bucket;
  }

  take(key: string, now: number): boolean {
    const bucket = this.refilled(key, now);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Whether `take` would succeed now, without spending anything. */
  available(key: string, now: number): boolean {
    return this.refilled(key, now).tokens >= 1;
  }

  forget(key: string): void {
    this.buckets.delete(key);
  }
}
