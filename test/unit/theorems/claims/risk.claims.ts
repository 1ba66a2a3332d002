/** Claims for the results of content/risk/*.mdx. */
import fc from "fast-check";
import {
  AGGREGATE_EFFICIENCY_CHECK,
  CAPABILITY_DILUTES_CHECK,
  IDEAL_REGULARISER_CHECK,
  LETTER_OUTCOME_CHECK,
  REGULARISATION_EFFICIENCY_CHECK,
  REGULARISED_STEP_CHECK,
  TRAJECTORY_UNDERDETERMINES_CHECK,
} from "../../../../src/lib/theorems/checks";
import { add, addScaled, dot, norm, optimizationEfficiency, scale, type Vector } from "../../../../src/lib/theorems/vectors";
import { finite, nonZeroVector, smoothObjective, tol, vector, type SmoothObjective } from "../arbitraries";
import type { Claim } from "../falsification";

const sub = (a: Vector, b: Vector) => addScaled(a, -1, b);
const zeros = (d: number) => Array.from({ length: d }, () => 0);

// ---- the split of eq-split, and regularised directions ----

interface Regularised {
  g: number[];
  goal: number[];
  r: number[];
  lambda: number;
}

/** a, b, g⊥, r⊥ of eq-split. */
function split({ g, goal, r }: Regularised) {
  const unit = scale(goal, 1 / norm(goal));
  const a = dot(g, unit);
  const b = dot(r, unit);
  return { a, b, gPerp: addScaled(g, -a, unit), rPerp: addScaled(r, -b, unit) };
}
const direction = ({ g, r, lambda }: Regularised) => addScaled(g, -lambda, r);

const regularised: fc.Arbitrary<Regularised> = fc
  .integer({ min: 1, max: 6 })
  .chain((d) =>
    fc.record({
      g: fc.oneof({ arbitrary: vector(d), weight: 8 }, { arbitrary: fc.constant(zeros(d)), weight: 1 }),
      goal: nonZeroVector(d),
      r: fc.oneof({ arbitrary: vector(d), weight: 8 }, { arbitrary: fc.constant(zeros(d)), weight: 1 }),
      lambda: fc.oneof(finite(0, 3), fc.constant(0)),
    }),
  );

/** The efficiency as a function of λ, from eq-regularised-efficiency. */
const formulaEfficiency = (s: Regularised, lambda = s.lambda) => {
  const { a, b, gPerp, rPerp } = split(s);
  const along = a - lambda * b;
  return along / Math.sqrt(along * along + dot(addScaled(gPerp, -lambda, rPerp), addScaled(gPerp, -lambda, rPerp)));
};
const slopeAtZero = (s: Regularised) => {
  const { a, b, gPerp, rPerp } = split(s);
  return (a * dot(gPerp, rPerp) - b * dot(gPerp, gPerp)) / norm(s.g) ** 3;
};
/** Central difference of the actual efficiency of d_λ at λ = 0 (one-sided where λ must stay ≥ 0 is not needed: d_λ is defined for all λ). */
const numericSlope = (s: Regularised) => {
  const h = 1e-5;
  return (optimizationEfficiency(direction({ ...s, lambda: h }), s.goal) - optimizationEfficiency(direction({ ...s, lambda: -h }), s.goal)) / (2 * h);
};

