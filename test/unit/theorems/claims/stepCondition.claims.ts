/** Claims for content/model/step-condition.mdx: each takes actual steps and checks what the statement says happens. */
import fc from "fast-check";
import {
  ANGLE_CHECK,
  ASCENT_LEMMA_CHECK,
  COSINE_OF_SUM_CHECK,
  PERTURBED_ANGLE_CHECK,
  STEP_CONDITION_CHECK,
  STEP_SHARPNESS_CHECK,
  STEP_TRAJECTORY_CHECK,
} from "../../../../src/lib/theorems/checks";
import { cubicRemainderBounds, linearSufficientAngle, maxAngle, maxAngleExpansion } from "../../../../src/lib/theorems/angleBound";
import { tightInstance, type Objective } from "../../../../src/lib/theorems/stepCondition";
import { add, addScaled, cosineSimilarity, dot, norm, optimizationEfficiency, type Vector } from "../../../../src/lib/theorems/vectors";
import { angleBetween, finite, nonZeroVector, smoothObjective, tol, vector, type SmoothObjective } from "../arbitraries";
import type { Claim } from "../falsification";

// ---- quadratic lower bound ----

interface AscentInstance {
  goal: Objective;
  L: number;
  theta: number[];
  s: number[];
}

const ascentInstance: fc.Arbitrary<AscentInstance> = fc
  .integer({ min: 1, max: 5 })
  .chain((d) => fc.record({ goal: smoothObjective(d), theta: vector(d, 2), s: vector(d, 2) }))
  .map(({ goal, theta, s }) => ({ goal, L: goal.curvatureBound, theta, s }));

/** f(θ + s) − (f(θ) + ∇f(θ)·s − (L/2)|s|²) for a given constant in place of 1/2. */
const ascentSlack = ({ goal, L, theta, s }: AscentInstance, half = 0.5) =>
  goal.value(add(theta, s)) - (goal.value(theta) + dot(goal.gradient(theta), s) - half * L * dot(s, s));
const ascentScale = ({ goal, L, theta, s }: AscentInstance) => Math.abs(goal.value(theta)) + norm(goal.gradient(theta)) * norm(s) + L * dot(s, s);

const ascentLemma: Claim<AscentInstance> = {
  check: ASCENT_LEMMA_CHECK,
  seed: 1801,
  sample: ascentInstance,
  // smoothObjective certifies ‖∇²f‖ ≤ L everywhere, hence curvature at least −L on every segment
  hypothesis: () => true,
  conclusion: (instance) => ascentSlack(instance) >= -tol(ascentScale(instance)),
  mutants: [
    { change: "drop the 1/2: L/4 in place of L/2", conclusion: (instance) => ascentSlack(instance, 0.25) >= -tol(ascentScale(instance)) },
    { change: "flip the inequality", conclusion: (instance) => ascentSlack(instance) <= tol(ascentScale(instance)) },
  ],
};

// ---- one step ----

interface StepInstance {
  goal: Objective;
  L: number;
  theta: number[];
  g: number[];
  alpha: number;
}

/**
 * The sharpness construction: Ū*(x) = c·x − (L/2)|x|² with |c| = S at θ = 0, L chosen so that the
 * threshold (αL/2)|g|/|g*| is t, and a proxy gradient of length G with efficiency `oe`.
 */
function sharpStep(G: number, S: number, alpha: number, t: number, oe: number): StepInstance {
  const L = (2 * t * S) / (alpha * G);
  const instance = tightInstance({ proxyGradientNorm: G, goalGradientNorm: S, stepSize: alpha, curvatureBound: L }, oe);
  return { goal: instance.goal, L, theta: instance.theta, g: instance.proxyGradient, alpha };
}

/** Random smooth goals with an unrelated proxy gradient, and the concave quadratics of the sharpness proof. */
const stepInstance: fc.Arbitrary<StepInstance> = fc.oneof(
  fc
    .integer({ min: 1, max: 5 })
    .chain((d) => fc.record({ goal: smoothObjective(d), theta: nonZeroVector(d, 2), g: nonZeroVector(d, 3), alpha: finite(1e-6, 1) }))
    .map(({ goal, theta, g, alpha }) => ({ goal, L: goal.curvatureBound, theta, g, alpha })),
  fc
    .record({ G: finite(0.1, 5), S: finite(0.1, 5), alpha: finite(1e-3, 1), t: finite(0, 0.999), oe: finite(-1, 1) })
    .map(({ G, S, alpha, t, oe }) => sharpStep(G, S, alpha, t, oe)),
);

