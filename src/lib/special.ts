/**
 * Special functions the compute library needs and JavaScript lacks.
 */

// Lanczos coefficients (g = 7, n = 9); relative error below 1e-15 for positive arguments.
const lanczosCoefficients = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
] as const;

/** log Γ(x) for x > 0 (Lanczos approximation; reflection keeps small x accurate). */
export function logGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`logGamma needs a positive argument, got ${x}`);
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const shifted = x - 1;
  let series = lanczosCoefficients[0];
  for (let i = 1; i < lanczosCoefficients.length; i++) series += lanczosCoefficients[i]! / (shifted + i);
  const t = shifted + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (shifted + 0.5) * Math.log(t) - t + Math.log(series);
}

// the last arguments and value of logBeta: a Student-t curve asks for the same B(ν/2, 1/2) thousands of times
let lastBeta = { a: Number.NaN, b: Number.NaN, value: Number.NaN };

/** log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a + b) for a, b > 0. */
export function logBeta(a: number, b: number): number {
  if (a !== lastBeta.a || b !== lastBeta.b) lastBeta = { a, b, value: logGamma(a) + logGamma(b) - logGamma(a + b) };
  return lastBeta.value;
}

/**
 * The continued fraction of the incomplete beta function (modified Lentz), which converges fast
 * for x < (a + 1)/(a + b + 2); `x` and `complement` = 1 − x are passed separately so that a
 * complement computed without cancellation keeps its precision.
 */
function incompleteBetaFraction(x: number, complement: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let fraction = d;
  for (let m = 1; m <= 10000; m++) {
    const even = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
    d = 1 + even * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + even / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    fraction *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
    d = 1 + odd * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + odd / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    fraction *= step;
    if (Math.abs(step - 1) < 1e-16) break;
  }
  return (Math.exp(a * Math.log(x) + b * Math.log(complement) - logBeta(a, b)) * fraction) / a;
}

/** I_x(a, b) and 1 − I_x(a, b), each without cancellation, for x in [0, 1] given with its complement. */
function incompleteBetaPair(x: number, complement: number, a: number, b: number): { lower: number; upper: number } {
  if (x <= 0) return { lower: 0, upper: 1 };
  if (complement <= 0) return { lower: 1, upper: 0 };
  if (x < (a + 1) / (a + b + 2)) {
    const lower = incompleteBetaFraction(x, complement, a, b);
    return { lower, upper: 1 - lower };
  }
  const upper = incompleteBetaFraction(complement, x, b, a);
  return { lower: 1 - upper, upper };
}

/** The regularised incomplete beta function I_x(a, b) = B(x; a, b)/B(a, b) for x in [0, 1], a, b > 0. */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (!(a > 0 && b > 0)) throw new RangeError(`regularizedIncompleteBeta needs a, b > 0, got a = ${a}, b = ${b}`);
  if (!(x >= 0 && x <= 1)) throw new RangeError(`regularizedIncompleteBeta needs x in [0, 1], got ${x}`);
  return incompleteBetaPair(x, 1 - x, a, b).lower;
}

/**
 * The upper tail P(T > x) of a standard Student-t variable with ν > 0 degrees of freedom:
 * for x ≥ 0 it is I_z(ν/2, 1/2)/2 with z = ν/(ν + x²), and 1 − z = x²/(ν + x²) is formed directly
 * so that neither tail loses precision.
 */
export function studentTUpperTail(x: number, degreesOfFreedom: number): number {
  if (!(degreesOfFreedom > 0)) throw new RangeError(`degreesOfFreedom must be > 0, got ${degreesOfFreedom}`);
  if (Number.isNaN(x)) return Number.NaN;
  if (!Number.isFinite(x)) return x > 0 ? 0 : 1;
  const denominator = degreesOfFreedom + x * x;
  const { lower } = incompleteBetaPair(degreesOfFreedom / denominator, (x * x) / denominator, degreesOfFreedom / 2, 0.5);
  return x >= 0 ? lower / 2 : 1 - lower / 2;
}

/** The density of a standard Student-t variable with ν > 0 degrees of freedom. */
export function studentTDensity(x: number, degreesOfFreedom: number): number {
  const nu = degreesOfFreedom;
  return Math.exp(-0.5 * Math.log(nu) - logBeta(nu / 2, 0.5) - ((nu + 1) / 2) * Math.log1p((x * x) / nu));
}