const regularisationEfficiency: Claim<Regularised> = {
  check: REGULARISATION_EFFICIENCY_CHECK,
  seed: 5011,
  sample: regularised,
  hypothesis: (s) => s.lambda >= 0 && norm(direction(s)) > 1e-6,
  conclusion: (s) => {
    const actual = optimizationEfficiency(direction(s), s.goal);
    const part1 = Math.abs(actual - formulaEfficiency(s)) <= 1e-9 * (1 + 1 / norm(direction(s)));
    // part (2), where g is not too small for a finite difference
    const part2 = norm(s.g) < 0.3 || Math.abs(numericSlope(s) - slopeAtZero(s)) <= 1e-4 * (1 + Math.abs(slopeAtZero(s)));
    // part (3): a > 0, λb ≤ 0 and the off-goal part not longer ⇒ the efficiency does not drop
    const { a, b, gPerp, rPerp } = split(s);
    const offGoal = norm(addScaled(gPerp, -s.lambda, rPerp));
    const without = optimizationEfficiency(s.g, s.goal);
    const part3Weak = !(a > 0 && s.lambda * b <= 0 && offGoal <= norm(gPerp)) || actual >= without - 1e-12;
    // strictly, if the off-goal part is shorter, or if λb < 0 and g⊥ ≠ 0 (margins above rounding)
    const strict = a > 0 && s.lambda * b <= 0 && offGoal <= norm(gPerp) && (offGoal < norm(gPerp) - 1e-6 || (s.lambda * b < -1e-6 && norm(gPerp) > 1e-6));
    const part3 = part3Weak && (!strict || actual > without);
    return part1 && part2 && part3;
  },
  minimumCoverage: 0.8,
  mutants: [
    { change: "the slope with the sign of its b-term flipped", conclusion: (s) => norm(s.g) < 0.3 || Math.abs(numericSlope(s) - (slopeAtZero(s) + (2 * split(s).b * dot(split(s).gPerp, split(s).gPerp)) / norm(s.g) ** 3)) <= 1e-4 * (1 + Math.abs(slopeAtZero(s))) },
    { change: "part (3) without a > 0", conclusion: (s) => { const { b, gPerp, rPerp } = split(s); return !(s.lambda * b <= 0 && norm(addScaled(gPerp, -s.lambda, rPerp)) <= norm(gPerp)) || optimizationEfficiency(direction(s), s.goal) >= optimizationEfficiency(s.g, s.goal) - 1e-12; } },
  ],
};

// ---- a penalty aimed at the off-goal push ----

interface Ideal {
  goal: number[];
  a: number;
  gPerp: number[];
  c: number;
  lambda: number;
}

const ideal: fc.Arbitrary<Ideal> = fc
  .integer({ min: 2, max: 6 })
  .chain((d) => fc.record({ goal: nonZeroVector(d), a: fc.oneof(finite(-3, 3), fc.constant(0)), perp: nonZeroVector(d), c: finite(0.05, 3), share: finite(0, 3) }))
  .map(({ goal, a, perp, c, share }) => {
    // g⊥: the part of `perp` orthogonal to the goal's gradient
    const unit = scale(goal, 1 / norm(goal));
    const gPerp = addScaled(perp, -dot(perp, unit), unit);
    // λ spread over [0, 3/c], so that the interval (0, 2/c) and its ends are reached
    return { goal, a, gPerp, c, lambda: share === 3 ? 2 / c : share / c };
  });
const idealEfficiency = ({ goal, a, gPerp, c, lambda }: Ideal) => {
  const g = addScaled(gPerp, a, scale(goal, 1 / norm(goal)));
  return { actual: optimizationEfficiency(addScaled(g, -lambda, scale(gPerp, c)), goal), without: optimizationEfficiency(g, goal) };
};

