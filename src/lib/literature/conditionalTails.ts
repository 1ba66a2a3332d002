/**
 * Selection on a proxy U = V + X with goal V ~ N(0, 1) and an independent error X, Gaussian or
 * Student-t (Kwa, Thomas and Garriga-Alonso 2024): the conditional goal E[V | U ≥ t] as the
 * threshold t grows. Because X and V are independent, P(U ≥ t | V = v) = S(t − v) with S the
 * survival function of X, so
 *   E[V | U ≥ t] = ∫ v φ(v) S(t − v) dv / ∫ φ(v) S(t − v) dv.
 * Both integrands are smooth and decay fast at both ends, so the trapezoidal rule on a fixed grid
 * is accurate far beyond its usual h² (it is exact up to terms exponentially small in 1/h). For
 * Gaussian X of standard deviation σ the value is σ_U⁻¹ φ(s)/(1 − Φ(s)) with σ_U² = 1 + σ², s = t/σ_U.
 * The Monte Carlo estimate keeps, for each threshold, the sampled pairs whose proxy reaches it.
 */
import { standardNormal, uniformSource } from "../random";
import { logNormalUpperTail, normalPdf, studentT } from "../experiments/distributions";
import { meanFromSums } from "../experiments/statistics";
import { requireInteger, requireNumber } from "../experiments/validation";
import { studentTUpperTail } from "../special";

/** The error X: a Gaussian N(0, scale²), or scale times a standard Student-t with ν degrees of freedom. */
export type ErrorLaw =
  | { readonly kind: "gaussian"; readonly scale: number }
  | { readonly kind: "studentT"; readonly scale: number; readonly degreesOfFreedom: number };

/** log P(X ≥ x) (= log P(X > x): both laws are continuous), finite far into the Gaussian tail. */
export function logErrorSurvival(error: ErrorLaw, x: number): number {
  return error.kind === "gaussian" ? logNormalUpperTail(x / error.scale) : Math.log(studentTUpperTail(x / error.scale, error.degreesOfFreedom));
}

/** Grid step of the trapezoidal rule in v; V's density varies on the scale 1. */
const INTEGRATION_STEP = 0.1;
/** φ(12) ≈ 2e−32, so cutting V at −12 and at t + 12 loses less than 1e−30 of either integral, relatively. */
const INTEGRATION_MARGIN = 12;

/**
 * E[V | V + X ≥ t] for V ~ N(0, 1) independent of X, at each of `thresholds`, by the trapezoidal
 * rule over v in [−12, max(t, 0) + 12]. The rule runs in x = t − v on one grid shared by every
 * threshold, so log P(X ≥ x) (the costly part) is computed once per grid point rather than once per
 * point and threshold. The weights φ(t − x) P(X ≥ x) are formed as logarithms and scaled by their
 * largest value: for Gaussian error and large t they are far below the smallest double.
 */
export function conditionalGoals(error: ErrorLaw, thresholds: readonly number[]): number[] {
  if (thresholds.length === 0) return [];
  const lower = Math.min(0, ...thresholds) - INTEGRATION_MARGIN;
  const upper = Math.max(0, ...thresholds) + INTEGRATION_MARGIN;
  const steps = Math.ceil((upper - lower) / INTEGRATION_STEP);
  const logSurvival = new Float64Array(steps + 1);
  for (let j = 0; j <= steps; j++) logSurvival[j] = logErrorSurvival(error, lower + j * INTEGRATION_STEP);
  const logWeights = new Float64Array(steps + 1);
  return thresholds.map((threshold) => {
    // x = t − v over v in [−12, max(t, 0) + 12]
    const first = Math.max(0, Math.ceil((threshold - Math.max(threshold, 0) - INTEGRATION_MARGIN - lower) / INTEGRATION_STEP - 1e-9));
    const last = Math.min(steps, Math.floor((threshold + INTEGRATION_MARGIN - lower) / INTEGRATION_STEP + 1e-9));
    let largest = -Infinity;
    for (let j = first; j <= last; j++) {
      const v = threshold - (lower + j * INTEGRATION_STEP);
      logWeights[j] = -0.5 * v * v + logSurvival[j]!;
      largest = Math.max(largest, logWeights[j]!);
    }
    let numerator = 0;
    let denominator = 0;
    for (let j = first; j <= last; j++) {
      // the end weights are ≈ 1e−32 of the largest, so the trapezoid's halving of them does not matter
      const weight = Math.exp(logWeights[j]! - largest);
      numerator += (threshold - (lower + j * INTEGRATION_STEP)) * weight;
      denominator += weight;
    }
    return numerator / denominator;
  });
}

/** E[V | V + X ≥ t] at one threshold; see `conditionalGoals`. */
export function conditionalGoal(error: ErrorLaw, threshold: number): number {
  return conditionalGoals(error, [threshold])[0]!;
}

/**
 * The closed form for Gaussian goal and error: with V ~ N(0, σ_V²), X ~ N(0, σ_X²) independent and
 * σ_U² = σ_V² + σ_X², E[V | V + X ≥ t] = (σ_V²/σ_U) φ(s)/(1 − Φ(s)) with s = t/σ_U.
 */
