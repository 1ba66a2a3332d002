/** Claims for content/literature/catastrophic-goodhart.mdx. */
import fc from "fast-check";
import {
  BOUNDED_GOAL_SHIFT_CHECK,
  CATASTROPHIC_GOODHART_CHECK,
  GAUSSIAN_CONDITIONAL_GOAL_CHECK,
  HEAVY_TAIL_KL_CHECK,
  LIGHT_TAIL_KL_CHECK,
  LIGHT_TAILED_KL_CHECK,
  LONG_TAILED_LIMIT_CHECK,
} from "../../../../src/lib/theorems/checks";
import { logNormalUpperTail, normalPdf, normalUpperTail } from "../../../../src/lib/experiments/distributions";
import { studentTDensity, studentTUpperTail } from "../../../../src/lib/special";
import { expectation, normalise } from "../../../../src/lib/theorems/discrete";
import { finite, tol } from "../arbitraries";
import type { Claim } from "../falsification";

/** Σ_k w_k f_k / Σ_k w_k for weights given by their logarithms, scaled by the largest so that none underflows. */
function weightedMean(logWeights: readonly number[], values: readonly number[]): number {
  const largest = Math.max(...logWeights);
  let numerator = 0;
  let denominator = 0;
  for (let k = 0; k < logWeights.length; k++) {
    const w = Math.exp(logWeights[k]! - largest);
    numerator += w * values[k]!;
    denominator += w;
  }
  return numerator / denominator;
}

// ---------------------------------------------------------------------------------------------
// Gaussian goal and error: closed form against quadrature

type GaussianInstance = { goalMean: number; goalSd: number; errorMean: number; errorSd: number; threshold: number };

const gaussianInstance: fc.Arbitrary<GaussianInstance> = fc.record({
  goalMean: finite(-3, 3),
  goalSd: fc.oneof({ arbitrary: finite(0.2, 3), weight: 12 }, { arbitrary: fc.constant(0), weight: 1 }),
  errorMean: finite(-3, 3),
  errorSd: fc.oneof({ arbitrary: finite(0.1, 3), weight: 6 }, { arbitrary: fc.constant(0), weight: 1 }),
  threshold: finite(-10, 25),
});

/** The claimed closed form, with the factor σ_*^k/σ_U^j (k = 2, j = 1 in the theorem; mutants change them). */
function gaussianClosedForm(g: GaussianInstance, goalPower = 2, proxyPower = 1): number {
  const proxySd = Math.hypot(g.goalSd, g.errorSd);
  const s = (g.threshold - g.goalMean - g.errorMean) / proxySd;
  const millsInverse = Math.exp(Math.log(normalPdf(0)) - 0.5 * s * s - logNormalUpperTail(s));
  return g.goalMean + (g.goalSd ** goalPower / proxySd ** proxyPower) * millsInverse;
}

/**
 * E[U* | U ≥ t] by the trapezoidal rule over the narrower of the two Gaussians (step 1/40 of its
 * standard deviation, ±12 standard deviations around the region that matters), so that the other
 * one's tail is smooth on the grid. With σ_X = 0 it is the truncated mean μ* + σ* E[Z | Z ≥ z],
 * E[Z | Z ≥ z] again by quadrature in z.
 */