const idealRegulariser: Claim<Ideal> = {
  check: IDEAL_REGULARISER_CHECK,
  seed: 5013,
  sample: ideal,
  hypothesis: (s) => norm(s.gPerp) > 1e-6 && s.c > 0 && Math.abs(s.lambda * s.c - 1) > 1e-9,
  conclusion: (s) => {
    const { actual, without } = idealEfficiency(s);
    const closed = s.a / Math.sqrt(s.a ** 2 + (1 - s.lambda * s.c) ** 2 * dot(s.gPerp, s.gPerp));
    const formula = Math.abs(actual - closed) <= 1e-9;
    const eps = 1e-12;
    const inside = s.lambda > 0 && s.lambda < 2 / s.c;
    // a > 0: raised exactly inside (0, 2/c), lowered beyond 2/c; a < 0: the same weights lower it
    const raises = !(s.a > 0) || (inside ? actual > without + eps || Math.abs(s.lambda * s.c - 1) > 1 - 1e-9 : s.lambda > 2 / s.c + 1e-9 ? actual < without : actual <= without + eps);
    const lowers = !(s.a < 0) || !inside || actual < without + eps;
    // the limit as λ → 1/c is sign(a): ±1
    const near = idealEfficiency({ ...s, lambda: (1 + 1e-9) / s.c }).actual;
    const limit = Math.abs(s.a) < 1e-3 || Math.abs(near - Math.sign(s.a)) <= 1e-6;
    return formula && raises && lowers && limit;
  },
  mutants: [
    { change: "the raising interval (0, 1/c) in place of (0, 2/c)", conclusion: (s) => !(s.a > 0 && s.lambda > 1 / s.c + 1e-6 && s.lambda < 2 / s.c) || idealEfficiency(s).actual <= idealEfficiency(s).without },
    { change: "a negative a is also helped", conclusion: (s) => !(s.a < 0 && s.lambda > 0 && s.lambda < 2 / s.c) || idealEfficiency(s).actual >= idealEfficiency(s).without },
  ],
};

// ---- step condition for a regularised step ----

interface RegularisedStep {
  goal: SmoothObjective;
  theta: number[];
  /** the proxy's gradient g, and the regularised direction d_λ = g − λr */
  g: number[];
  d: number[];
  alpha: number;
}

const regularisedStep: fc.Arbitrary<RegularisedStep> = fc
  .integer({ min: 1, max: 5 })
  .chain((dim) => fc.record({ goal: smoothObjective(dim), theta: vector(dim, 2), g: vector(dim), r: vector(dim), lambda: finite(0, 2), alpha: finite(1e-4, 1) }))
  .map(({ goal, theta, g, r, lambda, alpha }) => ({ goal, theta, g, d: addScaled(g, -lambda, r), alpha }));
const regularisedGain = ({ goal, theta, d, alpha }: RegularisedStep) => goal.value(addScaled(theta, alpha, d)) - goal.value(theta);
/** The corollary's bound; `efficiencyOf` is the direction whose efficiency enters (d_λ itself, in the corollary). */
const regularisedBound = ({ goal, theta, d, alpha }: RegularisedStep, half = 0.5, efficiencyOf: Vector = d) => {
  const gs = goal.gradient(theta);
  return alpha * norm(d) * (norm(gs) * optimizationEfficiency(efficiencyOf, gs) - half * alpha * goal.curvatureBound * norm(d));
};
const regularisedScale = ({ goal, theta, d, alpha }: RegularisedStep) => Math.abs(goal.value(theta)) + alpha * norm(d) * (norm(goal.gradient(theta)) + goal.curvatureBound * alpha * norm(d));

const regularisedStepCondition: Claim<RegularisedStep> = {
  check: REGULARISED_STEP_CHECK,
  seed: 5017,
  sample: regularisedStep,
  hypothesis: (s) => norm(s.d) > 1e-6 && norm(s.goal.gradient(s.theta)) > 1e-9,
  conclusion: (s) => {
    const gain = regularisedGain(s);
    const bound = regularisedBound(s);
    return gain >= bound - tol(regularisedScale(s)) && (!(bound > tol(regularisedScale(s))) || gain > 0);
  },
  minimumCoverage: 0.8,
  mutants: [
    { change: "L/4 in place of L/2", conclusion: (s) => regularisedGain(s) >= regularisedBound(s, 0.25) - tol(regularisedScale(s)) },
    { change: "the efficiency of g (λ = 0) in place of that of d_λ", conclusion: (s) => norm(s.g) === 0 || regularisedGain(s) >= regularisedBound(s, 0.5, s.g) - tol(regularisedScale(s)) },
  ],
};

// ---- combined steps ----

interface Combined {
  steps: number[][];
  h: number[];
}

const combined: fc.Arbitrary<Combined> = fc
  .integer({ min: 1, max: 6 })
  .chain((d) =>
    fc.record({
      steps: fc.array(fc.oneof({ arbitrary: vector(d), weight: 6 }, { arbitrary: fc.constant(zeros(d)), weight: 1 }), { minLength: 1, maxLength: 6 }),
      h: nonZeroVector(d),
    }),
  );
