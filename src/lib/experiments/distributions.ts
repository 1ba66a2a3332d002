/**
 * Samplers and normal-distribution functions the experiments need beyond `random.ts`.
 * Every sampler draws from an explicit `UniformSource`, so results depend only on the seed.
 */
import type { UniformSource } from "../random";

const SQRT_TWO_PI = Math.sqrt(2 * Math.PI);

/**
 * A standard Student-t sampler with `degreesOfFreedom` ν > 0, by Bailey's polar method (1994):
 * for (u, v) uniform in the unit disc with w = u² + v², u·sqrt(ν(w^(−2/ν) − 1)/w) is t-distributed.
 * It needs no gamma or chi-squared draws, so it costs the same for every ν.
 */
export function studentT(source: UniformSource, degreesOfFreedom: number): () => number {
  if (!(degreesOfFreedom > 0)) throw new RangeError(`degreesOfFreedom must be > 0, got ${degreesOfFreedom}`);
  return () => {
    for (;;) {
      const u = 2 * source() - 1;
      const v = 2 * source() - 1;
      const w = u * u + v * v;
      if (w > 0 && w <= 1) return u * Math.sqrt((degreesOfFreedom * (Math.pow(w, -2 / degreesOfFreedom) - 1)) / w);
    }
  };
}

/**
 * A symmetric Pareto-tailed sampler: a random sign times a Lomax (Pareto type II) magnitude
 * (1 − u)^(−1/α) − 1, so P(|X| > x) = (1 + x)^(−α). Its tail index is α: moments of order ≥ α
 * are infinite. Unlike a classical Pareto it has no gap around 0.
 */
export function symmetricPareto(source: UniformSource, tailIndex: number): () => number {
  if (!(tailIndex > 0)) throw new RangeError(`tailIndex must be > 0, got ${tailIndex}`);
  return () => {
    // 1 − source() lies in (0, 1], so the magnitude is finite
    const magnitude = Math.pow(1 - source(), -1 / tailIndex) - 1;
    return source() < 0.5 ? -magnitude : magnitude;
  };
}

/** The standard normal density φ(x). */
export function normalPdf(x: number): number {
  return Math.exp(-0.5 * x * x) / SQRT_TWO_PI;
}

/** The Mills ratio (1 − Φ(t))/φ(t) for t > 3: Laplace's continued fraction 1/(t + 1/(t + 2/(t + …))), evaluated from the back. */
function millsRatio(t: number): number {
  let tail = 0;
  for (let k = 120; k >= 1; k--) tail = k / (t + tail);
  return 1 / (t + tail);
}

/** log(1 − Φ(x)), finite where 1 − Φ(x) itself underflows (x beyond about 38). */
export function logNormalUpperTail(x: number): number {
  if (x > 3) return -0.5 * x * x - Math.log(SQRT_TWO_PI) + Math.log(millsRatio(x));
  return Math.log(normalUpperTail(x));
}

/**
 * The standard normal upper tail 1 − Φ(x), accurate to about 1e-15 relative in the tails.
 * Near the centre it uses Marsaglia's series Φ(x) = 1/2 + φ(x)(x + x³/3 + x⁵/15 + …) (2004);
 * beyond |x| = 3 it uses Laplace's continued fraction for the Mills ratio, which avoids the
 * cancellation of computing a small tail as 1 minus something close to 1.
 */
export function normalUpperTail(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (Math.abs(x) > 3) {
    const upper = normalPdf(Math.abs(x)) * millsRatio(Math.abs(x));
    return x > 0 ? upper : 1 - upper;
  }
  let term = x;
  let sum = x;
  const xSquared = x * x;
  for (let k = 3; sum + term !== sum; k += 2) {
    term *= xSquared / k;
    sum += term;
  }
  return 0.5 - normalPdf(x) * sum;
}

/** The standard normal distribution function Φ(x). */
export function normalCdf(x: number): number {
  return normalUpperTail(-x);
}

/**
 * The standard normal quantile Φ⁻¹(p) for p in (0, 1): Acklam's rational approximation
 * (relative error below 1.2e-9) polished by one Halley step against `normalCdf`.
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`p must be in (0, 1), got ${p}`);
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const polynomial = (coefficients: number[], x: number): number => coefficients.reduce((sum, coefficient) => sum * x + coefficient, 0);
  const lowerBreak = 0.02425;
  let x: number;
  if (p < lowerBreak || p > 1 - lowerBreak) {
    // tails: a rational function of sqrt(−2 log(tail probability))
    const q = Math.sqrt(-2 * Math.log(Math.min(p, 1 - p)));
    const tailValue = polynomial(c, q) / (polynomial(d, q) * q + 1);
    x = p < lowerBreak ? tailValue : -tailValue;
  } else {
    const q = p - 0.5;
    const r = q * q;
    x = (polynomial(a, r) * q) / (polynomial(b, r) * r + 1);
  }
  // Halley step; compare upper tails above the median so precision is not lost near p = 1
  const error = x > 0 ? 1 - p - normalUpperTail(x) : normalCdf(x) - p;
  const u = error * SQRT_TWO_PI * Math.exp(0.5 * x * x);
  return x - u / (1 + 0.5 * x * u);
}
