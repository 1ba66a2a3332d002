/** Claims for content/literature/reward-hacking.mdx. */
import fc from "fast-check";
import {
  BANDIT_UNHACKABLE_CHECK,
  CONVEX_UNHACKABLE_CHECK,
  FINITE_UNHACKABLE_CHECK,
  HACKING_DIRECTION_CHECK,
  OPEN_SET_CHECK,
  UNHACKABLE_ORDER_CHECK,
} from "../../../../src/lib/theorems/checks";
import { cosine, dot } from "../../../../src/lib/experiments/vector";
import { optimizationEfficiency } from "../../../../src/lib/experiments/optimizationEfficiency";
import {
  centred,
  isHackingPair,
  policyValue as banditValue,
  simplexHackingPair,
  simplexVerdict,
} from "../../../../src/lib/literature/hackability";
import {
  expectedReward,
  flowMatrix,
  occupancy,
  policyFromOccupancy,
  policyValue as mdpValue,
  solveLinearSystem,
  type FiniteMdp,
} from "../../../../src/lib/literature/mdp";
import { finite } from "../arbitraries";
import type { Claim } from "../falsification";

// ---- values of policies, compared pair by pair ----

/** Some pair with true[i] < true[j] and proxy[i] > proxy[j] (differences beyond `tolerance`). */
function hackableValues(trueValues: readonly number[], proxyValues: readonly number[], tolerance = 0): boolean {
  for (let i = 0; i < trueValues.length; i++) {
    for (let j = 0; j < trueValues.length; j++) {
      if (trueValues[j]! - trueValues[i]! > tolerance && proxyValues[i]! - proxyValues[j]! > tolerance) return true;
    }
  }
  return false;
}
const trivialValues = (values: readonly number[], tolerance = 0) => Math.max(...values) - Math.min(...values) <= tolerance;
/** J1(π) ≤ J1(π') exactly when J2(π) ≤ J2(π'), for every pair. */
function equivalentValues(a: readonly number[], b: readonly number[], tolerance = 0): boolean {
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < a.length; j++) if (a[i]! <= a[j]! + tolerance !== b[i]! <= b[j]! + tolerance) return false;
  }
  return true;
}
/** `proxy` is a simplification of `trueValues`: strict preferences become weak, ties stay ties, and some strict one becomes a tie. */
function simplificationValues(trueValues: readonly number[], proxyValues: readonly number[], tolerance = 0): boolean {
  let merged = false;
  for (let i = 0; i < trueValues.length; i++) {
    for (let j = 0; j < trueValues.length; j++) {
      const trueGap = trueValues[j]! - trueValues[i]!;
      const proxyGap = proxyValues[j]! - proxyValues[i]!;
      if (Math.abs(trueGap) <= tolerance && Math.abs(proxyGap) > tolerance) return false;
      if (trueGap > tolerance && proxyGap < -tolerance) return false;
      if (trueGap > tolerance && Math.abs(proxyGap) <= tolerance) merged = true;
    }
  }
  return merged;
}

/** Exact on integer vectors: the centred vectors are positive multiples of each other (both non-zero). */
function positivelyParallelCentred(a: readonly number[], b: readonly number[]): boolean {
  const k = a.length;
  const sumA = a.reduce((s, x) => s + x, 0);
  const sumB = b.reduce((s, x) => s + x, 0);
  const ga = a.map((x) => k * x - sumA);
  const gb = b.map((x) => k * x - sumB);
  for (let i = 0; i < k; i++) for (let j = 0; j < i; j++) if (ga[i]! * gb[j]! !== ga[j]! * gb[i]!) return false;
  return dot(ga, gb) > 0;
}
const parallelCentred = (a: readonly number[], b: readonly number[]) =>
  positivelyParallelCentred(a, b) || positivelyParallelCentred(a, b.map((x) => -x));
const constant = (v: readonly number[]) => v.every((x) => x === v[0]);

/** A probability vector from positive weights. */
const normalise = (weights: readonly number[]) => {
  const total = weights.reduce((s, x) => s + x, 0);
  return weights.map((x) => x / total);
};
const policyOver = (arms: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: arms, maxLength: arms }).map((w) => normalise(w.map((x) => x + 0.01)));
const integers = (length: number, bound = 3) => fc.array(fc.integer({ min: -bound, max: bound }), { minLength: length, maxLength: length });