function gaussianByQuadrature(g: GaussianInstance): number {
  const standardise = (x: number, mean: number, sd: number) => (x - mean) / sd;
  const grid = (centre: number, sd: number, extra: number) => {
    const points: number[] = [];
    const step = sd / 40;
    for (let x = centre - 12 * sd; x <= centre + 12 * sd + extra; x += step) points.push(x);
    return points;
  };
  if (g.errorSd >= g.goalSd) {
    // over u*: weight φ_*(u*) P(X ≥ t − u*)
    const extra = Math.max(0, g.threshold - g.goalMean - g.errorMean) + 12 * g.errorSd;
    const us = grid(g.goalMean, g.goalSd, extra);
    const logWeights = us.map((u) => -0.5 * standardise(u, g.goalMean, g.goalSd) ** 2 + logNormalUpperTail(standardise(g.threshold - u, g.errorMean, g.errorSd)));
    return weightedMean(logWeights, us);
  }
  if (g.errorSd === 0) {
    const z = standardise(g.threshold - g.errorMean, g.goalMean, g.goalSd);
    const zs: number[] = [];
    for (let x = z; x <= Math.max(z, 0) + 14; x += 1 / 400) zs.push(x);
    // the density jumps at z, so the trapezoid (half weight at z) keeps an O(h²) error there, about 1e−7 at h = 1/400
    const logWeights = zs.map((x, k) => -0.5 * (x * x - z * z) + (k === 0 ? Math.log(0.5) : 0));
    return g.goalMean + g.goalSd * weightedMean(logWeights, zs);
  }
  // over x: weight φ_X(x) P(U* ≥ t − x), and E[U*; U* ≥ s] = μ* P(U* ≥ s) + σ* φ((s − μ*)/σ*)
  const extra = Math.max(0, g.threshold - g.goalMean - g.errorMean) + 12 * g.goalSd;
  const xs = grid(g.errorMean, g.errorSd, extra);
  const logTail = xs.map((x) => -0.5 * standardise(x, g.errorMean, g.errorSd) ** 2 + logNormalUpperTail(standardise(g.threshold - x, g.goalMean, g.goalSd)));
  const logDensity = xs.map((x) => -0.5 * standardise(x, g.errorMean, g.errorSd) ** 2 - 0.5 * standardise(g.threshold - x, g.goalMean, g.goalSd) ** 2);
  const largest = Math.max(...logTail);
  let tail = 0;
  let density = 0;
  for (let k = 0; k < xs.length; k++) {
    tail += Math.exp(logTail[k]! - largest);
    density += Math.exp(logDensity[k]! - largest);
  }
  return g.goalMean + (g.goalSd * normalPdf(0) * density) / tail;
}

const gaussianTolerance = (value: number) => 2e-6 * (1 + Math.abs(value));
const gaussianLowerBound = (g: GaussianInstance) => {
  const proxyVariance = g.goalSd ** 2 + g.errorSd ** 2;
  return g.goalMean + (g.goalSd ** 2 / proxyVariance) * (g.threshold - g.goalMean - g.errorMean);
};

const gaussianConditionalGoal: Claim<GaussianInstance> = {
  check: GAUSSIAN_CONDITIONAL_GOAL_CHECK,
  seed: 5101,
  sample: gaussianInstance,
  hypothesis: (g) => g.goalSd > 0,
  conclusion: (g) => {
    const closed = gaussianClosedForm(g);
    return Math.abs(closed - gaussianByQuadrature(g)) <= gaussianTolerance(closed) && closed >= gaussianLowerBound(g) - tol(closed);
  },
  mutants: [
    { change: "σ_* in place of σ_*²", conclusion: (g) => Math.abs(gaussianClosedForm(g, 1) - gaussianByQuadrature(g)) <= gaussianTolerance(gaussianByQuadrature(g)) },
    { change: "σ_U² in place of σ_U", conclusion: (g) => Math.abs(gaussianClosedForm(g, 2, 2) - gaussianByQuadrature(g)) <= gaussianTolerance(gaussianByQuadrature(g)) },
    { change: "flip the lower bound", conclusion: (g) => gaussianClosedForm(g) <= gaussianLowerBound(g) + tol(10) },
  ],
};

// ---------------------------------------------------------------------------------------------
// Bounded goal: the finite-threshold bound

/** A finite goal (values claimed to lie in [a, c]) and a finite error independent of it, with a threshold. */
type BoundedInstance = {
  goal: number[];
  goalProbabilities: number[];
  a: number;
  c: number;
  error: number[];
  errorProbabilities: number[];
  threshold: number;
};

const weights = (n: number) =>
  fc
    .array(fc.oneof({ arbitrary: finite(0.01, 1), weight: 6 }, { arbitrary: fc.constant(0), weight: 1 }), { minLength: n, maxLength: n })
    .filter((w) => w.some((v) => v > 0))
    .map(normalise);