export function gaussianConditionalGoal(goalSd: number, errorSd: number, threshold: number): number {
  const proxySd = Math.hypot(goalSd, errorSd);
  const s = threshold / proxySd;
  // φ(s)/(1 − Φ(s)) as exp(log φ(s) − log(1 − Φ(s))), so that it stays finite for s beyond 38
  return ((goalSd * goalSd) / proxySd) * Math.exp(Math.log(normalPdf(0)) - 0.5 * s * s - logNormalUpperTail(s));
}

export interface ConditionalTailsControls {
  /** ν of the Student-t error. */
  degreesOfFreedom: number;
  /** σ: the standard deviation of the Gaussian error and the scale of the Student-t error. */
  errorScale: number;
  /** The largest threshold t shown. */
  maxThreshold: number;
  /** Monte Carlo pairs (V, X) drawn for each error law. */
  samples: number;
  seed: number;
}

export const defaultConditionalTailsControls: ConditionalTailsControls = {
  degreesOfFreedom: 3,
  errorScale: 1,
  maxThreshold: 20,
  samples: 30_000,
  seed: 1,
};

export function validateConditionalTailsControls(controls: ConditionalTailsControls): void {
  requireNumber("degreesOfFreedom", controls.degreesOfFreedom, 0.5, 100);
  requireNumber("errorScale", controls.errorScale, 0.1, 10);
  requireNumber("maxThreshold", controls.maxThreshold, 1, 200);
  requireInteger("samples", controls.samples, 100, 1_000_000);
  requireInteger("seed", controls.seed, 0, 2 ** 31 - 1);
}

/** One threshold of the integrated curves. */
export type CurvePoint = {
  threshold: number;
  studentGoal: number;
  gaussianGoal: number;
};

/** One Monte Carlo estimate: the mean goal of the pairs with U ≥ threshold, for one error law. */
export type MonteCarloPoint = {
  threshold: number;
  error: "studentT" | "gaussian";
  mean: number;
  standardError: number;
  accepted: number;
};

/** Points of the curve per unit of the largest threshold's range. */
const CURVE_POINTS = 80;
/** Monte Carlo thresholds across the range. */
const MONTE_CARLO_POINTS = 20;
/** An estimate is shown only from this many accepted pairs on, where its standard error means something. */
export const MINIMUM_ACCEPTED = 100;

/** The conditional goal of the pairs whose proxy reaches each of `thresholds` (ascending, from 0), from `samples` draws. */
export function monteCarloConditionalGoal(
  error: ErrorLaw,
  thresholds: readonly number[],
  samples: number,
  seed: number,
): { threshold: number; mean: number; standardError: number; accepted: number }[] {
  const source = uniformSource(seed);
  const goal = standardNormal(source);
  const draw = error.kind === "gaussian" ? standardNormal(source) : studentT(source, error.degreesOfFreedom);
  // bin each pair by the last threshold its proxy reaches, then sum the bins from the top down
  const count = new Float64Array(thresholds.length);
  const sum = new Float64Array(thresholds.length);
  const sumOfSquares = new Float64Array(thresholds.length);
  for (let i = 0; i < samples; i++) {
    const v = goal();
    const u = v + error.scale * draw();
    let bin = -1;
    while (bin + 1 < thresholds.length && u >= thresholds[bin + 1]!) bin++;
    if (bin < 0) continue;
    count[bin]!++;
    sum[bin]! += v;
    sumOfSquares[bin]! += v * v;
  }
  const estimates = [];
  let accepted = 0;
  let total = 0;
  let totalOfSquares = 0;
  for (let j = thresholds.length - 1; j >= 0; j--) {
    accepted += count[j]!;
    total += sum[j]!;
    totalOfSquares += sumOfSquares[j]!;
    if (accepted >= 2) estimates.push({ threshold: thresholds[j]!, accepted, ...meanFromSums(accepted, total, totalOfSquares) });
  }
  return estimates.reverse();
}

export function conditionalTails(controls: ConditionalTailsControls): { curves: CurvePoint[]; monteCarlo: MonteCarloPoint[] } {
  validateConditionalTailsControls(controls);
  const student: ErrorLaw = { kind: "studentT", scale: controls.errorScale, degreesOfFreedom: controls.degreesOfFreedom };
  const gaussian: ErrorLaw = { kind: "gaussian", scale: controls.errorScale };
  const curveThresholds = Array.from({ length: CURVE_POINTS + 1 }, (_, i) => (i * controls.maxThreshold) / CURVE_POINTS);
  const studentGoals = conditionalGoals(student, curveThresholds);
  const gaussianGoals = conditionalGoals(gaussian, curveThresholds);
  const curves: CurvePoint[] = curveThresholds.map((threshold, i) => ({ threshold, studentGoal: studentGoals[i]!, gaussianGoal: gaussianGoals[i]! }));
  const thresholds = Array.from({ length: MONTE_CARLO_POINTS + 1 }, (_, j) => (j * controls.maxThreshold) / MONTE_CARLO_POINTS);
  const monteCarlo: MonteCarloPoint[] = [];
  for (const [name, law, seedOffset] of [["studentT", student, 0], ["gaussian", gaussian, 1]] as const) {
    for (const estimate of monteCarloConditionalGoal(law, thresholds, controls.samples, 2 * controls.seed + seedOffset)) {
      if (estimate.accepted >= MINIMUM_ACCEPTED) monteCarlo.push({ error: name, ...estimate });
    }
  }
  return { curves, monteCarlo };
}
