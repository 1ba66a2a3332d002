/** Claims for content/literature/goodhart-and-tails.mdx. */
import fc from "fast-check";
import {
  EXPONENTIAL_TAIL_CHECK,
  GAUSSIAN_SELECTION_CHECK,
  INDEPENDENT_SELECTION_CHECK,
  LONG_TAILED_CHECK,
  POWER_LAW_CHECK,
  TOP_CORRELATION_CHECK,
} from "../../../../src/lib/theorems/checks";
import { normalPdf, normalQuantile, normalUpperTail } from "../../../../src/lib/experiments/distributions";
import { gaussianSelectedGoal, proxyQuantile, tailIntegrals } from "../../../../src/lib/literature/quantileSelection";
import { finite } from "../arbitraries";
import type { Claim } from "../falsification";

/**
 * A discrepancy given by log P(ξ ≥ x), so that ratios of far tails keep their precision.
 * `exponentialTail` is x0 + Exp(λ) with probability π and the atom x0 − gap otherwise:
 * P(ξ ≥ x) = π e^(−λ(x − x0)) = c e^(−λx) for x ≥ x0, with c = π e^(λ x0).
 */
type Tail =
  | { kind: "gaussian"; scale: number }
  | { kind: "laplace"; rate: number }
  | { kind: "powerLaw"; scale: number; tailIndex: number }
  | { kind: "logNormal"; sigma: number }
  | { kind: "weibull"; shape: number }
  | { kind: "atoms"; values: number[]; probabilities: number[] }
  | { kind: "exponentialTail"; rate: number; start: number; weight: number; gap: number };

function logSurvival(tail: Tail, x: number): number {
  switch (tail.kind) {
    case "gaussian":
      return Math.log(normalUpperTail(x / tail.scale));
    case "laplace":
      return x >= 0 ? Math.log(0.5) - tail.rate * x : Math.log1p(-0.5 * Math.exp(tail.rate * x));
    case "powerLaw": {
      const y = x / tail.scale;
      return y >= 0 ? Math.log(0.5) - tail.tailIndex * Math.log1p(y) : Math.log1p(-0.5 * Math.pow(1 - y, -tail.tailIndex));
    }
    case "logNormal":
      return x <= 0 ? 0 : Math.log(normalUpperTail(Math.log(x) / tail.sigma));
    case "weibull":
      return x <= 0 ? 0 : -Math.pow(x, tail.shape);
    case "atoms":
      return Math.log(tail.values.reduce((sum, value, j) => (value >= x ? sum + tail.probabilities[j]! : sum), 0));
    case "exponentialTail":
      if (x <= tail.start - tail.gap) return 0;
      return Math.log(tail.weight) - (x <= tail.start ? 0 : tail.rate * (x - tail.start));
  }
}

/** A finite goal: values and probabilities. */
interface FiniteGoal {
  values: number[];
  probabilities: number[];
}

const mean = ({ values, probabilities }: FiniteGoal) => values.reduce((sum, u, i) => sum + u * probabilities[i]!, 0);

/**
 * E[U* | U ≥ t] for U = slope·U* + ξ with ξ independent of U*: the weights p_i P(ξ ≥ t − slope·u_i),
 * normalised in log space. `undefined` when P(U ≥ t) = 0.
 */
function selectedMean(goal: FiniteGoal, tail: Tail, t: number, slope = 1): number | undefined {
  const logWeights = goal.values.map((u, i) => Math.log(goal.probabilities[i]!) + logSurvival(tail, t - slope * u));
  const top = Math.max(...logWeights);
  if (top === Number.NEGATIVE_INFINITY || Number.isNaN(top)) return undefined;
  let weight = 0;
  let weighted = 0;
  goal.values.forEach((u, i) => {
    const w = Math.exp(logWeights[i]! - top);
    weight += w;
    weighted += w * u;
  });
  return weighted / weight;
}

/** Probabilities: mostly in [0.01, 1], sometimes 0 (an atom of probability 0), not all 0, normalised. */
const probabilitiesOf = (n: number) =>
  fc
    .array(fc.oneof({ arbitrary: finite(0.01, 1), weight: 6 }, { arbitrary: fc.constant(0), weight: 1 }), { minLength: n, maxLength: n })
    .filter((w) => w.some((v) => v > 0))
    .map((w) => {
      const total = w.reduce((a, b) => a + b, 0);
      return w.map((v) => v / total);
    });