/** P(X ≥ x) for a finite error. */
const survivalOf = (values: readonly number[], probabilities: readonly number[]) => (x: number) => {
  let s = 0;
  for (let k = 0; k < values.length; k++) if (values[k]! >= x) s += probabilities[k]!;
  return s;
};

const boundedInstance: fc.Arbitrary<BoundedInstance> = fc
  .record({
    a: finite(-5, 5),
    width: fc.oneof({ arbitrary: finite(0, 6), weight: 8 }, { arbitrary: fc.constant(0), weight: 1 }),
    // a share of the goal's values may fall outside [a, c]: those instances fail the hypothesis
    overshoot: fc.oneof({ arbitrary: fc.constant(0), weight: 5 }, { arbitrary: finite(0, 4), weight: 1 }),
    n: fc.integer({ min: 1, max: 6 }),
    m: fc.integer({ min: 1, max: 8 }),
    tight: fc.boolean(),
  })
  .chain(({ a, width, overshoot, n, m, tight }) =>
    fc
      .record({
        positions: fc.array(fc.oneof(finite(0, 1), fc.constantFrom(0, 1)), { minLength: n, maxLength: n }),
        goalProbabilities: weights(n),
        error: fc.array(fc.oneof(finite(-10, 10), fc.integer({ min: -4, max: 4 })), { minLength: m, maxLength: m }),
        errorProbabilities: weights(m),
        threshold: finite(-10, 15),
      })
      .map(({ positions, goalProbabilities, error, errorProbabilities, threshold }): BoundedInstance => {
        const c = a + width;
        const survival = survivalOf(error, errorProbabilities);
        if (tight && width > 0 && survival(threshold - a) > 0) {
          // the two-point law that attains the bound: P(U* = c) = 1/(√ρ + 1)
          const root = Math.sqrt(survival(threshold - c) / survival(threshold - a));
          return { goal: [a, c], goalProbabilities: [root / (root + 1), 1 / (root + 1)], a, c, error, errorProbabilities, threshold };
        }
        const goal = positions.map((p) => a - overshoot + p * (width + 2 * overshoot));
        return { goal, goalProbabilities, a, c, error, errorProbabilities, threshold };
      }),
  );

function conditionalGoalOf(s: BoundedInstance): number {
  const survival = survivalOf(s.error, s.errorProbabilities);
  let numerator = 0;
  let denominator = 0;
  for (let k = 0; k < s.goal.length; k++) {
    const w = s.goalProbabilities[k]! * survival(s.threshold - s.goal[k]!);
    numerator += w * s.goal[k]!;
    denominator += w;
  }
  return numerator / denominator;
}

const shiftOf = (s: BoundedInstance) => conditionalGoalOf(s) - expectation(s.goalProbabilities, s.goal);
function shiftBound(s: BoundedInstance): number {
  const survival = survivalOf(s.error, s.errorProbabilities);
  const root = Math.sqrt(survival(s.threshold - s.c) / survival(s.threshold - s.a));
  return ((s.c - s.a) * (root - 1)) / (root + 1);
}
const goalInRange = (s: BoundedInstance) => s.goal.every((v, k) => s.goalProbabilities[k] === 0 || (v >= s.a && v <= s.c));
const thresholdReachable = (s: BoundedInstance) => survivalOf(s.error, s.errorProbabilities)(s.threshold - s.a) > 0;

const boundedGoalShift: Claim<BoundedInstance> = {
  check: BOUNDED_GOAL_SHIFT_CHECK,
  seed: 5102,
  sample: boundedInstance,
  hypothesis: (s) => goalInRange(s) && thresholdReachable(s),
  conclusion: (s) => shiftOf(s) >= -tol(10) && shiftOf(s) <= shiftBound(s) + tol(10),
  mutants: [
    { change: "half the bound", conclusion: (s) => shiftOf(s) <= shiftBound(s) / 2 + tol(10) },
    { change: "flip the upper bound", conclusion: (s) => shiftOf(s) >= shiftBound(s) - tol(10) },
    { change: "allow goal values outside [a, c]", hypothesis: thresholdReachable },
  ],
};