// ---- unhackability is a statement about orders ----

interface ValueTable {
  trueValues: number[];
  proxyValues: number[];
}

const valueTable: fc.Arbitrary<ValueTable> = fc.integer({ min: 1, max: 6 }).chain((m) =>
  fc
    .record({
      trueValues: integers(m),
      other: integers(m),
      shape: fc.constantFrom("random", "affine", "constant", "coarsened", "negated"),
      a: fc.integer({ min: 1, max: 3 }),
      b: fc.integer({ min: -2, max: 2 }),
    })
    .map(({ trueValues, other, shape, a, b }) => ({
      trueValues,
      proxyValues:
        shape === "random" ? other
        : shape === "affine" ? trueValues.map((x) => a * x + b)
        : shape === "constant" ? trueValues.map(() => b)
        : shape === "coarsened" ? trueValues.map((x) => Math.floor(x / 2))
        : trueValues.map((x) => -x),
    })),
);

/** For every pair, a strict preference of the goal is at least a weak preference of the proxy. */
function orderCondition({ trueValues, proxyValues }: ValueTable, strict = false): boolean {
  for (let i = 0; i < trueValues.length; i++) {
    for (let j = 0; j < trueValues.length; j++) {
      if (trueValues[i]! < trueValues[j]! && (strict ? proxyValues[i]! >= proxyValues[j]! : proxyValues[i]! > proxyValues[j]!)) return false;
    }
  }
  return true;
}

const unhackableOrder: Claim<ValueTable> = {
  check: UNHACKABLE_ORDER_CHECK,
  seed: 2209_13085,
  sample: valueTable,
  hypothesis: () => true,
  conclusion: (table) => {
    const { trueValues, proxyValues } = table;
    const hackable = hackableValues(trueValues, proxyValues);
    if (hackable !== !orderCondition(table)) return false;
    if ((trivialValues(trueValues) || trivialValues(proxyValues)) && hackable) return false;
    if (equivalentValues(trueValues, proxyValues) && hackable) return false;
    // (4) a simplification is unhackable and, unlike an equivalent proxy, merges some strict preference
    return !(simplificationValues(trueValues, proxyValues) && (hackable || equivalentValues(trueValues, proxyValues)));
  },
  minimumCoverage: 1,
  mutants: [
    {
      change: "strict order condition: unhackable exactly when every strict preference of the goal is a strict one of the proxy",
      conclusion: (table) => hackableValues(table.trueValues, table.proxyValues) === !orderCondition(table, true),
    },
    {
      change: "the strength of the open-set theorem on any set: an unhackable pair is trivial or equivalent",
      conclusion: ({ trueValues, proxyValues }) =>
        hackableValues(trueValues, proxyValues) || trivialValues(trueValues) || trivialValues(proxyValues) || equivalentValues(trueValues, proxyValues),
    },
  ],
};

// ---- convex sets of visit counts ----

interface ConvexInstance {
  /** columns are the vertices A e_a of D = A·Δ */
  matrix: number[][];
  trueReward: number[];
  proxyReward: number[];
  policies: number[][];
}

const convexInstance: fc.Arbitrary<ConvexInstance> = fc
  .record({ arms: fc.integer({ min: 1, max: 5 }), dimension: fc.integer({ min: 1, max: 4 }) })
  .chain(({ arms, dimension }) =>
    fc
      .record({
        matrix: fc.array(integers(arms, 2), { minLength: dimension, maxLength: dimension }),
        trueReward: integers(dimension),
        other: integers(dimension),
        shape: fc.constantFrom("random", "random", "multiple", "negated", "zero"),
        c: fc.integer({ min: 1, max: 3 }),
        policies: fc.array(policyOver(arms), { minLength: 8, maxLength: 8 }),
      })
      .map(({ matrix, trueReward, other, shape, c, policies }) => ({
        matrix,
        trueReward,
        proxyReward:
          shape === "random" ? other
          : shape === "multiple" ? trueReward.map((x) => c * x)
          : shape === "negated" ? trueReward.map((x) => -c * x)
          : trueReward.map(() => 0),
        policies,
      })),
  );

