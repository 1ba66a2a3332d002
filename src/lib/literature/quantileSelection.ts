/**
 * Selection by quantile of a proxy U = U* + ξ, with the goal U* ~ N(μ, σ*²) independent of the
 * discrepancy ξ (El-Mhamdi and Hoang's setting): the expected goal of the selected fraction p,
 *   g(p) = E[U* | U ≥ q], where P(U ≥ q) = p,
 * computed exactly up to quadrature, with no sampling. Conditioning on U* = u,
 *   P(U ≥ t) = E[S(t − U*)],   E[U* 1{U ≥ t}] = E[U* S(t − U*)],   density of U at t = E[f(t − U*)],
 * where S and f are the discrepancy's survival function and density; the three expectations over
 * the Gaussian goal are one pass of Simpson's rule, and the threshold q is found by inverting
 * P(U ≥ t) = p (safeguarded Newton on its logarithm). A seeded Monte Carlo estimate is provided
 * for the tests.
 */
import { standardNormal, uniformSource, type UniformSource } from "../random";
import { normalPdf, normalQuantile, normalUpperTail, symmetricPareto } from "../experiments/distributions";
import { requireInteger, requireNumber, requireOneOf } from "../experiments/validation";
import { simpsonCoefficients } from "../quadrature";

export const discrepancyFamilies = ["gaussian", "laplace", "powerLaw"] as const;
export type DiscrepancyFamily = (typeof discrepancyFamilies)[number];

/**
 * ξ = scale · ξ₀ with ξ₀ standard: N(0, 1); the Laplace law of variance 1 (rate √2); or the
 * symmetric power law P(|ξ₀| > x) = (1 + x)^(−α), whose variance 2/((α − 1)(α − 2)) is 1 at α = 3.
 */
export interface Discrepancy {
  family: DiscrepancyFamily;
  scale: number;
  /** α of the power law; unused by the other families. */
  tailIndex: number;
}

export interface Goal {
  mean: number;
  standardDeviation: number;
}

const LAPLACE_RATE = Math.SQRT2;

export function validateDiscrepancy(discrepancy: Discrepancy): void {
  requireOneOf("discrepancy.family", discrepancy.family, discrepancyFamilies);
  requireNumber("discrepancy.scale", discrepancy.scale, 1e-3, 1e3);
  requireNumber("discrepancy.tailIndex", discrepancy.tailIndex, 0.1, 100);
}

/** A sampler of ξ drawing from `source`. */
export function discrepancySampler(discrepancy: Discrepancy, source: UniformSource): () => number {
  const { scale } = discrepancy;
  switch (discrepancy.family) {
    case "gaussian": {
      const normal = standardNormal(source);
      return () => scale * normal();
    }
    case "laplace":
      return () => {
        // inverse of the distribution function; 1 − source() lies in (0, 1]
        const magnitude = -Math.log(1 - source()) / LAPLACE_RATE;
        return scale * (source() < 0.5 ? -magnitude : magnitude);
      };
    case "powerLaw": {
      const draw = symmetricPareto(source, discrepancy.tailIndex);
      return () => scale * draw();
    }
  }
}

/**
 * The limit of g(p) as p → 0 that the chapter proves for this family and a Gaussian goal:
 * +∞ for Gaussian ξ (no Goodhart), μ + λσ*² with λ = √2/scale for Laplace ξ (weak Goodhart),
 * μ for the power law (strong Goodhart).
 */
export function selectedGoalLimit(goal: Goal, discrepancy: Discrepancy): number {
  switch (discrepancy.family) {
    case "gaussian":
      return Number.POSITIVE_INFINITY;
    case "laplace":
      return goal.mean + (LAPLACE_RATE / discrepancy.scale) * goal.standardDeviation ** 2;
    case "powerLaw":
      return goal.mean;
  }
}

/**
 * The Gaussian case in closed form: with s² = σ*² + scale², g(p) = μ + (σ*²/s) φ(z)/p where
 * z = Φ⁻¹(1 − p), because E[U* | U] = μ + (σ*²/s²)(U − μ) and E[U | U ≥ μ + s z] = μ + s φ(z)/p.
 */
