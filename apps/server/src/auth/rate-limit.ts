/**
 * A token bucket per key: a kiosk cannot flood the queue (DESIGN §4), yet a family taking three
 * tickets in a row is never refused; a four-digit PIN cannot be guessed by trying them all.
 *
 * A bucket that has refilled is the same as no bucket, so buckets full again are dropped: once per
 * refill time the map is swept, and memory holds only the keys used within the last refill time, however
 * many different logins or addresses are tried. None is dropped before it is full again, so flooding the
 * map with new keys cannot reset anyone's limit.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly refillMs: number;
  private sweptAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly capacity: number,
    private readonly refillPerMs: number,
  ) {
    this.refillMs = capacity / refillPerMs;
  }

  private level(bucket: { tokens: number; at: number }, now: number) {
    return Math.min(this.capacity, bucket.tokens + (now - bucket.at) * this.refillPerMs);
  }

  private sweep(now: number) {
    if (now - this.sweptAt < this.refillMs) return;
    this.sweptAt = now;
    for (const [key, bucket] of this.buckets) {
      if (this.level(bucket, now) >= this.capacity) this.buckets.delete(key);
    }
  }

  private refilled(key: string, now: number) {
    this.sweep(now);
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, at: now };
    bucket.tokens = this.level(bucket, now);
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

  /** Returns one token taken in advance for an attempt that turned out not to count. */
  giveBack(key: string): void {
    const bucket = this.buckets.get(key);
    if (bucket) bucket.tokens = Math.min(this.capacity, bucket.tokens + 1);
  }

  forget(key: string): void {
    this.buckets.delete(key);
  }

  /** How many keys are held (for the test of the sweep). */
  get size(): number {
    return this.buckets.size;
  }
}