const image = (matrix: readonly (readonly number[])[], policy: readonly number[]) => matrix.map((row) => dot(row, policy));
/** The rewards as seen by the mixture weights: s = Aᵀ r, so that r·(Aπ) = s·π. */
const pulledBack = (matrix: readonly (readonly number[])[], reward: readonly number[]) =>
  matrix[0]!.map((_, a) => matrix.reduce((sum, row, i) => sum + row[a]! * reward[i]!, 0));

/** No pair of the sampled points of D is hacked (beyond rounding). */
function noSampledHack(instance: ConvexInstance): boolean {
  const points = instance.policies.map((p) => image(instance.matrix, p));
  return !hackableValues(points.map((x) => dot(instance.trueReward, x)), points.map((x) => dot(instance.proxyReward, x)), 1e-9);
}

/** The hacking pair of the proof, carried into D, checked in D's own coordinates. */
function hackingPairInConvexSet(instance: ConvexInstance): boolean {
  const sTrue = pulledBack(instance.matrix, instance.trueReward);
  const sProxy = pulledBack(instance.matrix, instance.proxyReward);
  const pair = simplexHackingPair(sTrue, sProxy);
  if (pair === undefined) return false;
  const [x, y] = [image(instance.matrix, pair.from), image(instance.matrix, pair.to)];
  return dot(instance.proxyReward, y) > dot(instance.proxyReward, x) && dot(instance.trueReward, y) < dot(instance.trueReward, x);
}

function convexConclusion(instance: ConvexInstance, equivalent: (sTrue: number[], sProxy: number[]) => boolean): boolean {
  const sTrue = pulledBack(instance.matrix, instance.trueReward);
  const sProxy = pulledBack(instance.matrix, instance.proxyReward);
  if (!constant(sTrue) && !constant(sProxy) && !equivalent(sTrue, sProxy)) return hackingPairInConvexSet(instance);
  if (!noSampledHack(instance)) return false;
  if (constant(sTrue) || constant(sProxy)) return true;
  // equivalent: J_proxy − c·J_true is constant on D, with c the ratio of the centred pulled-back rewards
  const [gTrue, gProxy] = [centred(sTrue), centred(sProxy)];
  const c = dot(gProxy, gTrue) / dot(gTrue, gTrue);
  const offsets = instance.policies.map((p) => {
    const x = image(instance.matrix, p);
    return dot(instance.proxyReward, x) - c * dot(instance.trueReward, x);
  });
  return c > 0 && trivialValues(offsets, 1e-9 * (1 + Math.max(...offsets.map(Math.abs))));
}

const convexUnhackable: Claim<ConvexInstance> = {
  check: CONVEX_UNHACKABLE_CHECK,
  seed: 2209_13086,
  sample: convexInstance,
  hypothesis: () => true,
  conclusion: (instance) => convexConclusion(instance, positivelyParallelCentred),
  minimumCoverage: 1,
  mutants: [
    {
      change: "the abstract's wording: two rewards are unhackable only if one of them is constant",
      conclusion: (instance) => {
        const [sTrue, sProxy] = [pulledBack(instance.matrix, instance.trueReward), pulledBack(instance.matrix, instance.proxyReward)];
        return constant(sTrue) || constant(sProxy) || hackingPairInConvexSet(instance);
      },
    },
    {
      change: "drop convexity: D only the vertices A e_a (the deterministic policies)",
      conclusion: (instance) => {
        const [sTrue, sProxy] = [pulledBack(instance.matrix, instance.trueReward), pulledBack(instance.matrix, instance.proxyReward)];
        return constant(sTrue) || constant(sProxy) || equivalentValues(sTrue, sProxy) || hackableValues(sTrue, sProxy);
      },
    },
    {
      change: "equivalence for a multiple of either sign",
      conclusion: (instance) => convexConclusion(instance, parallelCentred),
    },
  ],
};

// ---- bandits with real rewards: the library's verdict ----