// ---------------------------------------------------------------------------------------------
// Long-tailed error: the goal's gain vanishes (conditional means at a far threshold)

type TailFamily = "studentT" | "lognormal" | "pareto" | "gaussian" | "exponential";
type LimitInstance = { goal: number[]; goalProbabilities: number[]; family: TailFamily; shape: number; scale: number };

/** log P(X ≥ x) for x far in the right tail (x > 0). */
function logTail(family: TailFamily, shape: number, scale: number, x: number): number {
  const y = x / scale;
  switch (family) {
    case "studentT":
      return Math.log(studentTUpperTail(y, shape));
    case "lognormal":
      return logNormalUpperTail(Math.log(y) / shape);
    case "pareto":
      return -shape * Math.log1p(y);
    case "gaussian":
      return logNormalUpperTail(y);
    case "exponential":
      return -y;
  }
}

const longTailed = (family: TailFamily) => family === "studentT" || family === "lognormal" || family === "pareto";
const FAR_THRESHOLD = 1e8;

const limitInstance: fc.Arbitrary<LimitInstance> = fc.integer({ min: 1, max: 6 }).chain((n) =>
  fc.record({
    goal: fc.array(finite(-5, 5), { minLength: n, maxLength: n }),
    goalProbabilities: weights(n),
    family: fc.constantFrom<TailFamily>("studentT", "lognormal", "pareto", "studentT", "gaussian", "exponential"),
    shape: finite(0.5, 30),
    scale: finite(0.5, 3),
  }),
);

/** |E[U* | U ≥ t] − E[U*]| at t = 10⁸ scale, exactly for the finite goal. */
function farGap(s: LimitInstance): number {
  const shape = s.family === "lognormal" ? Math.min(s.shape, 3) : s.shape;
  const t = FAR_THRESHOLD * s.scale;
  // Gaussian and exponential tails at 10⁸ are beyond any double even as logarithms' differences; their
  // behaviour is already settled far closer in, at t = 40 scale
  const threshold = longTailed(s.family) ? t : 40 * s.scale;
  const logWeights = s.goal.map((v, k) => Math.log(s.goalProbabilities[k]!) + logTail(s.family, shape, s.scale, threshold - v));
  return Math.abs(weightedMean(logWeights, s.goal) - expectation(s.goalProbabilities, s.goal));
}
const goalRange = (s: LimitInstance) => {
  const support = s.goal.filter((_, k) => s.goalProbabilities[k]! > 0);
  return Math.max(...support) - Math.min(...support);
};

const longTailedLimit: Claim<LimitInstance> = {
  check: LONG_TAILED_LIMIT_CHECK,
  seed: 5103,
  sample: limitInstance,
  hypothesis: (s) => longTailed(s.family),
  minimumCoverage: 0.4,
  conclusion: (s) => farGap(s) <= 1e-4 * goalRange(s) + tol(5),
  mutants: [
    { change: "widen to light-tailed errors (Gaussian, exponential)", hypothesis: () => true },
    { change: "flip: the gap stays above 10⁻⁴ of the range", conclusion: (s) => farGap(s) >= 1e-4 * goalRange(s) - tol(5) },
  ],
};

// ---------------------------------------------------------------------------------------------
// Heavy tails and KL budgets: the proof's construction, exactly

type KlFamily = "studentT" | "pareto" | "gaussian" | "exponential";
type KlInstance = { family: KlFamily; shape: number; location: number; scale: number; target: number; budget: number };