/** Goal values: random, small integers (ties), or constant. */
const valuesOf = (n: number) =>
  fc.oneof(
    { arbitrary: fc.array(finite(-5, 5), { minLength: n, maxLength: n }), weight: 6 },
    { arbitrary: fc.array(fc.integer({ min: -2, max: 2 }), { minLength: n, maxLength: n }), weight: 3 },
    { arbitrary: finite(-5, 5).map((c) => Array.from({ length: n }, () => c)), weight: 1 },
  );

/** A finite goal, one outcome included; outcomes of probability 0 are dropped (they are not in the support). */
const finiteGoal: fc.Arbitrary<FiniteGoal> = fc
  .integer({ min: 1, max: 6 })
  .chain((n) => fc.record({ values: valuesOf(n), probabilities: probabilitiesOf(n) }))
  .map(({ values, probabilities }) => ({
    values: values.filter((_, i) => probabilities[i]! > 0),
    probabilities: probabilities.filter((p) => p > 0),
  }));

const scaleOf = (goal: FiniteGoal) => 1 + Math.max(...goal.values.map(Math.abs));

// ——— Selection never lowers the mean under independence ———

interface IndependenceInstance {
  goal: FiniteGoal;
  tail: Tail;
  threshold: number;
  /** ξ = ξ₀ − coupling·U*, so U = (1 − coupling)U* + ξ₀; independence is coupling = 0. */
  coupling: number;
}

const anyTail: fc.Arbitrary<Tail> = fc.oneof(
  finite(0.05, 5).map((scale): Tail => ({ kind: "gaussian", scale })),
  finite(0.1, 5).map((rate): Tail => ({ kind: "laplace", rate })),
  fc.record({ scale: finite(0.05, 5), tailIndex: finite(0.3, 6) }).map((p): Tail => ({ kind: "powerLaw", ...p })),
  fc
    .integer({ min: 1, max: 4 })
    .chain((n) => fc.record({ values: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: n, maxLength: n }), probabilities: probabilitiesOf(n) }))
    .map((p): Tail => ({ kind: "atoms", ...p })),
);

const independenceInstance: fc.Arbitrary<IndependenceInstance> = fc.record({
  goal: finiteGoal,
  tail: anyTail,
  threshold: fc.oneof(finite(-10, 10), finite(-200, 200), fc.integer({ min: -8, max: 8 })),
  coupling: fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: finite(0, 3), weight: 1 }),
});

const selectionGain = ({ goal, tail, threshold, coupling }: IndependenceInstance) => {
  const selected = selectedMean(goal, tail, threshold, 1 - coupling);
  return selected === undefined ? undefined : selected - mean(goal);
};

const independentSelectionClaim: Claim<IndependenceInstance> = {
  check: INDEPENDENT_SELECTION_CHECK,
  seed: 4101,
  sample: independenceInstance,
  hypothesis: (instance) => instance.coupling === 0 && selectionGain(instance) !== undefined,
  conclusion: (instance) => selectionGain(instance)! >= -1e-12 * scaleOf(instance.goal),
  mutants: [
    { change: "flip the inequality", conclusion: (instance) => selectionGain(instance)! <= 1e-12 * scaleOf(instance.goal) },
    {
      change: "drop independence (ξ = ξ₀ − κU*)",
      hypothesis: (instance) => selectionGain(instance) !== undefined,
    },
    { change: "claim a strict gain", conclusion: (instance) => selectionGain(instance)! > 1e-12 * scaleOf(instance.goal) },
  ],
};

// ——— Gaussian goal and discrepancy ———

interface GaussianInstance {
  mean: number;
  sd: number;
  /** w/σ*; 0 is selection on the goal itself */
  ratio: number;
  fraction: number;
}

/** E[Z | Z ≥ z] for a standard normal Z, by Simpson's rule on [z, z + 40], independent of the closed form. */
function truncatedNormalMean(z: number, p: number): number {
  const intervals = 4000;
  const h = 40 / intervals;
  let sum = 0;
  for (let i = 0; i <= intervals; i++) {
    const x = z + i * h;
    sum += (i === 0 || i === intervals ? 1 : i % 2 === 1 ? 4 : 2) * x * normalPdf(x);
  }
  return (sum * h) / 3 / p;
}