interface BanditInstance {
  trueRewards: number[];
  proxyRewards: number[];
  policies: number[][];
}

const banditInstance: fc.Arbitrary<BanditInstance> = fc.integer({ min: 2, max: 6 }).chain((arms) =>
  fc
    .record({
      trueRewards: fc.array(finite(-3, 3), { minLength: arms, maxLength: arms }),
      other: fc.array(finite(-3, 3), { minLength: arms, maxLength: arms }),
      shape: fc.constantFrom("random", "affine", "affine", "negated", "constant", "trivial goal"),
      c: finite(0.1, 3),
      b: finite(-2, 2),
      policies: fc.array(policyOver(arms), { minLength: 10, maxLength: 10 }),
    })
    .map(({ trueRewards, other, shape, c, b, policies }) => ({
      trueRewards: shape === "trivial goal" ? trueRewards.map(() => b) : trueRewards,
      proxyRewards:
        shape === "affine" ? trueRewards.map((x) => c * x + b)
        : shape === "negated" ? trueRewards.map((x) => -c * x + b)
        : shape === "constant" ? trueRewards.map(() => b)
        : other,
      policies,
    })),
);

const scaleOf = (...vectors: number[][]) => Math.max(1, ...vectors.flatMap((v) => v.map(Math.abs)));

function banditConclusion(instance: BanditInstance, hackable: boolean): boolean {
  const { trueRewards, proxyRewards, policies } = instance;
  if (hackable) {
    const pair = simplexHackingPair(trueRewards, proxyRewards);
    if (pair === undefined) return false;
    const valid = (p: number[]) => Math.min(...p) >= -1e-12 && Math.abs(p.reduce((s, x) => s + x, 0) - 1) < 1e-12;
    return valid(pair.from) && valid(pair.to) && isHackingPair(trueRewards, proxyRewards, pair.from, pair.to);
  }
  // ten times the library's tolerance: a reward it calls constant may still move J by twice that
  const tolerance = 1e-8 * scaleOf(trueRewards, proxyRewards);
  return !hackableValues(policies.map((p) => banditValue(trueRewards, p)), policies.map((p) => banditValue(proxyRewards, p)), tolerance);
}

/** r = c·r* + b·1 for some c of the given sign (and any b, or b = 0 when `shift` is false), to rounding. */
function affineMultiple(trueRewards: number[], proxyRewards: number[], sign: 1 | -1 | 0, shift = true): boolean {
  const [g, h] = shift ? [centred(trueRewards), centred(proxyRewards)] : [trueRewards, proxyRewards];
  const c = dot(h, g) / dot(g, g);
  const tolerance = 1e-9 * scaleOf(trueRewards, proxyRewards);
  const parallel = h.every((x, a) => Math.abs(x - c * g[a]!) <= tolerance);
  return parallel && (sign === 0 ? c !== 0 : sign * c > 0);
}

const banditUnhackable: Claim<BanditInstance> = {
  check: BANDIT_UNHACKABLE_CHECK,
  seed: 2209_13087,
  sample: banditInstance,
  hypothesis: () => true,
  conclusion: (instance) => banditConclusion(instance, simplexVerdict(instance.trueRewards, instance.proxyRewards).hackable),
  minimumCoverage: 1,
  mutants: [
    {
      change: "allow a negative multiple: unhackable when r = c·r* + b·1 with c ≠ 0",
      conclusion: (instance) => {
        const { trueRewards, proxyRewards } = instance;
        const verdict = simplexVerdict(trueRewards, proxyRewards);
        return banditConclusion(instance, !verdict.trueTrivial && !verdict.proxyTrivial && !affineMultiple(trueRewards, proxyRewards, 0));
      },
    },
    {
      change: "drop the shift: unhackable only when r = c·r* with c > 0",
      conclusion: (instance) => {
        const { trueRewards, proxyRewards } = instance;
        const verdict = simplexVerdict(trueRewards, proxyRewards);
        return banditConclusion(instance, !verdict.trueTrivial && !verdict.proxyTrivial && !affineMultiple(trueRewards, proxyRewards, 1, false));
      },
    },
  ],
};