/** For the standard member of each family: P(X > x), E[X 1{X > x}] and E[X]. */
function tailMoments(family: KlFamily, shape: number, x: number): { tail: number; tailMean: number; mean: number } {
  switch (family) {
    case "studentT":
      // d/dx[(ν + x²) f(x)] = −(ν − 1) x f(x), so E[X; X > x] = (ν + x²) f(x)/(ν − 1)
      return { tail: studentTUpperTail(x, shape), tailMean: ((shape + x * x) * studentTDensity(x, shape)) / (shape - 1), mean: 0 };
    case "pareto": {
      // Lomax: P(X > x) = (1 + x)^(−α) on x ≥ 0; E[X; X > x] = x P(X > x) + ∫_x^∞ P(X > u) du
      const tail = Math.pow(1 + x, -shape);
      return { tail, tailMean: x * tail + Math.pow(1 + x, 1 - shape) / (shape - 1), mean: 1 / (shape - 1) };
    }
    case "gaussian":
      return { tail: normalUpperTail(x), tailMean: normalPdf(x), mean: 0 };
    case "exponential":
      return { tail: Math.exp(-x), tailMean: (x + 1) * Math.exp(-x), mean: 1 };
  }
}

const klInstance: fc.Arbitrary<KlInstance> = fc.record({
  family: fc.constantFrom<KlFamily>("studentT", "pareto", "studentT", "gaussian", "exponential"),
  shape: finite(1.05, 30),
  location: finite(-5, 5),
  scale: finite(0.5, 3),
  target: finite(-10, 100),
  budget: finite(0.001, 1),
});

/** The law (1 − α) Q(· | X ≤ x) + α Q(· | X > x) of the proof: its mean and its KL divergence from Q. */
function twoPiece(s: Pick<KlInstance, "family" | "shape" | "location" | "scale">, cut: number, alpha: number): { mean: number; kl: number } {
  const { tail, tailMean, mean } = tailMoments(s.family, s.shape, cut);
  const lowerMean = (mean - tailMean) / (1 - tail);
  const upperMean = tailMean / tail;
  const standardMean = (1 - alpha) * lowerMean + alpha * upperMean;
  const kl = (alpha < 1 ? (1 - alpha) * Math.log((1 - alpha) / (1 - tail)) : 0) + alpha * Math.log(alpha / tail);
  return { mean: s.location + s.scale * standardMean, kl };
}

/** Searches the proof's construction, α = K/x on a geometric grid of cuts x, for a law with mean > M and KL < ε. */
function constructionSucceeds(s: KlInstance): boolean {
  // the proof's constants, in standard units: c₀ = E[X | X ≤ 1] (x₀ = 1 has mass below it in every family), K = M' + |c₀| + 1
  const standardTarget = (s.target - s.location) / s.scale;
  const { tail, tailMean, mean } = tailMoments(s.family, s.shape, 1);
  const c0 = (mean - tailMean) / (1 - tail);
  const k = Math.max(standardTarget, 0) + Math.abs(c0) + 1;
  for (let cut = Math.max(k, 1); ; cut *= Math.SQRT2) {
    const { tail: q } = tailMoments(s.family, s.shape, cut);
    if (!(q > 1e-290)) return false;
    const alpha = k / cut;
    if (alpha < q || alpha > 1) continue;
    const law = twoPiece(s, cut, alpha);
    if (law.mean > s.target && law.kl < s.budget) return true;
  }
}

const heavyTailKl: Claim<KlInstance> = {
  check: HEAVY_TAIL_KL_CHECK,
  seed: 5104,
  sample: klInstance,
  hypothesis: (s) => s.family === "studentT" || s.family === "pareto",
  conclusion: constructionSucceeds,
  mutants: [{ change: "widen to light tails (Gaussian, exponential)", hypothesis: () => true }],
};

type LightKlInstance = { location: number; scale: number; cut: number; alpha: number };

const lightKlInstance: fc.Arbitrary<LightKlInstance> = fc.record({
  location: finite(-5, 5),
  scale: finite(0.1, 3),
  cut: finite(-3, 6),
  alpha: fc.oneof(finite(0.0001, 0.9999), fc.constant(0.5)),
});

const lightLaw = (s: LightKlInstance) => twoPiece({ family: "gaussian", shape: 0, location: s.location, scale: s.scale }, s.cut, s.alpha);