const goalChange = ({ goal, theta, g, alpha }: StepInstance) => goal.value(addScaled(theta, alpha, g)) - goal.value(theta);
const efficiency = ({ goal, theta, g }: StepInstance) => optimizationEfficiency(g, goal.gradient(theta));
const threshold = ({ goal, theta, g, alpha, L }: StepInstance, constant = 0.5) =>
  (constant * alpha * L * norm(g)) / norm(goal.gradient(theta));
/** The right-hand side of the gain bound, with `constant` in place of 1/2. */
const gainBound = ({ goal, theta, g, alpha, L }: StepInstance, constant = 0.5) =>
  alpha * norm(g) * (norm(goal.gradient(theta)) * optimizationEfficiency(g, goal.gradient(theta)) - constant * alpha * L * norm(g));
const stepScale = ({ goal, theta, g, alpha, L }: StepInstance) =>
  Math.abs(goal.value(theta)) + alpha * norm(g) * (norm(goal.gradient(theta)) + L * alpha * norm(g));
const meetsStepHypotheses = (s: StepInstance) => norm(s.g) > 0 && norm(s.goal.gradient(s.theta)) > 1e-9 && s.alpha > 0;
/** The conclusion "the goal rises", allowing for rounding only when the guaranteed gain is itself at rounding level. */
const rises = (s: StepInstance) => goalChange(s) > 0 || gainBound(s) <= tol(stepScale(s));

const stepCondition: Claim<StepInstance> = {
  check: STEP_CONDITION_CHECK,
  seed: 20240518,
  sample: stepInstance,
  hypothesis: meetsStepHypotheses,
  conclusion: (s) => goalChange(s) >= gainBound(s) - tol(stepScale(s)) && (!(efficiency(s) > threshold(s)) || rises(s)),
  minimumCoverage: 0.9,
  mutants: [
    { change: "constant 0.45 in place of 1/2 in the condition", conclusion: (s) => !(efficiency(s) > threshold(s, 0.45)) || goalChange(s) > 0 },
    { change: "drop the 1/2 in the gain bound (L/4)", conclusion: (s) => goalChange(s) >= gainBound(s, 0.25) - tol(stepScale(s)) },
    { change: "gradient descent θ − αg under the same condition", conclusion: (s) => !(efficiency(s) > threshold(s)) || goalChange({ ...s, alpha: -s.alpha }) > 0 },
  ],
};

// ---- sharpness ----

interface SharpInstance {
  G: number;
  S: number;
  alpha: number;
  t: number;
  epsilon: number;
}

const sharpChange = ({ G, S, alpha, t }: SharpInstance, oe: number) => goalChange(sharpStep(G, S, alpha, t, oe));
const sharpScale = ({ G, S, alpha }: SharpInstance) => tol(alpha * G * S);

const sharpness: Claim<SharpInstance> = {
  check: STEP_SHARPNESS_CHECK,
  seed: 20240520,
  sample: fc.record({ G: finite(0.1, 10), S: finite(0.1, 10), alpha: finite(1e-3, 1), t: finite(0, 1), epsilon: finite(1e-4, 0.5) }),
  hypothesis: ({ t }) => t > 0 && t <= 1,
  conclusion: (s) => {
    const { t, epsilon } = s;
    const atThreshold = Math.abs(sharpChange(s, t)) <= sharpScale(s);
    const below = sharpChange(s, t * (1 - epsilon)) < 0;
    const above = t * (1 + epsilon) > 1 || sharpChange(s, t * (1 + epsilon)) > 0;
    // the weaker condition with κ < 1/2 holds at ρ ∈ (2κt, t] and the goal does not rise
    const kappa = 0.5 * (1 - epsilon);
    const rho = t * (1 - epsilon / 2);
    const weaker = rho > (kappa * 2 * t) && !(sharpChange(s, rho) > sharpScale(s));
    return atThreshold && below && above && weaker;
  },
  mutants: [
    { change: "a constant 0.45 would suffice: OE = 0.95·t raises the goal", conclusion: (s) => sharpChange(s, 0.95 * s.t) > 0 },
    { change: "flip: below the threshold the goal rises", conclusion: (s) => sharpChange(s, s.t * (1 - s.epsilon)) > 0 },
  ],
};

// ---- trajectories ----

interface TrajectoryInstance {
  goal: SmoothObjective;
  proxy: Objective;
  theta0: number[];
  alpha: number;
}