// ---- hacking directions and optimisation efficiency ----

interface DirectionInstance {
  trueRewards: number[];
  proxyRewards: number[];
  first: number[];
  second: number[];
  direction: number[];
  step: number;
}

const directionInstance: fc.Arbitrary<DirectionInstance> = fc.integer({ min: 2, max: 5 }).chain((arms) =>
  fc
    .record({
      trueRewards: integers(arms),
      other: integers(arms),
      shape: fc.constantFrom("random", "random", "affine", "negated"),
      c: fc.integer({ min: 1, max: 3 }),
      first: policyOver(arms),
      second: policyOver(arms),
      rawDirection: integers(arms),
      step: finite(0.05, 1),
    })
    .map(({ trueRewards, other, shape, c, first, second, rawDirection, step }) => ({
      trueRewards,
      proxyRewards: shape === "random" ? other : shape === "affine" ? trueRewards.map((x) => c * x + 1) : trueRewards.map((x) => -c * x),
      // interior policies: mixed with the uniform one
      first: first.map((p) => 0.5 * p + 0.5 / arms),
      second: second.map((p) => 0.5 * p + 0.5 / arms),
      direction: centred(rawDirection),
      step,
    })),
);

/** The directional derivative of J along u at π, by a difference quotient (J is linear, so it is exact up to rounding). */
const derivative = (rewards: number[], policy: number[], u: number[]) => {
  const h = 1e-3;
  return (banditValue(rewards, policy.map((p, a) => p + h * u[a]!)) - banditValue(rewards, policy)) / h;
};

function directionConclusion(instance: DirectionInstance, unhackableWhen: (efficiency: number) => boolean, hackWhen: (proxyEfficiency: number, goalEfficiency: number) => boolean): boolean {
  const { trueRewards, proxyRewards, first, second, direction, step } = instance;
  const [g, gStar] = [centred(proxyRewards), centred(trueRewards)];
  // (1) the gradient on the affine hull is the centred reward at both interior points
  for (const policy of [first, second]) {
    if (Math.abs(derivative(proxyRewards, policy, direction) - dot(g, direction)) > 1e-9) return false;
    if (Math.abs(derivative(trueRewards, policy, direction) - dot(gStar, direction)) > 1e-9) return false;
  }
  const efficiency = cosine(g, gStar);
  // (2) for non-trivial pairs: unhackable on the simplex exactly when the efficiency is 1
  if (!constant(trueRewards) && !constant(proxyRewards)) {
    if (positivelyParallelCentred(trueRewards, proxyRewards) !== unhackableWhen(efficiency)) return false;
  }
  // (3) a straight move from `first` along the direction, kept in the simplex
  if (direction.every((x) => x === 0)) return true;
  const room = Math.min(...direction.map((x, a) => (x < 0 ? first[a]! / -x : Infinity)));
  const to = first.map((p, a) => p + step * room * direction[a]!);
  const move = to.map((p, a) => p - first[a]!);
  // changes below 1e-12 are rounding: a non-zero g·move is at least 1e-4 here (integer rewards, step ≥ 0.05·room)
  const proxyGain = banditValue(proxyRewards, to) - banditValue(proxyRewards, first);
  const goalGain = banditValue(trueRewards, to) - banditValue(trueRewards, first);
  const hack = proxyGain > 1e-12 && goalGain < -1e-12;
  return hack === hackWhen(optimizationEfficiency(move, g), optimizationEfficiency(move, gStar));
}

const hackingDirection: Claim<DirectionInstance> = {
  check: HACKING_DIRECTION_CHECK,
  seed: 2209_13088,
  sample: directionInstance,
  hypothesis: () => true,
  conclusion: (instance) =>
    directionConclusion(instance, (efficiency) => efficiency >= 1 - 1e-12, (proxyEfficiency, goalEfficiency) => proxyEfficiency > 1e-12 && goalEfficiency < -1e-12),
  minimumCoverage: 1,
  mutants: [
    {
      change: "unhackable as soon as the efficiency is positive",
      conclusion: (instance) => directionConclusion(instance, (efficiency) => efficiency > 0, (p, q) => p > 1e-12 && q < -1e-12),
    },
    {
      change: "a move hacks whenever its efficiency on the goal is negative (the proxy condition dropped)",
      conclusion: (instance) => directionConclusion(instance, (efficiency) => efficiency >= 1 - 1e-12, (_, q) => q < -1e-12),
    },
  ],
};