export function gaussianSelectedGoal(goal: Goal, discrepancyScale: number, fraction: number): number {
  if (fraction === 1) return goal.mean;
  const s = Math.hypot(goal.standardDeviation, discrepancyScale);
  // Φ⁻¹(1 − p) = −Φ⁻¹(p), which keeps the precision of a small p
  const z = -normalQuantile(fraction);
  return goal.mean + ((goal.standardDeviation ** 2 / s) * normalPdf(z)) / fraction;
}

// Simpson's rule over u = μ + σ* v, v in [−12, 12]: the Gaussian weight outside is below 1e-32
const halfWidth = 12;
/**
 * Intervals of the rule. The Laplace and power-law densities have a kink at 0, so the integrand has
 * a jump in its second derivative and needs the fine grid of 960 intervals. For Gaussian ξ the
 * integrand φ(v) P(ξ ≥ t − μ − σ* v) is analytic, varying on the scale w = r/√(1 + r²) in v with
 * r = scale/σ*; Simpson's rule on step h combines trapezoid sums on steps h and 2h, whose relative
 * error is about exp(−2π² w²/(2h)²), below 1e−19 once h ≤ w/3. So the Gaussian case takes the
 * coarsest of 120, 240, 480 and 960 intervals with h ≤ w/3, and 960 when none has.
 */
function intervalsFor(goal: Goal, discrepancy: Discrepancy): number {
  if (discrepancy.family !== "gaussian") return 960;
  const ratio = discrepancy.scale / goal.standardDeviation;
  const width = ratio / Math.hypot(1, ratio);
  return [120, 240, 480].find((intervals) => (2 * halfWidth) / intervals <= width / 3) ?? 960;
}
const nodeSets = new Map<number, { v: Float64Array; weight: Float64Array }>();

function nodes(intervals: number): { v: Float64Array; weight: Float64Array } {
  const cached = nodeSets.get(intervals);
  if (cached) return cached;
  const h = (2 * halfWidth) / intervals;
  const v = new Float64Array(intervals + 1);
  const weight = new Float64Array(intervals + 1);
  const simpson = simpsonCoefficients(intervals);
  for (let i = 0; i <= intervals; i++) {
    v[i] = -halfWidth + i * h;
    weight[i] = ((simpson[i]! * h) / 3) * normalPdf(v[i]!);
  }
  nodeSets.set(intervals, { v, weight });
  return { v, weight };
}

interface TailIntegrals {
  /** P(U ≥ t) */
  survival: number;
  /** E[U* 1{U ≥ t}] */
  goalMass: number;
  /** density of U at t */
  density: number;
}

/** P(U ≥ t), E[U* 1{U ≥ t}] and the density of U at t, in one quadrature pass. */
export function tailIntegrals(goal: Goal, discrepancy: Discrepancy, threshold: number): TailIntegrals {
  const { v, weight } = nodes(intervalsFor(goal, discrepancy));
  const { family, scale, tailIndex } = discrepancy;
  let survival = 0;
  let goalMass = 0;
  let density = 0;
  for (let i = 0; i < v.length; i++) {
    const u = goal.mean + goal.standardDeviation * v[i]!;
    const y = (threshold - u) / scale;
    // survival and density of the standard ξ₀ at y, sharing the exponential or the power
    let tail: number;
    let densityAtY: number;
    if (family === "gaussian") {
      tail = normalUpperTail(y);
      densityAtY = normalPdf(y);
    } else if (family === "laplace") {
      const half = 0.5 * Math.exp(-LAPLACE_RATE * Math.abs(y));
      tail = y >= 0 ? half : 1 - half;
      densityAtY = LAPLACE_RATE * half;
    } else {
      // exp(−α log(1 + |y|)) rather than Math.pow, which is slower in V8 and as accurate here
      const half = 0.5 * Math.exp(-tailIndex * Math.log1p(Math.abs(y)));
      tail = y >= 0 ? half : 1 - half;
      densityAtY = (tailIndex * half) / (1 + Math.abs(y));
    }
    const w = weight[i]!;
    const s = w * tail;
    survival += s;
    goalMass += s * u;
    density += w * densityAtY;
  }
  return { survival, goalMass, density: density / scale };
}

