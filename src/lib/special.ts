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