/** g(p) by quadrature over the goal, the threshold found by inverting P(U ≥ t) = p. */
function quadratureSelectedGoal({ mean: mu, sd, ratio, fraction }: GaussianInstance): number {
  const goal = { mean: mu, standardDeviation: sd };
  if (ratio === 0) return mu + sd * truncatedNormalMean(-normalQuantile(fraction), fraction);
  const discrepancy = { family: "gaussian" as const, scale: ratio * sd, tailIndex: 1 };
  const threshold = proxyQuantile(goal, discrepancy, fraction, mu - 12 * sd - 40 * ratio * sd);
  const { survival, goalMass } = tailIntegrals(goal, discrepancy, threshold);
  return goalMass / survival;
}

const gaussianInstance: fc.Arbitrary<GaussianInstance> = fc.record({
  mean: finite(-5, 5),
  sd: finite(0.1, 3),
  // the quadrature step is σ*/40: discrepancies narrower than σ*/10 are not resolved, and are not sampled
  ratio: fc.oneof({ arbitrary: finite(0.1, 3), weight: 5 }, { arbitrary: fc.constant(0), weight: 1 }),
  fraction: fc.oneof(
    { arbitrary: finite(0.3, 10).map((x) => 10 ** -x), weight: 6 },
    { arbitrary: fc.constantFrom(0.5, 1e-10, 0.1), weight: 1 },
  ),
});

const gaussianGain = (instance: GaussianInstance, numerator: (sd: number, s: number) => number) => {
  const s = Math.hypot(instance.sd, instance.ratio * instance.sd);
  const z = -normalQuantile(instance.fraction);
  return (numerator(instance.sd, s) * normalPdf(z)) / instance.fraction;
};

const gaussianConclusion = (numerator: (sd: number, s: number) => number) => (instance: GaussianInstance) => {
  const { mean: mu, sd, ratio, fraction } = instance;
  const s = Math.hypot(sd, ratio * sd);
  const z = -normalQuantile(fraction);
  const closed = mu + gaussianGain(instance, numerator);
  const numeric = quadratureSelectedGoal(instance);
  const onGoal = mu + sd * truncatedNormalMean(z, fraction);
  const tolerance = 1e-6 * (1 + Math.abs(mu) + sd * z);
  return (
    Math.abs(closed - numeric) <= tolerance &&
    // the fixed fraction σ*/s of the gain of selection on the goal itself
    Math.abs(numeric - mu - (sd / s) * (onGoal - mu)) <= tolerance &&
    // the divergence: g(p) − μ ≥ (σ*²/s) z_p
    closed - mu >= ((sd * sd) / s) * z - tolerance
  );
};

const gaussianClaim: Claim<GaussianInstance> = {
  check: GAUSSIAN_SELECTION_CHECK,
  seed: 4102,
  sample: gaussianInstance,
  hypothesis: ({ sd, ratio, fraction }) => sd > 0 && ratio >= 0 && fraction > 0 && fraction < 1,
  conclusion: (instance) =>
    // the library's closed form is the statement's formula
    Math.abs(gaussianSelectedGoal({ mean: instance.mean, standardDeviation: instance.sd }, instance.ratio * instance.sd, instance.fraction) - instance.mean - gaussianGain(instance, (sd, s) => (sd * sd) / s)) <=
      1e-12 * (1 + Math.abs(instance.mean)) && gaussianConclusion((sd, s) => (sd * sd) / s)(instance),
  mutants: [
    { change: "σ* in place of σ*²/s (selection on the goal)", conclusion: gaussianConclusion((sd) => sd) },
    { change: "σ*²/s² in place of σ*²/s", conclusion: gaussianConclusion((sd, s) => (sd * sd) / (s * s)) },
    { change: "drop σ*²: the proxy's own gain s", conclusion: gaussianConclusion((_sd, s) => s) },
  ],
};

// ——— The correlation among the selected, Gaussian case ———

/**
 * Corr(U*, U | U ≥ q) from conditional moments: given U* = u, with c = (q − u)/w, P = Q(c),
 * E[ξ 1{ξ ≥ wc}] = wφ(c) and E[ξ² 1{ξ ≥ wc}] = w²(Q(c) + cφ(c)); these are integrated over the goal's
 * density by Simpson's rule on ±12σ*. For w = 0 the selection is on U* itself, and the correlation is 1.
 */
