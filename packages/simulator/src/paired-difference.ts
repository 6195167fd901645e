/**
 * Paired per-seed differences: the same visitors meet both sides, so each seed gives one difference,
 * and their mean gets a 95 % confidence interval from Student's t (the seeds are independent days;
 * the differences' spread is estimated from them).
 */

export interface PairedDifference {
  n: number;
  mean: number;
  /** 95 % confidence interval of the mean difference. */
  low: number;
  high: number;
}

/** Standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9). */
export const normalQuantile = (p: number): number => {
  if (p <= 0 || p >= 1) throw new RangeError(`probability ${p} outside (0, 1)`);
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
      ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1)
    );
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
};

/**
 * Student's t quantile by the Cornish–Fisher expansion around the normal one: within 0.002 of the
 * tables from 5 degrees of freedom up (39 → 2.0227), which is all a 40-seed comparison needs.
 */
export const studentQuantile = (p: number, df: number): number => {
  const z = normalQuantile(p);
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  const z9 = z ** 9;
  return (
    z +
    (z3 + z) / (4 * df) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3) +
    (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * df ** 4)
  );
};

export const pairedDifference = (differences: readonly number[]): PairedDifference => {
  const n = differences.length;
  if (n === 0) return { n, mean: Number.NaN, low: Number.NaN, high: Number.NaN };
  const mean = differences.reduce((a, b) => a + b, 0) / n;
  if (n === 1) return { n, mean, low: Number.NaN, high: Number.NaN };
  const variance = differences.reduce((sum, d) => sum + (d - mean) ** 2, 0) / (n - 1);
  const half = studentQuantile(0.975, n - 1) * Math.sqrt(variance / n);
  return { n, mean, low: mean - half, high: mean + half };
};
