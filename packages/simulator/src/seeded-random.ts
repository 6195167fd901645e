/**
 * A small seeded pseudo-random generator (mulberry32) with the draws the simulator needs. Same seed,
 * same sequence on every machine: `npm run simulate` prints the same numbers twice (issue 7).
 *
 * Each concern of a day (arrivals, topics, service times, behaviour) draws from its own stream, derived
 * from the seed and a label, so that adding a draw to one concern never shifts the numbers of another.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** An independent stream for one concern: the same seed and label give the same stream. */
  static stream(seed: number, label: string): SeededRandom {
    let hash = 2166136261 ^ (seed >>> 0);
    for (let i = 0; i < label.length; i++) hash = Math.imul(hash ^ label.charCodeAt(i), 16777619);
    return new SeededRandom(hash >>> 0);
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  uniform(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** Exponential with the given mean: the gap between arrivals of a Poisson stream. */
  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }

  /** Standard normal by Box–Muller (one of the pair; the other is dropped to keep streams simple). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /**
   * Lognormal with the given mean and shape: service times are skewed — most visits are short, a few
   * run long (a reconciliation over several years). `sigma` is the spread of the underlying normal.
   */
  lognormal(mean: number, sigma: number): number {
    const mu = Math.log(mean) - (sigma * sigma) / 2;
    return Math.exp(mu + sigma * this.normal());
  }

  /** One key of a weight table, in proportion to its weight; keys are taken in sorted order. */
  weighted<K extends string>(weights: ReadonlyMap<K, number>): K {
    let total = 0;
    for (const w of weights.values()) total += w;
    let target = this.next() * total;
    let last: K | undefined;
    for (const [key, weight] of weights) {
      last = key;
      target -= weight;
      if (target < 0) return key;
    }
    if (last === undefined) throw new Error('weighted draw from an empty table');
    return last;
  }
}