const lightTailKl: Claim<LightKlInstance> = {
  check: LIGHT_TAIL_KL_CHECK,
  seed: 5105,
  sample: lightKlInstance,
  hypothesis: () => true,
  // Λ(λ) = λμ + λ²σ²/2, and min over λ of (KL + Λ(λ))/λ is μ + σ√(2 KL)
  conclusion: (s) => {
    const { mean, kl } = lightLaw(s);
    return mean <= s.location + s.scale * Math.sqrt(2 * Math.max(kl, 0)) + tol(10);
  },
  mutants: [
    { change: "σ·KL in place of σ√(2 KL)", conclusion: (s) => lightLaw(s).mean <= s.location + s.scale * lightLaw(s).kl + tol(10) },
    { change: "flip the inequality", conclusion: (s) => lightLaw(s).mean >= s.location + s.scale * Math.sqrt(2 * lightLaw(s).kl) - tol(10) },
  ],
};

// ---------------------------------------------------------------------------------------------
// Catastrophic Goodhart: reweighting by a function of the error alone, on finite laws

type JointInstance = {
  goal: number[];
  goalProbabilities: number[];
  error: number[];
  errorProbabilities: number[];
  /** a density in the error, h ≥ 0 (normalised below so that E_Q[h(X)] = 1) */
  density: number[];
  /** a perturbation of the joint law away from independence; all zeros keeps it independent */
  coupling: number[][];
  /** a factor in the goal, used only by the mutant whose density depends on both */
  goalFactor: number[];
};

const jointInstance: fc.Arbitrary<JointInstance> = fc.record({ n: fc.integer({ min: 1, max: 5 }), m: fc.integer({ min: 1, max: 6 }), dependent: fc.boolean() }).chain(({ n, m, dependent }) =>
  fc.record({
    goal: fc.array(finite(-5, 5), { minLength: n, maxLength: n }),
    goalProbabilities: weights(n),
    error: fc.array(finite(-10, 10), { minLength: m, maxLength: m }),
    errorProbabilities: weights(m),
    density: fc.array(fc.oneof(finite(0, 5), fc.constant(0)), { minLength: m, maxLength: m }).filter((h) => h.some((v) => v > 0)),
    coupling: fc.array(fc.array(dependent ? finite(0, 1) : fc.constant(0), { minLength: m, maxLength: m }), { minLength: n, maxLength: n }),
    goalFactor: fc.array(finite(0.1, 3), { minLength: n, maxLength: n }),
  }),
);

/** The joint base law Q(i, j) of (goal_i, error_j): the product, plus the coupling when there is one. */
function jointLaw(s: JointInstance): number[][] {
  const raw = s.goal.map((_, i) => s.error.map((__, j) => s.goalProbabilities[i]! * s.errorProbabilities[j]! + s.coupling[i]![j]!));
  const total = raw.flat().reduce((sum, v) => sum + v, 0);
  return raw.map((row) => row.map((v) => v / total));
}
const independent = (s: JointInstance) => s.coupling.every((row) => row.every((v) => v === 0));

/** The reweighted law P ∝ Q · weight(i, j), with its goal mean, proxy mean, error mean and KL divergence from Q. */
function reweighted(s: JointInstance, weight: (i: number, j: number) => number) {
  const q = jointLaw(s);
  let total = 0;
  for (let i = 0; i < s.goal.length; i++) for (let j = 0; j < s.error.length; j++) total += q[i]![j]! * weight(i, j);
  let goal = 0;
  let errorMean = 0;
  let kl = 0;
  for (let i = 0; i < s.goal.length; i++) {
    for (let j = 0; j < s.error.length; j++) {
      const p = (q[i]![j]! * weight(i, j)) / total;
      goal += p * s.goal[i]!;
      errorMean += p * s.error[j]!;
      if (p > 0) kl += p * Math.log(p / q[i]![j]!);
    }
  }
  const baseGoal = q.reduce((sum, row, i) => sum + row.reduce((r, v) => r + v, 0) * s.goal[i]!, 0);
  return { goal, proxy: goal + errorMean, errorMean, kl, baseGoal };
}