function selectedCorrelation({ mean: mu, sd, ratio, fraction }: GaussianInstance): number {
  const w = ratio * sd;
  if (w === 0) return 1;
  const q = mu - Math.hypot(sd, w) * normalQuantile(fraction);
  const intervals = 6000;
  const h = (24 * sd) / intervals;
  let p = 0, goal = 0, goalSquared = 0, proxy = 0, proxySquared = 0, cross = 0;
  for (let i = 0; i <= intervals; i++) {
    const u = mu - 12 * sd + i * h;
    const weight = ((i === 0 || i === intervals ? 1 : i % 2 === 1 ? 4 : 2) * h * normalPdf((u - mu) / sd)) / (3 * sd);
    const c = (q - u) / w;
    const tail = normalUpperTail(c);
    const first = w * normalPdf(c);
    const second = w * w * (tail + c * normalPdf(c));
    p += weight * tail;
    goal += weight * u * tail;
    goalSquared += weight * u * u * tail;
    proxy += weight * (u * tail + first);
    proxySquared += weight * (u * u * tail + 2 * u * first + second);
    cross += weight * (u * u * tail + u * first);
  }
  const [eg, eg2, eu, eu2, egu] = [goal / p, goalSquared / p, proxy / p, proxySquared / p, cross / p];
  return (egu - eg * eu) / Math.sqrt((eg2 - eg * eg) * (eu2 - eu * eu));
}

function correlationClosedForm({ sd, ratio, fraction }: GaussianInstance): number {
  const z = -normalQuantile(fraction);
  const lambda = normalPdf(z) / fraction;
  const v = 1 + z * lambda - lambda * lambda;
  return (sd * Math.sqrt(v)) / Math.sqrt(sd * sd * v + (ratio * sd) ** 2);
}

const correlationConclusion = (closedForm: (instance: GaussianInstance) => number) => (instance: GaussianInstance) => {
  const rho = closedForm(instance);
  const z = -normalQuantile(instance.fraction);
  const bounded = instance.ratio === 0 || z <= 1 || rho <= Math.sqrt(2 / (z * z - 1)) / instance.ratio + 1e-12;
  return Math.abs(rho - selectedCorrelation(instance)) <= 1e-6 && bounded;
};

const correlationClaim: Claim<GaussianInstance> = {
  check: TOP_CORRELATION_CHECK,
  seed: 4106,
  sample: gaussianInstance,
  hypothesis: ({ sd, ratio, fraction }) => sd > 0 && ratio >= 0 && fraction > 0 && fraction < 1,
  conclusion: correlationConclusion(correlationClosedForm),
  mutants: [
    { change: "the unconditional correlation σ*/s at every p", conclusion: correlationConclusion(({ ratio }) => 1 / Math.hypot(1, ratio)) },
    {
      change: "drop λ² from the conditional variance",
      conclusion: correlationConclusion((instance) => {
        const z = -normalQuantile(instance.fraction);
        const v = 1 + (z * normalPdf(z)) / instance.fraction;
        return (instance.sd * Math.sqrt(v)) / Math.sqrt(instance.sd ** 2 * v + (instance.ratio * instance.sd) ** 2);
      }),
    },
    {
      change: "flip the bound",
      conclusion: (instance) => {
        const z = -normalQuantile(instance.fraction);
        return instance.ratio === 0 || z <= 1 || correlationClosedForm(instance) >= Math.sqrt(2 / (z * z - 1)) / instance.ratio;
      },
    },
  ],
};

// ——— Exponential tail ———

type ExponentialInstance =
  | { kind: "finite"; goal: FiniteGoal; tail: Extract<Tail, { kind: "exponentialTail" }>; beyond: number }
  | { kind: "gaussian"; mean: number; sd: number; scale: number; beyond: number };

const exponentialInstance: fc.Arbitrary<ExponentialInstance> = fc.oneof(
  fc.record({
    kind: fc.constant("finite" as const),
    goal: finiteGoal,
    tail: fc
      .record({ rate: finite(0.1, 3), start: finite(-3, 3), weight: fc.oneof(finite(0.01, 1), fc.constant(1)), gap: finite(0.5, 5) })
      .map((p) => ({ kind: "exponentialTail" as const, ...p })),
    beyond: fc.oneof(finite(0, 30), fc.constant(0)),
  }),
  fc
    .record({ kind: fc.constant("gaussian" as const), mean: finite(-3, 3), sd: finite(0.2, 2), scale: finite(0.25, 3), beyond: finite(0, 5) })
    // λσ* ≤ 6 keeps the tilted law, centred 6σ* above μ at most, inside the quadrature's ±12σ*
    .filter(({ sd, scale }) => (Math.SQRT2 / scale) * sd <= 6),
);

