/**
 * Regressional Goodhart: the proxy is U = U* + error with U* ~ N(0, 1), and the best of n
 * candidates by the proxy is selected. Monte Carlo estimates E[U] and E[U*] of the selected item
 * for n on a log-spaced grid; with Gaussian error the closed forms are, writing e_n for the
 * expected maximum of n iid N(0, 1) and σ for the error's standard deviation,
 *   E[U | selected] = sqrt(1 + σ²) e_n,   E[U* | selected] = e_n / sqrt(1 + σ²),
 * because U ~ N(0, 1 + σ²) and E[U* | U] = U/(1 + σ²). With heavy-tailed error the largest
 * proxies are mostly large errors, so E[U* | selected] falls back toward 0 as n grows.
 */
import { standardNormal, uniformSource } from "../random";
import { normalCdf, normalPdf, studentT, symmetricPareto } from "./distributions";
import { meanFromSums } from "./statistics";
import { requireInteger, requireNumber, requireOneOf } from "./validation";
import { simpsonCoefficients } from "../quadrature";

export const errorDistributions = ["gaussian", "studentT", "pareto"] as const;
export type ErrorDistribution = (typeof errorDistributions)[number];

export interface RegressionalSelectionControls {
  seed: number;
  errorDistribution: ErrorDistribution;
  /** σ: the Gaussian error's standard deviation, or the scale multiplying a standard t or Pareto draw. */
  errorScale: number;
  /** ν of the Student-t error. */
  degreesOfFreedom: number;
  /** α of the symmetric Pareto error: P(|error| > σx) = (1 + x)^(−α). */
  tailIndex: number;
  /** The largest n; the grid runs log-spaced from 1 to here. */
  maxCandidates: number;
  /** Independent best-of-n selections per grid point. */
  trials: number;
}

export const defaultRegressionalSelectionControls: RegressionalSelectionControls = {
  seed: 1,
  errorDistribution: "gaussian",
  errorScale: 1,
  degreesOfFreedom: 3,
  tailIndex: 2,
  maxCandidates: 1000,
  // 40 × 1000 draws keeps the default under 16 ms; the rows carry standard errors to show the noise
  trials: 30,
};

export function validateRegressionalSelectionControls(controls: RegressionalSelectionControls): void {
  requireInteger("seed", controls.seed, 0, 2 ** 31 - 1);
  requireOneOf("errorDistribution", controls.errorDistribution, errorDistributions);
  requireNumber("errorScale", controls.errorScale, 0, 10);
  requireNumber("degreesOfFreedom", controls.degreesOfFreedom, 1, 100);
  requireNumber("tailIndex", controls.tailIndex, 1, 10);
  requireInteger("maxCandidates", controls.maxCandidates, 1, 100_000);
  requireInteger("trials", controls.trials, 2, 100_000);
}

/** Integers from 1 to `max`, about `perDecade` per factor of ten, always including 1 and `max`. */
export function logSpacedCounts(max: number, perDecade = 8): number[] {
  const counts = new Set<number>([1, max]);
  const steps = Math.ceil(Math.log10(max) * perDecade);
  for (let k = 1; k < steps; k++) counts.add(Math.round(10 ** (k / perDecade)));
  return [...counts].sort((a, b) => a - b);
}

/**
 * KL(best-of-n ‖ base) = log n − (n − 1)/n, as in Gao, Schulman & Hilton (2022): the best-of-n
 * density is n F^(n−1) f, so the divergence is log n + (n − 1) E[log F(max)], and F(max) has the
 * Beta(n, 1) distribution, whose log has mean −1/n. It holds for any continuous base distribution.
 */
export function bestOfNKlDivergence(candidates: number): number {
  return Math.log(candidates) - (candidates - 1) / candidates;
}

// Simpson's rule on [−10, 10]; the integrand x n φ(x) Φ(x)^(n−1) is negligible outside for n ≤ 10^6
const integrationHalfWidth = 10;
const integrationIntervals = 2000;
let integrationNodes: { x: Float64Array; density: Float64Array; cdf: Float64Array; weight: Float64Array } | undefined;

/**
 * E[M^power] for M the maximum of n iid N(0, 1): ∫ x^power n φ(x) Φ(x)^(n−1) dx, by Simpson's rule.
 * The first moment is e_n; the second enters the best-of-n gold score of a proxy whose goal
 * penalises extreme proxy values (src/lib/literature/bestOfN.ts).
 */