/** KL(P_X ‖ Q_X) for the error's marginal reweighted by h. */
function errorMarginalKl(s: JointInstance): number {
  const q = jointLaw(s);
  const marginal = s.error.map((_, j) => q.reduce((sum, row) => sum + row[j]!, 0));
  const total = marginal.reduce((sum, v, j) => sum + v * s.density[j]!, 0);
  return marginal.reduce((sum, v, j) => {
    const p = (v * s.density[j]!) / total;
    return p > 0 ? sum + p * Math.log(p / v) : sum;
  }, 0);
}

function errorOnlyHolds(s: JointInstance, weight: (i: number, j: number) => number): boolean {
  const law = reweighted(s, weight);
  return (
    Math.abs(law.goal - law.baseGoal) <= tol(5) &&
    Math.abs(law.proxy - (law.errorMean + law.baseGoal)) <= tol(15) &&
    Math.abs(law.kl - errorMarginalKl(s)) <= 1e-9 * (1 + law.kl)
  );
}

const catastrophicGoodhart: Claim<JointInstance> = {
  check: CATASTROPHIC_GOODHART_CHECK,
  seed: 5106,
  sample: jointInstance,
  // h must be a density: E_Q[h(X)] > 0, so that it can be normalised to 1
  hypothesis: (s) => independent(s) && s.density.some((h, j) => h > 0 && s.errorProbabilities[j]! > 0),
  conclusion: (s) => errorOnlyHolds(s, (_, j) => s.density[j]!),
  mutants: [
    { change: "drop independence", hypothesis: (s) => s.density.some((h, j) => h > 0 && s.errorProbabilities[j]! > 0) },
    { change: "a density in both the error and the goal", conclusion: (s) => errorOnlyHolds(s, (i, j) => s.density[j]! * s.goalFactor[i]!) },
  ],
};

// ---------------------------------------------------------------------------------------------
// Light-tailed error: the tilted law is optimal and raises the goal

type TiltInstance = JointInstance & { penalty: number; competitor: number[][]; gaussianMean: number; gaussianSd: number };

const tiltInstance: fc.Arbitrary<TiltInstance> = jointInstance
  .filter(independent)
  .chain((s) =>
    fc.record({
      penalty: finite(0.2, 5),
      competitor: fc.array(fc.array(fc.oneof(finite(0, 3), fc.constant(0)), { minLength: s.error.length, maxLength: s.error.length }), {
        minLength: s.goal.length,
        maxLength: s.goal.length,
      }),
      gaussianMean: finite(-3, 3),
      gaussianSd: finite(0.2, 3),
    }).map((extra) => ({ ...s, ...extra })),
  );

/** E_P[U] − β KL(P ‖ Q) for P ∝ Q · weight. */
function penalisedObjective(s: TiltInstance, weight: (i: number, j: number) => number): number {
  const law = reweighted(s, weight);
  return law.proxy - s.penalty * law.kl;
}
const tilt = (s: TiltInstance, temperature: number) => (i: number, j: number) => Math.exp((s.goal[i]! + s.error[j]!) / temperature);
const competitorWeight = (s: TiltInstance) => (i: number, j: number) => s.competitor[i]![j]!;
const hasCompetitor = (s: TiltInstance) => s.competitor.some((row, i) => row.some((v, j) => v > 0 && s.goalProbabilities[i]! > 0 && s.errorProbabilities[j]! > 0));

/** The mean of N(μ, σ²) tilted by e^{u/β}, by the trapezoidal rule (claimed: μ + σ²/β). */
function tiltedGaussianMean(mean: number, sd: number, penalty: number): number {
  const centre = mean + (sd * sd) / penalty;
  const us: number[] = [];
  for (let u = centre - 14 * sd; u <= centre + 14 * sd; u += sd / 20) us.push(u);
  return weightedMean(
    us.map((u) => -0.5 * ((u - mean) / sd) ** 2 + u / penalty),
    us,
  );
}