/** The tilted mean E[U* e^(λU*)]/E[e^(λU*)] of a finite goal, in log space. */
function tiltedMean(goal: FiniteGoal, rate: number): number {
  const logWeights = goal.values.map((u, i) => Math.log(goal.probabilities[i]!) + rate * u);
  const top = Math.max(...logWeights);
  const weights = logWeights.map((l) => Math.exp(l - top));
  return goal.values.reduce((sum, u, i) => sum + u * weights[i]!, 0) / weights.reduce((a, b) => a + b, 0);
}

/**
 * E[U* | U ≥ t] far in the tail, and the limit `limit` claims for it. For a finite goal
 * t = x0 + max u + beyond, past which the proof's k_t(u) = e^(λu) exactly; for a Gaussian goal with
 * Laplace ξ (λ = √2/w), t = μ + λσ*² + (10 + beyond)σ*, where the tilted law's mass above t is below 1e-23.
 */
function exponentialConclusion(limit: (instance: ExponentialInstance) => number) {
  return (instance: ExponentialInstance): boolean => {
    if (instance.kind === "finite") {
      const t = instance.tail.start + Math.max(...instance.goal.values) + instance.beyond;
      const selected = selectedMean(instance.goal, instance.tail, t);
      return selected !== undefined && Math.abs(selected - limit(instance)) <= 1e-9 * scaleOf(instance.goal);
    }
    const rate = Math.SQRT2 / instance.scale;
    const t = instance.mean + rate * instance.sd ** 2 + (10 + instance.beyond) * instance.sd;
    const { survival, goalMass } = tailIntegrals(
      { mean: instance.mean, standardDeviation: instance.sd },
      { family: "laplace", scale: instance.scale, tailIndex: 1 },
      t,
    );
    return Math.abs(goalMass / survival - limit(instance)) <= 1e-7 * (1 + Math.abs(limit(instance)));
  };
}

const theoremLimit = (instance: ExponentialInstance) =>
  instance.kind === "finite" ? tiltedMean(instance.goal, instance.tail.rate) : instance.mean + (Math.SQRT2 / instance.scale) * instance.sd ** 2;

const exponentialClaim: Claim<ExponentialInstance> = {
  check: EXPONENTIAL_TAIL_CHECK,
  seed: 4103,
  sample: exponentialInstance,
  hypothesis: (instance) => (instance.kind === "finite" ? instance.tail.rate > 0 && instance.tail.weight > 0 : instance.sd > 0 && instance.scale > 0),
  conclusion: exponentialConclusion(theoremLimit),
  mutants: [
    {
      change: "a strong effect: the limit E[U*]",
      conclusion: exponentialConclusion((instance) => (instance.kind === "finite" ? mean(instance.goal) : instance.mean)),
    },
    {
      change: "λ/2 in place of λ",
      conclusion: exponentialConclusion((instance) =>
        instance.kind === "finite" ? tiltedMean(instance.goal, instance.tail.rate / 2) : instance.mean + (Math.SQRT2 / instance.scale / 2) * instance.sd ** 2,
      ),
    },
    {
      change: "λσ* in place of λσ*² for the Gaussian goal",
      conclusion: exponentialConclusion((instance) => (instance.kind === "finite" ? theoremLimit(instance) : instance.mean + (Math.SQRT2 / instance.scale) * instance.sd)),
    },
  ],
};

// ——— Long tails ———

interface LongTailedInstance {
  goal: FiniteGoal;
  tail: Tail;
  threshold: number;
  /** B − max|u|: the bound on the goal may be loose; negative values violate the hypothesis */
  slack: number;
}