/**
 * Safeguarded Newton's method on log P(U ≥ t) − log p from a threshold `start` with
 * P(U ≥ start) ≥ p, whose integrals `atStart` are known (the previous root along a curve), or from
 * `guess` when one above `start` is given. Every step keeps a bracket [low, high]; until a point
 * below the target is found the bracket is open above, and a step is at most a step length that
 * doubles each time. Returns the root with its integrals, so that the caller need not integrate again.
 */
function invertSurvival(
  goal: Goal,
  discrepancy: Discrepancy,
  fraction: number,
  start: number,
  atStart: TailIntegrals,
  guess = Number.NaN,
): { threshold: number; integrals: TailIntegrals } {
  const logTarget = Math.log(fraction);
  let low = start;
  let high = Number.POSITIVE_INFINITY;
  let step = goal.standardDeviation + discrepancy.scale;
  let t = start;
  let integrals = atStart;
  if (guess > start && Number.isFinite(guess) && Math.log(atStart.survival) > logTarget) {
    t = guess;
    integrals = tailIntegrals(goal, discrepancy, t);
  }
  for (let iteration = 0; iteration < 200; iteration++) {
    const r = Math.log(integrals.survival) - logTarget;
    if (Math.abs(r) < 1e-13) break;
    if (r > 0) low = t;
    else high = t;
    if (high - low < 1e-13 * Math.max(1, Math.abs(t))) break;
    // d/dt log P(U ≥ t) = −density/survival
    const newton = t + (r * integrals.survival) / integrals.density;
    if (high === Number.POSITIVE_INFINITY) {
      t = newton > low ? Math.min(newton, low + step) : low + step;
      step *= 2;
    } else {
      t = newton > low && newton < high ? newton : 0.5 * (low + high);
    }
    integrals = tailIntegrals(goal, discrepancy, t);
  }
  return { threshold: t, integrals };
}

/**
 * The threshold q with P(U ≥ q) = p, by Newton's method on log P(U ≥ t) − log p inside a bracket
 * that every step keeps (a step leaving it bisects instead). `start` is a threshold with
 * P(U ≥ start) ≥ p, such as the previous root when p decreases.
 */
export function proxyQuantile(goal: Goal, discrepancy: Discrepancy, fraction: number, start: number): number {
  const atStart = tailIntegrals(goal, discrepancy, start);
  if (atStart.survival < fraction) throw new RangeError(`proxyQuantile: P(U ≥ ${start}) is already below ${fraction}`);
  return invertSurvival(goal, discrepancy, fraction, start, atStart).threshold;
}

export interface SelectionRow {
  family: DiscrepancyFamily;
  fraction: number;
  threshold: number;
  selectedGoal: number;
  [key: string]: number | string;
}

/** Fractions from 1/2 down to `smallest`, `perDecade` per factor of ten, log-spaced. */
export function selectedFractions(smallest: number, perDecade: number): number[] {
  const steps = Math.round(Math.log10(0.5 / smallest) * perDecade);
  return Array.from({ length: steps + 1 }, (_, k) => 0.5 * 10 ** (-k / perDecade));
}

/**
 * g(p) on the given decreasing fractions, for one discrepancy. For Gaussian ξ the threshold is
 * the closed-form quantile of U and only g is integrated; `proxyQuantile` serves every family in
 * the tests.
 */