/** Part 3's KL divergence σ²/(2β²) of the Gaussian tilt. */
const gaussianTiltKl = (s: TiltInstance) => s.gaussianSd ** 2 / (2 * s.penalty ** 2);

/**
 * KL(P_β ‖ N(μ, σ²)) for the tilt P_β ∝ e^{u/β} N(μ, σ²), as E_P[X]/β − log E[e^{X/β}] with X = U − μ
 * (the divergence does not depend on μ), by the trapezoidal rule in log space (claimed: σ²/(2β²)).
 */
function tiltedGaussianKl(sd: number, penalty: number): number {
  const centre = (sd * sd) / penalty;
  const step = sd / 20;
  const xs: number[] = [];
  for (let x = centre - 14 * sd; x <= centre + 14 * sd; x += step) xs.push(x);
  const logWeights = xs.map((x) => -0.5 * (x / sd) ** 2 + x / penalty);
  const largest = Math.max(...logWeights);
  const logNormaliser = largest + Math.log(logWeights.reduce((sum, l) => sum + Math.exp(l - largest), 0) * step) - Math.log(sd * Math.sqrt(2 * Math.PI));
  return weightedMean(logWeights, xs) / penalty - logNormaliser;
}

function tiltHolds(s: TiltInstance, temperature: number, gaussianClaim: (s: TiltInstance) => number, gaussianKlClaim = gaussianTiltKl): boolean {
  const optimum = penalisedObjective(s, tilt(s, temperature));
  const beatsCompetitor = !hasCompetitor(s) || penalisedObjective(s, competitorWeight(s)) <= optimum + tol(20);
  const goalAt = (beta: number) => reweighted(s, tilt(s, beta)).goal;
  const baseGoal = reweighted(s, () => 1).goal;
  const raisesGoal = goalAt(s.penalty) >= baseGoal - tol(5) && goalAt(s.penalty / 2) >= goalAt(s.penalty) - tol(5);
  const gaussian =
    Math.abs(tiltedGaussianMean(s.gaussianMean, s.gaussianSd, s.penalty) - gaussianClaim(s)) <= 1e-8 * (1 + Math.abs(gaussianClaim(s))) &&
    Math.abs(tiltedGaussianKl(s.gaussianSd, s.penalty) - gaussianKlClaim(s)) <= 1e-8 * (1 + gaussianKlClaim(s));
  return beatsCompetitor && raisesGoal && gaussian;
}

const gaussianTiltedMean = (s: TiltInstance) => s.gaussianMean + s.gaussianSd ** 2 / s.penalty;

const lightTailedKl: Claim<TiltInstance> = {
  check: LIGHT_TAILED_KL_CHECK,
  seed: 5107,
  sample: tiltInstance,
  hypothesis: () => true,
  conclusion: (s) => tiltHolds(s, s.penalty, gaussianTiltedMean),
  mutants: [
    { change: "tilt by e^{2U/β}", conclusion: (s) => tiltHolds(s, s.penalty / 2, gaussianTiltedMean) },
    { change: "σ in place of σ² in the Gaussian mean", conclusion: (s) => tiltHolds(s, s.penalty, (t) => t.gaussianMean + t.gaussianSd / t.penalty) },
    { change: "drop the 1/2 in the Gaussian KL divergence", conclusion: (s) => tiltHolds(s, s.penalty, gaussianTiltedMean, (t) => t.gaussianSd ** 2 / t.penalty ** 2) },
    {
      change: "flip: a stronger penalty raises the goal",
      conclusion: (s) => reweighted(s, tilt(s, s.penalty / 2)).goal <= reweighted(s, tilt(s, s.penalty)).goal + tol(5),
    },
  ],
};

export const claims = [gaussianConditionalGoal, boundedGoalShift, longTailedLimit, heavyTailKl, lightTailKl, catastrophicGoodhart, lightTailedKl];