const longTail: fc.Arbitrary<Tail> = fc.oneof(
  { arbitrary: fc.record({ scale: finite(0.1, 3), tailIndex: finite(0.3, 6) }).map((p): Tail => ({ kind: "powerLaw", ...p })), weight: 3 },
  { arbitrary: finite(1, 3).map((sigma): Tail => ({ kind: "logNormal", sigma })), weight: 2 },
  { arbitrary: finite(0.1, 0.5).map((shape): Tail => ({ kind: "weibull", shape })), weight: 2 },
  { arbitrary: finite(0.1, 3).map((rate): Tail => ({ kind: "laplace", rate })), weight: 1 },
);

const longTailedInstance: fc.Arbitrary<LongTailedInstance> = fc.record({
  goal: finiteGoal,
  tail: longTail,
  threshold: fc.oneof(finite(-20, 20), finite(0, 6).map((x) => 10 ** x)),
  slack: fc.oneof({ arbitrary: finite(0, 2), weight: 4 }, { arbitrary: fc.constant(0), weight: 2 }, { arbitrary: finite(-3, 0), weight: 1 }),
});

const boundOf = ({ goal, slack }: LongTailedInstance) => Math.max(...goal.values.map(Math.abs)) + slack;

/** 2B (r₊ − r₋)/r₋ at t, with r± = P(ξ ≥ t ∓ B)/P(ξ ≥ t). */
function rateBound(tail: Tail, t: number, bound: number): number {
  const logAt = logSurvival(tail, t);
  const upper = Math.exp(logSurvival(tail, t - bound) - logAt);
  const lower = Math.exp(logSurvival(tail, t + bound) - logAt);
  return (2 * bound * (upper - lower)) / lower;
}

/** The rate bound at the sampled t, and a t ≤ 1e15 where it is below B/1000 and E[U* | U ≥ t] − E[U*] is too. */
function longTailedConclusion(instance: LongTailedInstance): boolean {
  const { goal, tail, threshold } = instance;
  const bound = boundOf(instance);
  const m = mean(goal);
  const tolerance = 1e-9 * scaleOf(goal);
  const selected = selectedMean(goal, tail, threshold);
  if (selected === undefined) return false;
  const gain = selected - m;
  if (!(gain >= -tolerance && gain <= rateBound(tail, threshold, bound) + tolerance)) return false;
  let far = Math.max(1, threshold);
  while (far <= 1e15 && !(rateBound(tail, far, bound) <= 1e-3 * bound)) far *= 4;
  const farSelected = selectedMean(goal, tail, far);
  return far <= 1e15 && farSelected !== undefined && Math.abs(farSelected - m) <= 1e-3 * bound + tolerance;
}

const isLongTailed = (tail: Tail) => tail.kind === "powerLaw" || tail.kind === "logNormal" || tail.kind === "weibull";

const longTailedClaim: Claim<LongTailedInstance> = {
  check: LONG_TAILED_CHECK,
  seed: 4104,
  sample: longTailedInstance,
  hypothesis: (instance) => isLongTailed(instance.tail) && instance.slack >= 0,
  conclusion: longTailedConclusion,
  mutants: [
    { change: "widen to exponential tails (Laplace)", hypothesis: (instance) => instance.slack >= 0 },
    { change: "flip the lower bound: selection lowers the goal", conclusion: (instance) => (selectedMean(instance.goal, instance.tail, instance.threshold) ?? 0) - mean(instance.goal) < -1e-9 },
    { change: "B below the goal's range", hypothesis: (instance) => isLongTailed(instance.tail) },
  ],
};

// ——— Power-law tail, unbounded goal ———

interface PowerLawInstance {
  mean: number;
  sd: number;
  scale: number;
  tailIndex: number;
  /** t/w */
  threshold: number;
}

const powerLawInstance: fc.Arbitrary<PowerLawInstance> = fc.record({
  mean: finite(-3, 3),
  sd: finite(0.2, 3),
  scale: finite(0.25, 3),
  tailIndex: finite(0.5, 6),
  threshold: fc.oneof({ arbitrary: finite(0, 6).map((x) => 10 ** x), weight: 5 }, { arbitrary: fc.constant(1), weight: 1 }),
});

/** ∫ f over [a, b] by Simpson's rule with `intervals` (even) intervals; 0 when b ≤ a. */
function simpson(f: (x: number) => number, a: number, b: number, intervals = 4000): number {
  if (!(b > a)) return 0;
  const h = (b - a) / intervals;
  let sum = 0;
  for (let i = 0; i <= intervals; i++) sum += (i === 0 || i === intervals ? 1 : i % 2 === 1 ? 4 : 2) * f(a + i * h);
  return (sum * h) / 3;
}