/** The goal values along 40 steps and whether each step met the condition. */
function runTrajectory({ goal, proxy, theta0, alpha }: TrajectoryInstance) {
  let theta = theta0;
  const values = [goal.value(theta)];
  const met: boolean[] = [];
  for (let step = 0; step < 40 && theta.every(Number.isFinite); step++) {
    const s = { goal, L: goal.curvatureBound, theta, g: proxy.gradient(theta), alpha };
    met.push(meetsStepHypotheses(s) && efficiency(s) > threshold(s));
    theta = addScaled(theta, alpha, s.g);
    values.push(goal.value(theta));
  }
  return { values, met };
}

const trajectory: Claim<TrajectoryInstance> = {
  check: STEP_TRAJECTORY_CHECK,
  seed: 20240523,
  // proxies close to the goal (goal + ε·other), so that whole trajectories meet the condition
  sample: fc
    .integer({ min: 1, max: 4 })
    .chain((d) => fc.record({ goal: smoothObjective(d), other: smoothObjective(d), mix: finite(0, 1), theta0: nonZeroVector(d, 2), alpha: finite(1e-3, 0.3) }))
    .map(({ goal, other, mix, theta0, alpha }) => ({
      goal,
      proxy: { value: (x: Vector) => goal.value(x) + mix * other.value(x), gradient: (x: Vector) => addScaled(goal.gradient(x), mix, other.gradient(x)) },
      theta0,
      alpha,
    })),
  hypothesis: (instance) => runTrajectory(instance).met.every(Boolean),
  conclusion: (instance) => {
    const { values } = runTrajectory(instance);
    return values.every((value, k) => k === 0 || value > values[k - 1]! - tol(values[k - 1]!));
  },
  minimumCoverage: 0.1,
  mutants: [
    {
      change: "the condition checked at the first step only",
      hypothesis: (instance) => runTrajectory(instance).met[0] === true,
      conclusion: (instance) => {
        const { values } = runTrajectory(instance);
        return values.every((value, k) => k === 0 || value > values[k - 1]!);
      },
    },
  ],
};

// ---- the angle form ----

/** A step on a random smooth goal whose proxy gradient makes angle `angle` with ∇Ū*(θ) and whose threshold is `t`. */
function smoothStepAt(goal: SmoothObjective, theta: number[], direction: number[], t: number, angle: number, alpha: number): StepInstance {
  const L = goal.curvatureBound;
  const goalGradient = goal.gradient(theta);
  const S = norm(goalGradient);
  const along = goalGradient.map((x) => x / S);
  const across = addScaled(direction, -dot(direction, along), along);
  const unitAcross = across.map((x) => x / norm(across));
  // |g| chosen so that (αL/2)|g|/|g*| = t (any length when L = 0, where t = 0)
  const G = L > 0 ? (2 * t * S) / (alpha * L) : 1;
  const g = addScaled(along.map((x) => G * Math.cos(angle) * x), G * Math.sin(angle), unitAcross);
  return { goal, L, theta, g, alpha };
}

/** Angles anywhere in [0, π], and angles within 0.06 of arccos t, where the truncations differ from it. */
const angleNear = (t: number) => fc.oneof(finite(0, Math.PI), finite(-0.06, 0.06).map((delta) => Math.min(Math.PI, Math.max(0, Math.acos(Math.min(1, t)) + delta))));
const thresholdSample = fc.oneof({ arbitrary: finite(0, 1), weight: 8 }, { arbitrary: fc.constantFrom(0, 0.5, 0.999, 1), weight: 1 }, { arbitrary: finite(1, 2), weight: 1 });

const angleInstance: fc.Arbitrary<StepInstance> = fc.oneof(
  thresholdSample.chain((t) =>
    fc.record({ angle: angleNear(t), G: finite(0.1, 5), S: finite(0.1, 5), alpha: finite(1e-3, 1) }).map(({ angle, G, S, alpha }) => sharpStep(G, S, alpha, t, Math.cos(angle))),
  ),
  fc
    .integer({ min: 2, max: 5 })
    .chain((d) => fc.record({ goal: smoothObjective(d), theta: vector(d, 2), direction: nonZeroVector(d), t: thresholdSample, alpha: finite(1e-3, 1) }))
    .filter(({ goal, theta, direction }) => {
      const goalGradient = goal.gradient(theta);
      return norm(goalGradient) > 1e-3 && Math.abs(cosineSimilarity(direction, goalGradient)) < 0.999;
    })
    .chain(({ goal, theta, direction, t, alpha }) => angleNear(t).map((angle) => smoothStepAt(goal, theta, direction, t, angle, alpha))),
);

