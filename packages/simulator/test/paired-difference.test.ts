import { describe, expect, it } from 'vitest';
import { normalQuantile, pairedDifference, studentQuantile } from '../src/index.js';

describe('paired differences with 95 % confidence intervals', () => {
  it('the quantiles match the tables', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 5);
    // Student's t, two-sided 95 %: the tables' 2.7764 (4), 2.2622 (9), 2.0227 (39), 1.9840 (100).
    expect(studentQuantile(0.975, 4)).toBeCloseTo(2.7764, 2);
    expect(studentQuantile(0.975, 9)).toBeCloseTo(2.2622, 3);
    expect(studentQuantile(0.975, 39)).toBeCloseTo(2.0227, 3);
    expect(studentQuantile(0.975, 100)).toBeCloseTo(1.984, 3);
  });

  it('mean ± t × s/√n, by hand', () => {
    // 1…5: mean 3, s = √2.5, s/√5 = 0.7071; t(4) = 2.7764 → ±1.963.
    const d = pairedDifference([1, 2, 3, 4, 5]);
    expect(d.n).toBe(5);
    expect(d.mean).toBe(3);
    expect(d.low).toBeCloseTo(3 - 1.963, 2);
    expect(d.high).toBeCloseTo(3 + 1.963, 2);
    expect(pairedDifference([2, 2, 2])).toEqual({ n: 3, mean: 2, low: 2, high: 2 });
    expect(Number.isNaN(pairedDifference([1]).low)).toBe(true);
  });
});