/**
 * The proof's bound on |E[U* | U ≥ t] − μ| for U* ~ N(μ, σ*²) and P(ξ ≥ x) = ½(1 + x/w)^(−α), in the
 * units of w (t ≥ w): (3/2)^α [α2^(α+1) E|X − m||X|/(1 + τ) + E|X − m|(1 + 2^α + 2(1 + 2|X|)^α)1{|X| > a}] / P(|X| ≤ a),
 * X = U* over w, of law N(m, s²), τ = t/w, a = (1 + τ)/2, times w. The Gaussian weight beyond 12 standard deviations,
 * below 1e-32, is left out of the integrals.
 */
function powerLawRateBound({ mean: mu, sd, scale, tailIndex: alpha }: PowerLawInstance, threshold: number): number {
  const m = mu / scale;
  const s = sd / scale;
  const a = (1 + threshold) / 2;
  const density = (x: number) => normalPdf((x - m) / s) / s;
  const low = m - 12 * s;
  const high = m + 12 * s;
  // the kinks of |x − m||x| at 0 and m are nodes of the split
  const kinks = [low, ...[Math.min(0, m), Math.max(0, m)].filter((x) => x > low && x < high), high];
  let product = 0;
  for (let i = 0; i + 1 < kinks.length; i++) product += simpson((x) => Math.abs(x - m) * Math.abs(x) * density(x), kinks[i]!, kinks[i + 1]!);
  const outer = (x: number) => Math.abs(x - m) * (1 + 2 ** alpha + 2 * (1 + 2 * Math.abs(x)) ** alpha) * density(x);
  const tail = simpson(outer, Math.max(a, low), high) + simpson(outer, low, Math.min(-a, high));
  // P(−a ≤ X ≤ a) from upper tails on the side where they are small, so that no 1 − (1 − ε) cancels
  const from = (-a - m) / s;
  const to = (a - m) / s;
  const inside = from > 0 ? normalUpperTail(from) - normalUpperTail(to) : to < 0 ? normalUpperTail(-to) - normalUpperTail(-from) : 1 - normalUpperTail(-from) - normalUpperTail(to);
  return (scale * 1.5 ** alpha * ((alpha * 2 ** (alpha + 1) * product) / (1 + threshold) + tail)) / inside;
}

function powerLawGain(instance: PowerLawInstance, family: "powerLaw" | "laplace", threshold: number): number {
  const { survival, goalMass } = tailIntegrals(
    { mean: instance.mean, standardDeviation: instance.sd },
    { family, scale: instance.scale, tailIndex: instance.tailIndex },
    threshold * instance.scale,
  );
  return goalMass / survival - instance.mean;
}

/** The bound at the sampled t, and a t ≤ 1e15·w where the bound and |E[U* | U ≥ t] − μ| are below σ* over 1000. */
const powerLawConclusion = (family: "powerLaw" | "laplace") => (instance: PowerLawInstance) => {
  const tolerance = 1e-9 * (1 + Math.abs(instance.mean) + instance.sd);
  if (!(Math.abs(powerLawGain(instance, family, instance.threshold)) <= powerLawRateBound(instance, instance.threshold) + tolerance)) return false;
  let far = instance.threshold;
  while (far <= 1e15 && !(powerLawRateBound(instance, far) <= 1e-3 * instance.sd)) far *= 4;
  return far <= 1e15 && Math.abs(powerLawGain(instance, family, far)) <= 1e-3 * instance.sd + tolerance;
};

const powerLawClaim: Claim<PowerLawInstance> = {
  check: POWER_LAW_CHECK,
  seed: 4105,
  sample: powerLawInstance,
  hypothesis: ({ sd, scale, tailIndex, threshold }) => sd > 0 && scale > 0 && tailIndex > 0 && threshold >= 1,
  conclusion: powerLawConclusion("powerLaw"),
  mutants: [
    { change: "widen to an exponential tail (Laplace of the same scale)", conclusion: powerLawConclusion("laplace") },
    { change: "flip: selection ends below the mean", conclusion: (instance) => powerLawGain(instance, "powerLaw", instance.threshold) < 0 },
  ],
};

export const claims = [independentSelectionClaim, gaussianClaim, correlationClaim, exponentialClaim, longTailedClaim, powerLawClaim];