// ---- the open-set theorem on small MDPs ----

interface MdpInstance {
  mdp: FiniteMdp;
  actions: number;
  trueReward: number[][][];
  proxyReward: number[][][];
  centre: number[][];
  radius: number;
}

const mdpInstance: fc.Arbitrary<MdpInstance> = fc
  .record({ states: fc.integer({ min: 1, max: 3 }), actions: fc.integer({ min: 2, max: 3 }) })
  .chain(({ states, actions }) => {
    const perTransition = fc.array(fc.array(integers(states), { minLength: actions, maxLength: actions }), { minLength: states, maxLength: states });
    const distribution = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: states, maxLength: states }).map((w) => normalise(w.map((x) => x + 0.5)));
    return fc
      .record({
        transition: fc.array(fc.array(distribution, { minLength: actions, maxLength: actions }), { minLength: states, maxLength: states }),
        initial: distribution,
        discount: finite(0.3, 0.9),
        trueReward: perTransition,
        other: perTransition,
        potential: integers(states),
        shape: fc.constantFrom("random", "random", "affine", "shaped", "constant", "negated"),
        a: fc.integer({ min: 1, max: 3 }),
        b: fc.integer({ min: -2, max: 2 }),
        centre: fc.array(policyOver(actions), { minLength: states, maxLength: states }),
        radius: finite(0.01, 0.1),
      })
      .map(({ transition, initial, discount, trueReward, other, potential, shape, a, b, centre, radius }) => ({
        mdp: { transition, initial, discount },
        actions,
        trueReward,
        proxyReward: trueReward.map((byAction, s) =>
          byAction.map((byNext, act) =>
            byNext.map((r, t) =>
              shape === "random" ? other[s]![act]![t]!
              : shape === "affine" ? a * r + b
              // potential shaping: J changes by a constant, −Σ initial(s) Φ(s)
              : shape === "shaped" ? r + discount * potential[t]! - potential[s]!
              : shape === "constant" ? b
              : -r,
            ),
          ),
        ),
        // an interior centre: every probability at least 1/(2·|A|) > radius
        centre: centre.map((p) => p.map((q) => 0.5 * q + 0.5 / actions)),
        radius,
      }));
  });

/**
 * The part of r̄ that differences of visit counts see: its projection on the null space of the flow
 * matrix M, r̄ − Mᵀ(MMᵀ)⁻¹M r̄. J is constant on an open set of policies exactly when it is zero.
 */
function visibleReward(mdp: FiniteMdp, reward: number[][][]): number[] {
  const r = expectedReward(mdp, reward).flat();
  const m = flowMatrix(mdp);
  const y = solveLinearSystem(m.map((row) => m.map((other) => dot(row, other))), m.map((row) => dot(row, r)));
  return r.map((x, i) => x - m.reduce((sum, row, s) => sum + row[i]! * y[s]!, 0));
}

interface MdpClassification {
  trueTrivial: boolean;
  proxyTrivial: boolean;
  equivalent: boolean;
}

function classify({ mdp, trueReward, proxyReward }: MdpInstance): MdpClassification {
  const [gTrue, gProxy] = [visibleReward(mdp, trueReward), visibleReward(mdp, proxyReward)];
  const tolerance = 1e-9 * (1 + Math.max(...gTrue.map(Math.abs), ...gProxy.map(Math.abs)));
  const trueTrivial = gTrue.every((x) => Math.abs(x) <= tolerance);
  const proxyTrivial = gProxy.every((x) => Math.abs(x) <= tolerance);
  const c = trueTrivial ? 0 : dot(gProxy, gTrue) / dot(gTrue, gTrue);
  const equivalent = !trueTrivial && !proxyTrivial && c > 0 && gProxy.every((x, i) => Math.abs(x - c * gTrue[i]!) <= tolerance);
  return { trueTrivial, proxyTrivial, equivalent };
}