export function selectedGoalCurve(goal: Goal, discrepancy: Discrepancy, fractions: readonly number[]): SelectionRow[] {
  requireNumber("goal.standardDeviation", goal.standardDeviation, 1e-3, 1e3);
  requireNumber("goal.mean", goal.mean, -1e3, 1e3);
  validateDiscrepancy(discrepancy);
  // P(U ≥ μ − 12σ* − 1000·scale) is within rounding of 1 for every family here
  let threshold = goal.mean - halfWidth * goal.standardDeviation - 1e3 * discrepancy.scale;
  let integrals = tailIntegrals(goal, discrepancy, threshold);
  // the last two roots as points (log p, q, dq/d log p) of the quantile curve
  const roots: { logFraction: number; threshold: number; slope: number }[] = [];
  let previous = 1;
  return fractions.map((fraction) => {
    requireNumber("fraction", fraction, 1e-300, 1);
    if (!(fraction <= previous)) throw new RangeError(`selectedGoalCurve: fractions must decrease, got ${fraction} after ${previous}`);
    previous = fraction;
    // a Gaussian proxy's quantile is known: U ~ N(μ, σ*² + scale²); the other families invert,
    // from the previous root, first trying the cubic through the last two roots and their slopes,
    // or before there are two, the Gaussian quantile (exact at p = 1/2, where U's symmetry puts it at μ)
    const gaussianQuantile = goal.mean - Math.hypot(goal.standardDeviation, discrepancy.scale) * normalQuantile(fraction);
    if (discrepancy.family === "gaussian") {
      threshold = gaussianQuantile;
      integrals = tailIntegrals(goal, discrepancy, threshold);
    } else {
      const logFraction = Math.log(fraction);
      const guess = roots.length === 2 ? hermiteExtrapolation(roots[0]!, roots[1]!, logFraction) : gaussianQuantile;
      ({ threshold, integrals } = invertSurvival(goal, discrepancy, fraction, threshold, integrals, guess));
      // d log P(U ≥ t)/dt = −density/survival, so dq/d log p = −survival/density
      roots.push({ logFraction, threshold, slope: -integrals.survival / integrals.density });
      if (roots.length > 2) roots.shift();
    }
    return { family: discrepancy.family, fraction, threshold, selectedGoal: integrals.goalMass / integrals.survival };
  });
}

/** The cubic Hermite interpolant of y through (x, y, dy/dx) at `a` and `b`, evaluated at `x`. */
function hermiteExtrapolation(
  a: { logFraction: number; threshold: number; slope: number },
  b: { logFraction: number; threshold: number; slope: number },
  x: number,
): number {
  const h = b.logFraction - a.logFraction;
  const s = (x - a.logFraction) / h;
  const s2 = s * s;
  const s3 = s2 * s;
  return (
    (2 * s3 - 3 * s2 + 1) * a.threshold +
    (s3 - 2 * s2 + s) * h * a.slope +
    (-2 * s3 + 3 * s2) * b.threshold +
    (s3 - s2) * h * b.slope
  );
}

export interface MonteCarloSelection {
  mean: number;
  standardError: number;
  selected: number;
}

/**
 * Seeded Monte Carlo estimate of g(p): draw `samples` pairs (U*, ξ), keep the ⌈p·samples⌉ largest
 * U = U* + ξ, and average their U*. The standard error is the selected U*'s standard deviation
 * over √(number selected).
 */
export function monteCarloSelectedGoal(goal: Goal, discrepancy: Discrepancy, fraction: number, samples: number, seed: number): MonteCarloSelection {
  requireInteger("samples", samples, 2, 1e8);
  validateDiscrepancy(discrepancy);
  const source = uniformSource(seed);
  const normal = standardNormal(source);
  const drawDiscrepancy = discrepancySampler(discrepancy, source);
  const goals = new Float64Array(samples);
  const order = new Array<number>(samples);
  const proxies = new Float64Array(samples);
  for (let i = 0; i < samples; i++) {
    goals[i] = goal.mean + goal.standardDeviation * normal();
    proxies[i] = goals[i]! + drawDiscrepancy();
    order[i] = i;
  }
  order.sort((a, b) => proxies[b]! - proxies[a]!);
  const selected = Math.max(2, Math.ceil(fraction * samples));
  let sum = 0;
  let sumSquares = 0;
  for (let k = 0; k < selected; k++) {
    const value = goals[order[k]!]!;
    sum += value;
    sumSquares += value * value;
  }
  const mean = sum / selected;
  const variance = Math.max(0, (sumSquares - selected * mean * mean) / (selected - 1));
  return { mean, standardError: Math.sqrt(variance / selected), selected };
}