const total = (steps: readonly Vector[]) => steps.reduce<number[]>((sum, step) => add(sum, step), zeros(steps[0]!.length));

const aggregateEfficiency: Claim<Combined> = {
  check: AGGREGATE_EFFICIENCY_CHECK,
  seed: 5019,
  sample: combined,
  hypothesis: ({ steps, h }) => norm(total(steps)) > 1e-6 && norm(h) > 0,
  conclusion: ({ steps, h }) => {
    const s = total(steps);
    const weighted = steps.reduce((sum, step) => sum + (norm(step) / norm(s)) * optimizationEfficiency(step, h), 0);
    const identity = Math.abs(optimizationEfficiency(s, h) - weighted) <= 1e-9 * (1 + steps.reduce((m, step) => m + norm(step), 0) / norm(s));
    // (a) with δ the largest value that every step meets
    const delta = -Math.max(...steps.map((step) => optimizationEfficiency(step, h)));
    const partA = !(delta >= 0) || optimizationEfficiency(s, h) <= -delta + 1e-9;
    // (b): the proof's two steps, for M = 10⁴ (so ε = 10⁻⁴ is met)
    const d = h.length;
    let partB = true;
    if (d >= 2) {
      const e2 = scale(h, 1 / norm(h));
      const seed = e2.map((_, i) => (i === (Math.abs(e2[0]!) < 0.9 ? 0 : 1) ? 1 : 0));
      const e1raw = addScaled(seed, -dot(seed, e2), e2);
      const e1 = scale(e1raw, 1 / norm(e1raw));
      const M = 1e4;
      const s1 = sub(scale(e1, M), e2);
      const s2 = sub(scale(e1, -M), e2);
      partB = Math.abs(optimizationEfficiency(s1, h)) < 1e-4 && Math.abs(optimizationEfficiency(s2, h)) < 1e-4 && Math.abs(optimizationEfficiency(add(s1, s2), h) + 1) <= 1e-9;
    }
    return identity && partA && partB;
  },
  mutants: [
    { change: "the plain average of the efficiencies", conclusion: ({ steps, h }) => Math.abs(optimizationEfficiency(total(steps), h) - steps.reduce((sum, step) => sum + optimizationEfficiency(step, h), 0) / steps.length) <= 1e-9 },
    { change: "(a) with the inequality flipped", conclusion: ({ steps, h }) => { const delta = -Math.max(...steps.map((step) => optimizationEfficiency(step, h))); return !(delta >= 0) || optimizationEfficiency(total(steps), h) >= -delta - 1e-9; } },
  ],
};

// ---- a run does not reveal its objective ----

interface Run {
  points: number[][];
  alpha: number;
}

/** ψ(u) = e^{−1/u} for u > 0: the smooth function used for bumps. */
const psi = (u: number) => (u > 0 ? Math.exp(-1 / u) : 0);
/** The proof's bump: 1 on the ball of radius ρ/2, 0 outside the ball of radius ρ, infinitely differentiable. */
const bump = (x: Vector, rho: number) => {
  const u = (rho - norm(x)) / (rho / 2);
  return psi(u) / (psi(u) + psi(1 - u));
};
/** f of the proof, with the bump radius as a parameter (the proof takes half the smallest distance). */
function objectiveThrough({ points, alpha }: Run, rhoShare = 0.5) {
  let smallest = Infinity;
  for (let s = 0; s < points.length; s++) for (let t = s + 1; t < points.length; t++) smallest = Math.min(smallest, norm(sub(points[s]!, points[t]!)));
  const rho = rhoShare * smallest;
  const velocities = points.slice(0, -1).map((point, t) => scale(sub(points[t + 1]!, point), 1 / alpha));
  return (x: Vector) => velocities.reduce((sum, v, t) => sum + bump(sub(x, points[t]!), rho) * dot(v, sub(x, points[t]!)), 0);
}
const numericGradient = (f: (x: Vector) => number, x: Vector, h = 1e-6) => x.map((_, i) => (f(x.map((xi, j) => (j === i ? xi + h : xi))) - f(x.map((xi, j) => (j === i ? xi - h : xi)))) / (2 * h));
const reproduces = (run: Run, rhoShare = 0.5) => {
  const f = objectiveThrough(run, rhoShare);
  return run.points.slice(0, -1).every((point, t) => norm(sub(addScaled(point, run.alpha, numericGradient(f, point)), run.points[t + 1]!)) <= 1e-6 * (1 + norm(run.points[t + 1]!)));
};