/**
 * A hacking pair inside the box around the centre: move the centre's visit counts along v = δ·g − w
 * (g the proxy's visible reward, w the goal's part orthogonal to it), read off the policy, shorten the
 * move until the policy is in the box, and compare both values by policy evaluation.
 */
function hackingPairInBox(instance: MdpInstance): boolean {
  const { mdp, actions, trueReward, proxyReward, centre, radius } = instance;
  const [g, gStar] = [visibleReward(mdp, proxyReward), visibleReward(mdp, trueReward)];
  const gg = dot(g, g);
  if (gg < 1e-18) return false;
  const c = dot(gStar, g) / gg;
  const w = gStar.map((x, i) => x - c * g[i]!);
  const ww = dot(w, w);
  if (ww < 1e-18 && c >= 0) return false;
  const delta = ww < 1e-18 || c <= 0 ? 1 : ww / (2 * c * gg);
  const v = g.map((x, i) => delta * x - w[i]!);
  const visits = occupancy(mdp, centre);
  const length = Math.max(...v.map(Math.abs));
  const before = [mdpValue(mdp, centre, proxyReward), mdpValue(mdp, centre, trueReward)] as const;
  for (let halvings = 0; halvings < 40; halvings++) {
    const epsilon = (radius * 2 ** -halvings) / length;
    const moved = visits.map((d, i) => d + epsilon * v[i]!);
    if (moved.some((d) => d <= 0)) continue;
    const policy = policyFromOccupancy(moved, actions);
    if (policy.some((row, s) => row.some((q, a) => Math.abs(q - centre[s]![a]!) >= radius))) continue;
    const after = [mdpValue(mdp, policy, proxyReward), mdpValue(mdp, policy, trueReward)] as const;
    return after[0] > before[0] && after[1] < before[1];
  }
  return false;
}

/** The deterministic policies, all |A|^|S| of them. */
function deterministic(states: number, actions: number): number[][][] {
  let policies: number[][][] = [[]];
  for (let s = 0; s < states; s++) {
    policies = policies.flatMap((partial) => Array.from({ length: actions }, (_, a) => [...partial, Array.from({ length: actions }, (_, b) => (a === b ? 1 : 0))]));
  }
  return policies;
}

const openSetUnhackable: Claim<MdpInstance> = {
  check: OPEN_SET_CHECK,
  seed: 2209_13089,
  sample: mdpInstance,
  // the contrapositive: non-trivial and not equivalent on Π, hence hackable on Π
  hypothesis: (instance) => {
    const { trueTrivial, proxyTrivial, equivalent } = classify(instance);
    return !trueTrivial && !proxyTrivial && !equivalent;
  },
  conclusion: hackingPairInBox,
  minimumCoverage: 0.3,
  mutants: [
    {
      change: "Π finite: the deterministic policies instead of an open set",
      conclusion: ({ mdp, trueReward, proxyReward }) => {
        const policies = deterministic(mdp.initial.length, mdp.transition[0]!.length);
        const trueValues = policies.map((p) => mdpValue(mdp, p, trueReward));
        const proxyValues = policies.map((p) => mdpValue(mdp, p, proxyReward));
        const tolerance = 1e-9 * (1 + Math.max(...trueValues.map(Math.abs), ...proxyValues.map(Math.abs)));
        if (trivialValues(trueValues, tolerance) || trivialValues(proxyValues, tolerance) || equivalentValues(trueValues, proxyValues, tolerance)) return true;
        return hackableValues(trueValues, proxyValues, tolerance);
      },
    },
    {
      change: "drop non-triviality",
      hypothesis: (instance) => !classify(instance).equivalent,
    },
    {
      change: "the abstract's wording: non-trivial pairs are hackable (equivalence forgotten)",
      hypothesis: (instance) => {
        const { trueTrivial, proxyTrivial } = classify(instance);
        return !trueTrivial && !proxyTrivial;
      },
    },
  ],
};

// ---- finite sets: affinely independent policies ----

interface FiniteInstance {
  policies: number[][];
  trueRewards: number[];
}