const stepAngle = (s: StepInstance) => angleBetween(s.g, s.goal.gradient(s.theta));
const belowOne = (s: StepInstance) => meetsStepHypotheses(s) && threshold(s) < 1;

const angleForm: Claim<StepInstance> = {
  check: ANGLE_CHECK,
  seed: 72024,
  sample: angleInstance,
  hypothesis: meetsStepHypotheses,
  conclusion: (s) => {
    const t = threshold(s);
    const angle = stepAngle(s);
    if (t >= 1) return !(efficiency(s) > t + 1e-12) && Number.isNaN(maxAngle(t)) === t > 1;
    // OE > t exactly when the angle is below arccos t (away from rounding at the boundary), and then the goal rises
    const equivalent = Math.abs(angle - maxAngle(t)) <= 1e-7 || efficiency(s) > t === angle < maxAngle(t);
    const exact = !(angle < maxAngle(t) - 1e-7) || rises(s);
    // the linear condition is sufficient
    const linear = !(angle < linearSufficientAngle(t) - 1e-7) || rises(s);
    // the remainder of the cubic truncation
    const { lower, upper } = cubicRemainderBounds(t);
    const remainder = maxAngleExpansion(t, 3) - maxAngle(t);
    return equivalent && exact && linear && remainder >= lower - 1e-15 && remainder <= upper + 1e-15;
  },
  minimumCoverage: 0.9,
  mutants: [
    // on t < 1, so that a refutation is an angle between arccos t and the truncation
    { change: "the cubic truncation π/2 − t − t³/6 is sufficient", hypothesis: belowOne, conclusion: (s) => !(stepAngle(s) < maxAngleExpansion(threshold(s), 3)) || goalChange(s) > 0 },
    { change: "the linear truncation π/2 − t is sufficient", hypothesis: belowOne, conclusion: (s) => !(stepAngle(s) < maxAngleExpansion(threshold(s), 1)) || goalChange(s) > 0 },
    { change: "a linear condition with π/2 replaced by 1.9", hypothesis: belowOne, conclusion: (s) => !(stepAngle(s) < 1.9 * (1 - threshold(s))) || goalChange(s) > 0 },
    { change: "the remainder is at most (3/40)t⁵", conclusion: (s) => threshold(s) > 1 || maxAngleExpansion(threshold(s), 3) - maxAngle(threshold(s)) <= (3 / 40) * threshold(s) ** 5 + 1e-15 },
    { change: "for t ≥ 1 the angle 0 still satisfies the condition (≥ in place of >)", conclusion: (s) => threshold(s) < 1 || efficiency(s) >= threshold(s) || stepAngle(s) > 1e-6 },
  ],
};

// ---- cosine of a sum ----

type Triple = [a: number[], b: number[], c: number[]];

const tripleSample: fc.Arbitrary<Triple> = fc
  .integer({ min: 1, max: 8 })
  .chain((d) =>
    fc.tuple(
      nonZeroVector(d),
      fc.oneof({ arbitrary: vector(d), weight: 8 }, { arbitrary: fc.constant(Array.from({ length: d }, () => 0)), weight: 1 }),
      vector(d),
      fc.oneof({ arbitrary: fc.constant(undefined), weight: 6 }, { arbitrary: finite(-3, 3), weight: 2 }, { arbitrary: fc.constant(0), weight: 1 }),
    ),
  )
  // c a multiple of a (either sign, or 0) in some instances: where the bounds are attained
  .map(([a, b, c, multiple]) => [a, b, multiple === undefined ? c : a.map((x) => multiple * x)] as Triple);

function cosineOfSumTerms([a, b, c]: Triple) {
  const sum = norm(add(b, c));
  const base = (cosineSimilarity(a, b) * norm(b)) / sum;
  return { exact: cosineSimilarity(a, add(b, c)), identity: base + (cosineSimilarity(a, c) * norm(c)) / sum, lower: base - norm(c) / sum, upper: base + norm(c) / sum, scale: (norm(b) + norm(c)) / sum };
}
const isMultipleOf = (a: Vector, c: Vector, sign: 1 | -1) => {
  const lambda = dot(a, c) / dot(a, a);
  return sign * lambda >= 0 && norm(addScaled(c, -lambda, a)) <= 1e-12 * (1 + norm(c));
};