const runs: fc.Arbitrary<Run> = fc
  .integer({ min: 1, max: 4 })
  .chain((d) => fc.record({ points: fc.array(vector(d, 3), { minLength: 2, maxLength: 8 }), alpha: finite(0.01, 2) }));

const trajectoryUnderdetermines: Claim<Run> = {
  check: TRAJECTORY_UNDERDETERMINES_CHECK,
  seed: 5023,
  sample: runs,
  // distinct points (far enough apart for a finite difference), T ≥ 1, α > 0
  hypothesis: ({ points, alpha }) => alpha > 0 && points.length >= 2 && points.every((p, s) => points.every((q, t) => s === t || norm(sub(p, q)) > 1e-2)),
  conclusion: (run) => reproduces(run),
  mutants: [{ change: "bumps as wide as the smallest distance, twice the proof's", conclusion: (run) => reproduces(run, 2) }],
};

// ---- stronger optimisers dilute a fixed penalty ----

interface Dilution {
  v: number[];
  r: number[];
  f: number[];
  lambda: number;
  k: number;
}

const dilution: fc.Arbitrary<Dilution> = fc
  .integer({ min: 1, max: 6 })
  .chain((d) =>
    fc.record({
      v: nonZeroVector(d),
      r: fc.oneof(vector(d), fc.constant(zeros(d))),
      f: fc.oneof({ arbitrary: vector(d), weight: 8 }, { arbitrary: fc.constant(zeros(d)), weight: 1 }),
      lambda: fc.oneof(finite(0, 5), fc.constant(0)),
      k: fc.oneof(finite(0.01, 100), fc.constant(1)),
    }),
  );
const diluted = ({ v, r, f, lambda, k }: Dilution) => ({
  scaled: optimizationEfficiency(addScaled(scale(v, k), -lambda, r), f),
  divided: optimizationEfficiency(addScaled(v, -lambda / k, r), f),
});

const capabilityDilutes: Claim<Dilution> = {
  check: CAPABILITY_DILUTES_CHECK,
  seed: 5029,
  sample: dilution,
  hypothesis: ({ v, lambda, k }) => norm(v) > 0 && lambda >= 0 && k > 0,
  conclusion: (s) => {
    const { scaled, divided } = diluted(s);
    const tolerance = 1e-9 * (1 + (s.lambda * norm(s.r)) / (s.k * norm(s.v)));
    // the identity (away from a direction that nearly vanishes, where both sides are ill-conditioned)
    const identity = norm(addScaled(s.v, -s.lambda / s.k, s.r)) < 1e-6 || Math.abs(scaled - divided) <= tolerance * 1e3;
    // the limit: at k = 10⁹ the efficiency is that of ∇V up to O(λ|∇R|/(k|∇V|))
    const limit = Math.abs(diluted({ ...s, k: 1e9 }).scaled - optimizationEfficiency(s.v, s.f)) <= 1e-6 * (1 + (s.lambda * norm(s.r)) / norm(s.v));
    return identity && limit;
  },
  mutants: [
    { change: "λ·k in place of λ/k", conclusion: (s) => norm(addScaled(s.v, -s.lambda * s.k, s.r)) < 1e-6 || Math.abs(diluted(s).scaled - optimizationEfficiency(addScaled(s.v, -s.lambda * s.k, s.r), s.f)) <= 1e-6 },
    { change: "the limit is the efficiency of −∇R", conclusion: (s) => Math.abs(diluted({ ...s, k: 1e9 }).scaled - optimizationEfficiency(scale(s.r, -1), s.f)) <= 1e-6 },
  ],
};

