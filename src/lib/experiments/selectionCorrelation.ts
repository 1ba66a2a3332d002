/**
 * Selection weakens the proxy–goal correlation. With proxy U = U* + error and U* ~ N(0, 1), keep
 * the top (1 − q) fraction of points by the proxy and measure the Pearson correlation of U and U*
 * among those kept. With Gaussian error the pair is bivariate normal with ρ = 1/sqrt(1 + σ²), and
 * truncating the standardised proxy Z at z = Φ⁻¹(q) leaves
 *   corr = ρ sqrt(v) / sqrt(1 − ρ²(1 − v)),   v = Var(Z | Z > z) = 1 + zλ − λ²,  λ = φ(z)/(1 − Φ(z)),
 * since U* = ρZ + sqrt(1 − ρ²)W with W independent of Z, so Cov = ρv and Var(U*|·) = ρ²v + 1 − ρ².
 * Heavy-tailed error makes the correlation collapse much faster.
 */
import { standardNormal, uniformSource } from "../random";
import { normalPdf, normalQuantile, normalUpperTail, studentT } from "./distributions";
import { correlationFromSums } from "./statistics";
import { requireInteger, requireNumber } from "./validation";

export interface SelectionCorrelationControls {
  seed: number;
  /** Points drawn for each error type. */
  samples: number;
  /** σ: the standard deviation of both errors. */
  errorScale: number;
  /** ν of the heavy-tailed (Student-t) error; above 2 so that its variance exists. */
  degreesOfFreedom: number;
}

export const defaultSelectionCorrelationControls: SelectionCorrelationControls = {
  seed: 1,
  // 10 000 keeps the default under 16 ms and still leaves 100 points at q = 0.99
  samples: 10_000,
  errorScale: 1,
  degreesOfFreedom: 3,
};

/** Selection quantiles q = 0, 0.01, …, 0.99. */
export const selectionQuantiles: readonly number[] = Array.from({ length: 100 }, (_, i) => i / 100);

export function validateSelectionCorrelationControls(controls: SelectionCorrelationControls): void {
  requireInteger("seed", controls.seed, 0, 2 ** 31 - 1);
  requireInteger("samples", controls.samples, 1000, 1_000_000);
  requireNumber("errorScale", controls.errorScale, 0.01, 10);
  requireNumber("degreesOfFreedom", controls.degreesOfFreedom, 2.1, 100);
}

/** The closed-form correlation among points whose standardised proxy exceeds its q-quantile. */
export function truncatedNormalCorrelation(correlation: number, quantile: number): number {
  if (quantile === 0) return correlation;
  const z = normalQuantile(quantile);
  const inverseMillsRatio = normalPdf(z) / normalUpperTail(z);
  const truncatedVariance = 1 + z * inverseMillsRatio - inverseMillsRatio ** 2;
  return (correlation * Math.sqrt(truncatedVariance)) / Math.sqrt(1 - correlation ** 2 * (1 - truncatedVariance));
}

export interface SelectionCorrelationRow {
  quantile: number;
  /** How many of the samples are kept (the top (1 − q) fraction by the proxy). */
  selectedCount: number;
  gaussianCorrelation: number;
  gaussianClosedForm: number;
  heavyTailedCorrelation: number;
}

/**
 * Correlations among the top k points by proxy for each of the decreasing counts `keptCounts`.
 * Rather than sorting the points (slow with a comparator), sort a copy of the proxies natively
 * to find each count's threshold, put every point in the bucket of the last threshold it clears,
 * and add the buckets' sums from the top down: the points above threshold k are buckets k, k+1, ….
 */
function correlationsOfTopFractions(
  goal: Float64Array,
  proxy: Float64Array,
  keptCounts: number[],
): { count: number; correlation: number }[] {
  const sorted = Float64Array.from(proxy).sort();
  const thresholds = keptCounts.map((kept) => sorted[proxy.length - kept]!);
  const buckets = thresholds.map(() => ({ count: 0, goal: 0, proxy: 0, goalSquares: 0, proxySquares: 0, products: 0 }));
  for (let i = 0; i < proxy.length; i++) {
    const p = proxy[i]!;
    if (p < thresholds[0]!) continue;
    // binary search for the last threshold ≤ p (thresholds rise with k)
    let low = 0;
    let high = thresholds.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (thresholds[middle]! <= p) low = middle;
      else high = middle - 1;
    }
    const bucket = buckets[low]!;
    const g = goal[i]!;
    bucket.count++;
    bucket.goal += g;
    bucket.proxy += p;
    bucket.goalSquares += g * g;
    bucket.proxySquares += p * p;
    bucket.products += g * p;
  }
  const results: { count: number; correlation: number }[] = [];
  const total = { count: 0, goal: 0, proxy: 0, goalSquares: 0, proxySquares: 0, products: 0 };
  for (let k = buckets.length - 1; k >= 0; k--) {
    const bucket = buckets[k]!;
    for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += bucket[key];
    results[k] = {
      count: total.count,
      correlation: correlationFromSums(total.count, total.proxy, total.goal, total.proxySquares, total.goalSquares, total.products),
    };
  }
  return results;
}

export function selectionCorrelation(controls: SelectionCorrelationControls): SelectionCorrelationRow[] {
  validateSelectionCorrelationControls(controls);
  const { samples, errorScale, degreesOfFreedom } = controls;
  const source = uniformSource(controls.seed);
  const normal = standardNormal(source);
  const t = studentT(source, degreesOfFreedom);
  // a standard t has variance ν/(ν − 2); rescale so both errors have standard deviation σ and
  // the two cases start from the same unselected correlation 1/sqrt(1 + σ²)
  const tScale = errorScale * Math.sqrt((degreesOfFreedom - 2) / degreesOfFreedom);
  const goal = new Float64Array(samples);
  const gaussianProxy = new Float64Array(samples);
  const heavyTailedProxy = new Float64Array(samples);
  for (let i = 0; i < samples; i++) {
    goal[i] = normal();
    // the same goal values under both errors, so only the error's tail differs
    gaussianProxy[i] = goal[i]! + errorScale * normal();
    heavyTailedProxy[i] = goal[i]! + tScale * t();
  }
  // the 1e-9 stops rounding error in (1 − q)·samples from keeping one point too many
  const keptCounts = selectionQuantiles.map((q) => Math.ceil((1 - q) * samples - 1e-9));
  const gaussian = correlationsOfTopFractions(goal, gaussianProxy, keptCounts);
  const heavyTailed = correlationsOfTopFractions(goal, heavyTailedProxy, keptCounts);
  const unselectedCorrelation = 1 / Math.sqrt(1 + errorScale ** 2);
  return selectionQuantiles.map((quantile, i) => ({
    quantile,
    selectedCount: gaussian[i]!.count,
    gaussianCorrelation: gaussian[i]!.correlation,
    gaussianClosedForm: truncatedNormalCorrelation(unselectedCorrelation, quantile),
    heavyTailedCorrelation: heavyTailed[i]!.correlation,
  }));
}