const cosineOfSum: Claim<Triple> = {
  check: COSINE_OF_SUM_CHECK,
  seed: 31415,
  sample: tripleSample,
  hypothesis: ([a, b, c]) => norm(a) > 0 && norm(add(b, c)) > 1e-6,
  conclusion: (triple) => {
    const { exact, identity, lower, upper, scale } = cosineOfSumTerms(triple);
    const [a, , c] = triple;
    const eps = 1e-9 * scale;
    const attainedUpper = !isMultipleOf(a, c, 1) || Math.abs(exact - upper) <= eps;
    const attainedLower = !isMultipleOf(a, c, -1) || Math.abs(exact - lower) <= eps;
    return Math.abs(exact - identity) <= eps && exact >= lower - eps && exact <= upper + eps && attainedUpper && attainedLower;
  },
  mutants: [
    { change: "the upper bound without its |c| term", conclusion: (triple) => { const r = cosineOfSumTerms(triple); return r.exact <= r.upper - norm(triple[2]) / norm(add(triple[1], triple[2])) + 1e-12; } },
    { change: "the lower bound with +|c| in place of −|c|", conclusion: (triple) => { const r = cosineOfSumTerms(triple); return r.exact >= r.upper - 1e-9 * r.scale; } },
  ],
};

// ---- how far a perturbation can turn a vector ----

interface PerturbationInstance {
  a: number[];
  b: number[];
  c: number[];
  r: number;
  /** built by the proof's construction, which attains the bound */
  attaining: boolean;
}

/** In the plane: a = e₁, b at angle φ, and the c of length share·|b| that turns b furthest away from a (the proof's construction). */
const attainingPerturbation = fc
  .record({ phi: finite(0, Math.PI), nb: finite(0.1, 3), share: finite(0, 0.999) })
  .map(({ phi, nb, share }) => {
    const psi = Math.asin(share);
    const b = [nb * Math.cos(phi), nb * Math.sin(phi)];
    const v = [nb * Math.cos(psi) * Math.cos(phi + psi), nb * Math.cos(psi) * Math.sin(phi + psi)];
    return { a: [1, 0], b, c: [v[0]! - b[0]!, v[1]! - b[1]!], r: share * nb, attaining: true };
  });

const randomPerturbation = fc
  .integer({ min: 1, max: 6 })
  .chain((d) => fc.record({ a: nonZeroVector(d), b: nonZeroVector(d), direction: nonZeroVector(d), share: finite(0, 1), slack: finite(0, 1) }))
  .map(({ a, b, direction, share, slack }) => {
    const r = share * norm(b) * (1 - 1e-9);
    // |c| ≤ r, including |c| = r (slack 1) and c = 0 (slack 0)
    return { a, b, c: direction.map((x) => (x * r * slack) / norm(direction)), r, attaining: false };
  });

const turnBound = ({ a, b, r }: PerturbationInstance) => angleBetween(a, b) + Math.asin(r / norm(b));

const perturbedAngle: Claim<PerturbationInstance> = {
  check: PERTURBED_ANGLE_CHECK,
  seed: 31419,
  sample: fc.oneof(randomPerturbation, attainingPerturbation),
  hypothesis: ({ a, b, c, r }) => norm(a) > 0 && norm(b) > 0 && norm(c) <= r * (1 + 1e-12) && r < norm(b),
  conclusion: (s) => {
    const turned = angleBetween(s.a, add(s.b, s.c));
    const bound = turnBound(s);
    const cosineBound = cosineSimilarity(s.a, add(s.b, s.c)) >= Math.cos(Math.min(Math.PI, bound)) - 1e-9;
    // the construction attains the bound when it does not pass π (with |c| = r exactly)
    const attained = !s.attaining || bound > Math.PI || Math.abs(cosineSimilarity(s.a, add(s.b, s.c)) - Math.cos(bound)) <= 1e-9;
    // compare cosines near 0 and π, where arccos loses precision
    return (turned <= bound + 1e-9 || cosineSimilarity(s.a, add(s.b, s.c)) >= Math.cos(bound) - 1e-12) && cosineBound && attained;
  },
  mutants: [
    { change: "the simpler bound cos(a, b + c) ≥ cos(a, b) − r/|b| (errata §16)", conclusion: (s) => cosineSimilarity(s.a, add(s.b, s.c)) >= cosineSimilarity(s.a, s.b) - s.r / norm(s.b) - 1e-9 },
    { change: "half the arcsine", conclusion: (s) => angleBetween(s.a, add(s.b, s.c)) <= angleBetween(s.a, s.b) + Math.asin(s.r / norm(s.b)) / 2 + 1e-9 },
  ],
};

export const claims = [ascentLemma, stepCondition, sharpness, trajectory, angleForm, cosineOfSum, perturbedAngle];