// ---- reaching a letter outcome costs the goal ----

interface LetterRun {
  goal: SmoothObjective;
  curvatures: number[];
  optimum: number[];
  theta0: number[];
  stepShare: number;
}

/** Gradient ascent on the concave quadratic U(x) = −½ Σ a_i (x_i − m_i)², which converges to m when α a_i < 2. */
function letterRun({ goal, curvatures, optimum, theta0, stepShare }: LetterRun) {
  const alpha = (stepShare * 2) / Math.max(...curvatures);
  const proxyGradient = (x: Vector) => x.map((xi, i) => -curvatures[i]! * (xi - optimum[i]!));
  const points = [theta0];
  // run until the iterate is within 1e-10 of the maximum (α a_i ≤ 0.9 makes every factor |1 − α a_i| < 1)
  while (norm(sub(points[points.length - 1]!, optimum)) > 1e-10 && points.length < 20_000) {
    points.push(addScaled(points[points.length - 1]!, alpha, proxyGradient(points[points.length - 1]!)));
  }
  return { alpha, points, proxyGradient, goalAtLimit: goal.value(optimum) };
}

const letterRuns: fc.Arbitrary<LetterRun> = fc
  .integer({ min: 1, max: 4 })
  .chain((d) =>
    fc.record({
      goal: smoothObjective(d),
      curvatures: fc.array(finite(0.2, 2), { minLength: d, maxLength: d }),
      optimum: vector(d, 2),
      theta0: vector(d, 2),
      stepShare: finite(0.05, 0.45),
    }),
  );

const letterOutcomeSteps: Claim<LetterRun> = {
  check: LETTER_OUTCOME_CHECK,
  seed: 5031,
  sample: letterRuns,
  // the run converges (α a_i ≤ 0.9 < 2), and it starts where the goal is above its value at the limit, by a margin above rounding
  hypothesis: (s) => s.goal.value(s.theta0) > s.goal.value(s.optimum) + 1e-6,
  conclusion: (s) => {
    const { alpha, points, proxyGradient } = letterRun(s);
    let fell = false;
    for (let t = 0; t + 1 < points.length; t++) {
      const before = s.goal.value(points[t]!);
      const after = s.goal.value(points[t + 1]!);
      if (!(after < before)) continue;
      fell = true;
      const g = proxyGradient(points[t]!);
      const gs = s.goal.gradient(points[t]!);
      if (norm(g) === 0 || norm(gs) === 0) continue;
      // at a falling step the efficiency is at most the threshold (rounding allowed at tiny steps)
      const threshold = (alpha * s.goal.curvatureBound * norm(g)) / (2 * norm(gs));
      if (optimizationEfficiency(g, gs) > threshold + 1e-9 * (1 + Math.abs(before)) / (alpha * norm(g) * norm(gs) + 1e-300)) return false;
    }
    return fell;
  },
  minimumCoverage: 0.2,
  mutants: [
    { change: "at a falling step the efficiency is below a quarter of the threshold", conclusion: (s) => {
      const { alpha, points, proxyGradient } = letterRun(s);
      return points.slice(0, -1).every((point, t) => {
        if (!(s.goal.value(points[t + 1]!) < s.goal.value(point))) return true;
        const g = proxyGradient(point);
        const gs = s.goal.gradient(point);
        return optimizationEfficiency(g, gs) <= (alpha * s.goal.curvatureBound * norm(g)) / (8 * norm(gs));
      });
    } },
    { change: "the goal never falls when it starts above its limit value", conclusion: (s) => { const { points } = letterRun(s); return points.slice(0, -1).every((point, t) => s.goal.value(points[t + 1]!) >= s.goal.value(point)); } },
  ],
};

export const claims = [letterOutcomeSteps, regularisationEfficiency, idealRegulariser, regularisedStepCondition, capabilityDilutes, aggregateEfficiency, trajectoryUnderdetermines];