export function maximumOfNormalsMoment(candidates: number, power: number): number {
  if (!integrationNodes) {
    const count = integrationIntervals + 1;
    const x = new Float64Array(count);
    const density = new Float64Array(count);
    const cdf = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      x[i] = -integrationHalfWidth + (2 * integrationHalfWidth * i) / integrationIntervals;
      density[i] = normalPdf(x[i]!);
      cdf[i] = normalCdf(x[i]!);
    }
    integrationNodes = { x, density, cdf, weight: simpsonCoefficients(integrationIntervals) };
  }
  const { x, density, cdf, weight } = integrationNodes;
  let sum = 0;
  for (let i = 0; i <= integrationIntervals; i++) {
    sum += weight[i]! * Math.pow(x[i]!, power) * density[i]! * Math.pow(cdf[i]!, candidates - 1);
  }
  return ((candidates * sum) * (2 * integrationHalfWidth)) / integrationIntervals / 3;
}

/** e_n = E[max of n iid N(0, 1)]. */
export function expectedMaximumOfNormals(candidates: number): number {
  // one draw: the mean of N(0, 1), exactly (the quadrature of an odd integrand leaves rounding noise)
  if (candidates === 1) return 0;
  return maximumOfNormalsMoment(candidates, 1);
}

/** One grid point n: Monte Carlo means (with standard errors) of the selected item's U and U*. */
export type RegressionalSelectionRow = {
  candidates: number;
  klDivergence: number;
  proxyMean: number;
  proxyStandardError: number;
  goalMean: number;
  goalStandardError: number;
  /** Closed forms, present only for Gaussian error. */
  proxyClosedForm?: number;
  goalClosedForm?: number;
};

function errorSampler(controls: RegressionalSelectionControls, source: () => number, normal: () => number): () => number {
  const scale = controls.errorScale;
  switch (controls.errorDistribution) {
    case "gaussian":
      return () => scale * normal();
    case "studentT": {
      const t = studentT(source, controls.degreesOfFreedom);
      return () => scale * t();
    }
    case "pareto": {
      const pareto = symmetricPareto(source, controls.tailIndex);
      return () => scale * pareto();
    }
  }
}

export function regressionalSelection(controls: RegressionalSelectionControls): RegressionalSelectionRow[] {
  validateRegressionalSelectionControls(controls);
  const source = uniformSource(controls.seed);
  const normal = standardNormal(source);
  const error = errorSampler(controls, source, normal);
  const grid = logSpacedCounts(controls.maxCandidates);
  const sums = grid.map(() => ({ proxy: 0, proxySquares: 0, goal: 0, goalSquares: 0 }));
  // each trial draws maxCandidates items once and reads the running best at every grid point:
  // the best of the first n of them is a best-of-n selection, so one pass serves the whole grid
  for (let trial = 0; trial < controls.trials; trial++) {
    let bestProxy = -Infinity;
    let bestGoal = 0;
    let gridIndex = 0;
    for (let candidate = 1; candidate <= controls.maxCandidates; candidate++) {
      const goal = normal();
      const proxy = goal + error();
      if (proxy > bestProxy) {
        bestProxy = proxy;
        bestGoal = goal;
      }
      if (candidate === grid[gridIndex]) {
        const sum = sums[gridIndex]!;
        sum.proxy += bestProxy;
        sum.proxySquares += bestProxy * bestProxy;
        sum.goal += bestGoal;
        sum.goalSquares += bestGoal * bestGoal;
        gridIndex++;
      }
    }
  }
  const proxyStandardDeviation = Math.sqrt(1 + controls.errorScale ** 2);
  return grid.map((candidates, i) => {
    const sum = sums[i]!;
    const proxy = meanFromSums(controls.trials, sum.proxy, sum.proxySquares);
    const goal = meanFromSums(controls.trials, sum.goal, sum.goalSquares);
    const row: RegressionalSelectionRow = {
      candidates,
      klDivergence: bestOfNKlDivergence(candidates),
      proxyMean: proxy.mean,
      proxyStandardError: proxy.standardError,
      goalMean: goal.mean,
      goalStandardError: goal.standardError,
    };
    if (controls.errorDistribution === "gaussian") {
      const expectedMaximum = expectedMaximumOfNormals(candidates);
      row.proxyClosedForm = proxyStandardDeviation * expectedMaximum;
      row.goalClosedForm = expectedMaximum / proxyStandardDeviation;
    }
    return row;
  });
}