const finiteInstance: fc.Arbitrary<FiniteInstance> = fc.integer({ min: 3, max: 5 }).chain((arms) =>
  fc.integer({ min: 3, max: arms }).chain((count) =>
    fc
      .record({
        policies: fc.array(policyOver(arms), { minLength: count, maxLength: count }),
        trueRewards: fc.array(finite(-3, 3), { minLength: arms, maxLength: arms }),
        collinear: fc.boolean(),
      })
      // optionally the third policy the midpoint of the first two: an affinely dependent set
      .map(({ policies, trueRewards, collinear }) => ({
        policies: collinear ? policies.map((p, j) => (j === 2 ? p.map((_, a) => (policies[0]![a]! + policies[1]![a]!) / 2) : p)) : policies,
        trueRewards,
      })),
  ),
);

/** Affinely independent probability vectors: their Gram matrix is non-singular (checked by its smallest pivot). */
function affinelyIndependent(policies: number[][]): boolean {
  const gram = policies.map((p) => policies.map((q) => dot(p, q)));
  try {
    solveLinearSystem(gram, policies.map(() => 1));
  } catch {
    return false;
  }
  // the solver's pivot threshold is absolute; demand a well-conditioned set as well
  const n = policies.length;
  const a = gram.map((row) => [...row]);
  let smallest = Infinity;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(a[row]![col]!) > Math.abs(a[pivot]![col]!)) pivot = row;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    smallest = Math.min(smallest, Math.abs(a[col]![col]!));
    for (let row = col + 1; row < n; row++) {
      const f = a[row]![col]! / a[col]![col]!;
      for (let k = col; k < n; k++) a[row]![k]! -= f * a[col]![k]!;
    }
  }
  return smallest > 1e-6;
}

/** The proof's proxy: values 0, 0, 1, 2, … in the goal's order, solved for on the span of the policies. */
function constructedProxy({ policies, trueRewards }: FiniteInstance): boolean {
  const trueValues = policies.map((p) => banditValue(trueRewards, p));
  const order = trueValues.map((_, j) => j).sort((i, j) => trueValues[i]! - trueValues[j]!);
  const targets = new Array<number>(policies.length);
  order.forEach((j, rank) => (targets[j] = Math.max(0, rank - 1)));
  let proxyRewards: number[];
  try {
    const y = solveLinearSystem(policies.map((p) => policies.map((q) => dot(p, q))), targets);
    proxyRewards = policies[0]!.map((_, a) => policies.reduce((sum, p, j) => sum + p[a]! * y[j]!, 0));
  } catch {
    return false;
  }
  const proxyValues = policies.map((p) => banditValue(proxyRewards, p));
  const tolerance = 1e-7;
  if (proxyValues.some((x, j) => Math.abs(x - targets[j]!) > tolerance)) return false;
  return (
    !trivialValues(proxyValues, tolerance) &&
    !hackableValues(trueValues, proxyValues, tolerance) &&
    !equivalentValues(trueValues, proxyValues, tolerance) &&
    simplificationValues(trueValues, proxyValues, tolerance)
  );
}

const distinctTrueValues = ({ policies, trueRewards }: FiniteInstance) => {
  const values = policies.map((p) => banditValue(trueRewards, p)).sort((a, b) => a - b);
  return values.every((x, j) => j === 0 || x - values[j - 1]! > 1e-4);
};

const finiteUnhackable: Claim<FiniteInstance> = {
  check: FINITE_UNHACKABLE_CHECK,
  seed: 2209_13090,
  sample: finiteInstance,
  hypothesis: (instance) => affinelyIndependent(instance.policies) && distinctTrueValues(instance),
  conclusion: constructedProxy,
  minimumCoverage: 0.25,
  mutants: [
    {
      // on three policies, where a collinear set admits no simplification at all (the remark after the
      // proposition), so the failure is the statement's and not only the construction's
      change: "drop affine independence (three collinear policies allowed)",
      hypothesis: (instance) => instance.policies.length === 3 && distinctTrueValues(instance),
    },
  ],
};

export const claims = [unhackableOrder, convexUnhackable, banditUnhackable, hackingDirection, openSetUnhackable, finiteUnhackable];
