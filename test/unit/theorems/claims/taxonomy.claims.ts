/** Claims for content/taxonomy/*.mdx. */
import fc from "fast-check";
import {
  ADVERSARIAL_MIXTURE_CHECK,
  ADVERSARY_SLACK_CHECK,
  CAUSE_SHAPES_CHECK,
  EXTREMAL_DECREASE_CHECK,
  EXTREMAL_FLOW_CHECK,
  NO_PATH_CHECK,
  OE_FRACTION_CHECK,
  REFINEMENT_CHECK,
  REGRESSIONAL_ABSENT_CHECK,
  REGRESSIONAL_ABSENT_PARTS_CHECK,
  SINGLE_CHANNEL_CHECK,
  UNCHANGED_GOAL_INPUTS_CHECK,
} from "../../../../src/lib/theorems/checks";
import {
  environmentLaw,
  expectedGradient,
  expectedNode,
  hasPath,
  isLever,
  nodeEffect,
  reachableFromTheta,
  refineProxy,
  solve,
  type StandardFormModel,
} from "../../../../src/lib/theorems/causalGraph";
import { add, addScaled, cosineSimilarity, dot, norm, scale, type Vector } from "../../../../src/lib/theorems/vectors";
import { finite, nonZeroVector, smoothObjective, tol, vector, type SmoothObjective } from "../arbitraries";
import type { Claim } from "../falsification";
import { environmentRoot, mechanismOver, modelInstance, modelInstanceOf, type ModelInstance } from "../generators/causalModels";

const unit = (v: Vector) => scale(v, 1 / norm(v));
const isZero = (v: Vector) => v.every((x) => x === 0);

/** Integer vectors: parallel vectors are then exactly parallel, and non-parallel ones far from it. */
const integerVector = (d: number) => fc.array(fc.integer({ min: -3, max: 3 }), { minLength: d, maxLength: d });

/** A pair (g, g*) of integer vectors: random, or g a positive, negative or zero multiple of g*. */
const integerPair = fc.integer({ min: 1, max: 4 }).chain((d) =>
  fc
    .record({
      goal: integerVector(d),
      other: integerVector(d),
      multiple: fc.oneof(fc.constant(null), fc.constantFrom(1, 2, 3, -1, -2, 0, 0.5)),
    })
    .map(({ goal, other, multiple }) => ({ g: multiple === null ? other : scale(goal, multiple), gStar: goal })),
);

/** g = c·g* for some c > 0, decided exactly: every 2×2 minor vanishes and g·g* > 0. */
function positiveMultiple(g: Vector, gStar: Vector): boolean {
  for (let i = 0; i < g.length; i++) for (let j = 0; j < i; j++) if (g[i]! * gStar[j]! !== g[j]! * gStar[i]!) return false;
  return dot(g, gStar) > 0;
}

const efficiencyIsOne = (g: Vector, gStar: Vector) => cosineSimilarity(g, gStar) >= 1 - 1e-12;

// ---- regressional ----

interface FractionInstance {
  g: number[];
  gStar: number[];
  /** random directions, rescaled to the length of g */
  directions: number[][];
}

const fractionInstance: fc.Arbitrary<FractionInstance> = fc.integer({ min: 1, max: 5 }).chain((d) =>
  fc
    .record({
      gStar: vector(d),
      g: vector(d),
      shape: fc.constantFrom("random", "random", "parallel", "opposite", "orthogonal"),
      c: finite(0.1, 3),
      directions: fc.array(nonZeroVector(d), { minLength: 1, maxLength: 4 }),
    })
    .map(({ gStar, g, shape, c, directions }) => {
      const along = dot(gStar, gStar) > 0 ? addScaled(g, -dot(g, gStar) / dot(gStar, gStar), gStar) : g;
      const proxy = shape === "parallel" ? scale(gStar, c) : shape === "opposite" ? scale(gStar, -c) : shape === "orthogonal" ? along : g;
      return { g: proxy, gStar, directions: directions.map((u) => scale(unit(u), norm(proxy))) };
    }),
);

const bestDirection = ({ g, gStar }: FractionInstance) => scale(gStar, norm(g) / norm(gStar));
const attainable = ({ g, gStar }: FractionInstance) => norm(g) * norm(gStar);

const oeAsFraction: Claim<FractionInstance> = {
  check: OE_FRACTION_CHECK,
  seed: 6101,
  sample: fractionInstance,
  hypothesis: ({ g, gStar }) => norm(g) > 1e-6 && norm(gStar) > 1e-6,
  conclusion: (s) => {
    const max = attainable(s);
    const slack = tol(max);
    return (
      Math.abs(dot(bestDirection(s), s.gStar) - max) <= slack &&
      s.directions.every((d) => dot(d, s.gStar) <= max + slack) &&
      Math.abs(dot(s.g, s.gStar) / max - cosineSimilarity(s.g, s.gStar)) <= 1e-9
    );
  },
  mutants: [
    { change: "the proxy's own step is the best direction", conclusion: (s) => dot(s.g, s.gStar) >= attainable(s) - tol(attainable(s)) },
    { change: "the fraction is (1 + OE)/2", conclusion: (s) => Math.abs(dot(s.g, s.gStar) / attainable(s) - (1 + cosineSimilarity(s.g, s.gStar)) / 2) <= 1e-9 },
  ],
};

const regressionalAbsent: Claim<{ g: number[]; gStar: number[] }> = {
  check: REGRESSIONAL_ABSENT_CHECK,
  seed: 6102,
  sample: integerPair,
  hypothesis: ({ g, gStar }) => !isZero(g) && !isZero(gStar),
  conclusion: ({ g, gStar }) => efficiencyIsOne(g, gStar) === positiveMultiple(g, gStar),
  mutants: [
    { change: "any non-zero multiple, not only a positive one", conclusion: ({ g, gStar }) => efficiencyIsOne(g, gStar) === (positiveMultiple(g, gStar) || positiveMultiple(scale(g, -1), gStar)) },
    { change: "drop the hypothesis that the gradients are non-zero (0 = 1·0)", hypothesis: () => true, conclusion: ({ g, gStar }) => efficiencyIsOne(g, gStar) === (positiveMultiple(g, gStar) || (isZero(g) && isZero(gStar))) },
  ],
};

/**
 * A random model with goal U*, and a proxy node appended: U = a·U* + b·tanh U* (a monotone h when a > 0
 * and a + b > 0; deterministic models, so that the expected proxy is h of the expected goal), or
 * U = U* + a·x + b·tanh x, with x an environment root (noise N(E)) or a parameter (noise that depends on θ).
 */
interface ProxyOfGoal {
  model: StandardFormModel;
  theta: number[];
  goal: number;
  proxy: number;
  kind: "monotone" | "noise" | "noiseFromTheta";
  a: number;
  b: number;
}

const proxyOfGoal: fc.Arbitrary<ProxyOfGoal> = fc
  .record({ s: modelInstance, kind: fc.constantFrom("monotone", "noise", "noiseFromTheta"), a: finite(-2, 2), b: finite(-2, 2) })
  .map(({ s, kind, a, b }) => {
    const environmentRoots = s.model.environment.map((_, k) => s.model.thetaCount + k);
    const model = kind === "monotone" ? dropEnvironment(s.model) : s.model;
    const goal = kind === "monotone" ? s.goal - s.model.environment.length : s.goal;
    const source = kind === "noiseFromTheta" || environmentRoots.length === 0 ? 0 : environmentRoots[0]!;
    const mechanism =
      kind === "monotone"
        ? { parents: [goal], constant: 0, linear: [a], saturating: [b] }
        : { parents: [goal, source], constant: 0, linear: [1, a], saturating: [0, b] };
    const proxy = model.thetaCount + model.environment.length + model.mechanisms.length;
    return { model: { ...model, mechanisms: [...model.mechanisms, mechanism] }, theta: s.theta, goal, proxy, kind: source === 0 && kind !== "monotone" ? "noiseFromTheta" : kind, a, b };
  });

/** The same model without environment roots: every reference to a root is replaced by a parameter. */
function dropEnvironment(m: StandardFormModel): StandardFormModel {
  const first = m.thetaCount;
  const shift = m.environment.length;
  const renumber = (p: number) => (p < first ? p : p < first + shift ? 0 : p - shift);
  return {
    thetaCount: m.thetaCount,
    environment: [],
    mechanisms: m.mechanisms.map((mech) => ({ ...mech, parents: mech.parents.map(renumber) })),
  };
}

const proxyOfGoalEfficiency = ({ model, theta, goal, proxy }: ProxyOfGoal) =>
  cosineSimilarity(expectedGradient(model, proxy, theta), expectedGradient(model, goal, theta));
const goalGradientNonZero = ({ model, theta, goal }: ProxyOfGoal) => norm(expectedGradient(model, goal, theta)) > 1e-9;

const regressionalAbsentParts: Claim<ProxyOfGoal> = {
  check: REGRESSIONAL_ABSENT_PARTS_CHECK,
  seed: 6112,
  sample: proxyOfGoal,
  hypothesis: (s) => goalGradientNonZero(s) && (s.kind === "noise" || (s.kind === "monotone" && s.a > 0 && s.a + s.b > 0)),
  conclusion: (s) => proxyOfGoalEfficiency(s) >= 1 - 1e-9,
  minimumCoverage: 0.15,
  mutants: [
    { change: "h' > 0 dropped", hypothesis: (s) => goalGradientNonZero(s) && (s.kind === "noise" || s.kind === "monotone") },
    { change: "noise that depends on θ", hypothesis: (s) => goalGradientNonZero(s) && s.kind !== "monotone" },
  ],
};

// ---- extremal ----

/**
 * Gradient flow on a proxy whose flow is known in closed form: linear, U = b·θ (θ_t = θ_0 + t·b), or a bowl,
 * U = −k|θ − m|² (θ_t = m + e^{−2kt}(θ_0 − m)); the goal is quadratic, U* = c·θ + ½θᵀQθ.
 */
interface FlowInstance {
  c: number[];
  Q: number[][];
  theta0: number[];
  proxy: { kind: "linear"; b: number[] } | { kind: "bowl"; m: number[]; k: number };
  T1: number;
  T2: number;
}

const flowInstance: fc.Arbitrary<FlowInstance> = fc.integer({ min: 1, max: 4 }).chain((d) =>
  fc
    .record({
      c: vector(d),
      q: vector(d * d, 1.5),
      theta0: vector(d, 2),
      b: nonZeroVector(d),
      m: vector(d, 2),
      k: finite(0.1, 1),
      bowl: fc.boolean(),
      T1: finite(0, 2),
      length: finite(0.05, 2),
    })
    .map(({ c, q, theta0, b, m, k, bowl, T1, length }) => ({
      c,
      Q: Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => 0.5 * (q[i * d + j]! + q[j * d + i]!))),
      theta0,
      proxy: bowl ? { kind: "bowl" as const, m, k } : { kind: "linear" as const, b },
      T1,
      T2: T1 + length,
    })),
);

const flowAt = ({ theta0, proxy }: FlowInstance, t: number): number[] =>
  proxy.kind === "linear" ? addScaled(theta0, t, proxy.b) : addScaled(proxy.m, Math.exp(-2 * proxy.k * t), addScaled(theta0, -1, proxy.m));
const proxyValue = ({ proxy }: FlowInstance, theta: Vector) =>
  proxy.kind === "linear" ? dot(proxy.b, theta) : -proxy.k * dot(addScaled(theta, -1, proxy.m), addScaled(theta, -1, proxy.m));
const proxyGradientAt = ({ proxy }: FlowInstance, theta: Vector) => (proxy.kind === "linear" ? [...proxy.b] : scale(addScaled(theta, -1, proxy.m), -2 * proxy.k));
const goalValue = ({ c, Q }: FlowInstance, theta: Vector) => dot(c, theta) + 0.5 * Q.reduce((s, row, i) => s + theta[i]! * dot(row, theta), 0);
const goalGradientAt = ({ c, Q }: FlowInstance, theta: Vector) => c.map((ci, i) => ci + dot(Q[i]!, theta));
/** ∇U·∇U* along the flow: a positive factor times an affine function of t (linear) or of e^{−2kt} (bowl). */
const flowProduct = (s: FlowInstance, t: number) => dot(proxyGradientAt(s, flowAt(s, t)), goalGradientAt(s, flowAt(s, t)));
const GRID_STEPS = 8;
const flowGrid = (s: FlowInstance) => Array.from({ length: GRID_STEPS + 1 }, (_, i) => s.T1 + ((s.T2 - s.T1) * i) / GRID_STEPS);
const monotoneAlong = (s: FlowInstance, f: (theta: Vector) => number, direction: 1 | -1) => {
  const values = flowGrid(s).map((t) => f(flowAt(s, t)));
  return values.every((v, i) => i === 0 || direction * (v - values[i - 1]!) > 0);
};

const extremalFlow: Claim<FlowInstance> = {
  check: EXTREMAL_FLOW_CHECK,
  seed: 6111,
  sample: flowInstance,
  // OE < 0 on all of [T1, T2] exactly when it is at both ends (see flowProduct), with a margin for rounding
  hypothesis: (s) => !isZero(proxyGradientAt(s, s.theta0)) && flowProduct(s, s.T1) < -1e-6 && flowProduct(s, s.T2) < -1e-6,
  conclusion: (s) => monotoneAlong(s, (theta) => proxyValue(s, theta), 1) && monotoneAlong(s, (theta) => goalValue(s, theta), -1),
  minimumCoverage: 0.2,
  mutants: [
    { change: "negative efficiency only at T1", hypothesis: (s) => !isZero(proxyGradientAt(s, s.theta0)) && flowProduct(s, s.T1) < -1e-6 },
    { change: "the goal increases", conclusion: (s) => monotoneAlong(s, (theta) => goalValue(s, theta), 1) },
  ],
};

interface StepInstance {
  goal: SmoothObjective;
  theta: number[];
  g: number[];
  alpha: number;
}

/** One step θ + αg against a smooth goal; g mostly has negative efficiency on the goal, α up to past the threshold. */
const stepInstance: fc.Arbitrary<StepInstance> = fc.integer({ min: 1, max: 4 }).chain((d) =>
  fc
    .record({ goal: smoothObjective(d), theta: vector(d, 2), noise: vector(d, 1), against: finite(0.2, 3), share: fc.oneof({ arbitrary: finite(0, 1), weight: 3 }, { arbitrary: finite(1, 50), weight: 1 }) })
    .map(({ goal, theta, noise, against, share }) => {
      const gStar = goal.gradient(theta);
      const g = addScaled(scale(noise, 1), -against, gStar);
      const oe = cosineSimilarity(g, gStar);
      // the largest step the statement allows, times a share in [0, 50]: shares above 1 leave the hypothesis
      const threshold = goal.curvatureBound === 0 ? 1 : (2 * Math.abs(Math.min(oe, 0)) * norm(gStar)) / (goal.curvatureBound * Math.max(norm(g), 1e-12));
      return { goal, theta, g, alpha: share * threshold };
    }),
);

const goalChange = ({ goal, theta, g, alpha }: StepInstance) => goal.value(addScaled(theta, alpha, g)) - goal.value(theta);
const stepRhs = ({ goal, theta, g, alpha }: StepInstance) => -((alpha * goal.curvatureBound) / 2) * (norm(g) / norm(goal.gradient(theta)));

const extremalDecrease: Claim<StepInstance> = {
  check: EXTREMAL_DECREASE_CHECK,
  seed: 6103,
  sample: stepInstance,
  hypothesis: (s) =>
    s.alpha > 0 && norm(s.g) > 1e-6 && norm(s.goal.gradient(s.theta)) > 1e-6 && cosineSimilarity(s.g, s.goal.gradient(s.theta)) < stepRhs(s) - 1e-9,
  // strictly below, up to the rounding of two values of U*
  conclusion: (s) => goalChange(s) < 1e-12 * (1 + Math.abs(s.goal.value(s.theta))),
  mutants: [
    { change: "α may be 0", hypothesis: (s) => norm(s.g) > 1e-6 && norm(s.goal.gradient(s.theta)) > 1e-6 && cosineSimilarity(s.g, s.goal.gradient(s.theta)) < 0 && s.alpha >= 0, conclusion: (s) => goalChange({ ...s, alpha: 0 }) < 0 },
    { change: "every step size once OE < 0", hypothesis: (s) => s.alpha > 0 && norm(s.g) > 1e-6 && norm(s.goal.gradient(s.theta)) > 1e-6 && cosineSimilarity(s.g, s.goal.gradient(s.theta)) < 0 },
    { change: "the goal rises", conclusion: (s) => goalChange(s) > 0 },
  ],
};

// ---- tampering ----

const DELTAS = [-1.3, 0.7, 2.5];

/** U*_{v,δ} = U* for every δ (computed δ), ∂_v = 0 and OE_v = 0, for one objective node. */
function noEffect({ model, theta, v }: ModelInstance, objective: number): boolean {
  const base = expectedNode(model, objective, theta).value;
  return (
    DELTAS.every((delta) => expectedNode(model, objective, theta, "P", { node: v, delta }).value === base) &&
    Math.sign(nodeEffect(model, v, objective, theta)) === 0
  );
}

/** The corrected hypothesis: v is not the objective itself and no directed path (length ≥ 1) leads from v to it. */
const cannotReach = ({ model, v }: ModelInstance, objective: number) => v !== objective && !hasPath(model, v, objective);

const noPathNoEffect: Claim<ModelInstance> = {
  check: NO_PATH_CHECK,
  seed: 6104,
  sample: modelInstance,
  hypothesis: (s) => cannotReach(s, s.goal),
  conclusion: (s) => noEffect(s, s.goal) && (!cannotReach(s, s.proxy) || noEffect(s, s.proxy)),
  minimumCoverage: 0.2,
  mutants: [
    { change: "the page's hypothesis: v = U* allowed (no path of length ≥ 1 from U* to itself)", hypothesis: (s) => !hasPath(s.model, s.v, s.goal) },
    { change: "drop the hypothesis", hypothesis: () => true },
  ],
};

const effectSign = ({ model, theta, v }: ModelInstance, objective: number) => Math.sign(nodeEffect(model, v, objective, theta));
const lever = (s: ModelInstance) => isLever(s.model, s.v, s.proxy, s.goal, s.theta);

/** Which shape of Corollary "cause-shapes-criterion" the node v has; `allowObjectives` drops the correction v ∉ {U, U*}. */
function shape(s: ModelInstance, allowObjectives = false): "independent" | "goalToProxy" | "proxyToGoal" | null {
  const { model, v, proxy, goal } = s;
  if ((!allowObjectives && (v === proxy || v === goal)) || !reachableFromTheta(model, v)) return null;
  // "lies on a directed path from a to b": v = a, v = b, or an interior node
  const onPath = (a: number, b: number) => hasPath(model, a, b) && (v === a || v === b || (hasPath(model, a, v) && hasPath(model, v, b)));
  // an interior node of a path from U* to U is also an independent cause; test it as an intermediary
  if (onPath(goal, proxy)) return "goalToProxy";
  if (onPath(proxy, goal)) return "proxyToGoal";
  if (hasPath(model, v, proxy) && !hasPath(model, v, goal)) return "independent";
  return null;
}

function shapeConclusion(s: ModelInstance, allowObjectives = false): boolean {
  switch (shape(s, allowObjectives)) {
    case "independent":
      return effectSign(s, s.goal) === 0 && lever(s) === (effectSign(s, s.proxy) !== 0) && !hasPath(s.model, s.proxy, s.goal);
    case "goalToProxy":
      return effectSign(s, s.goal) === 0 && lever(s) === (effectSign(s, s.proxy) !== 0);
    case "proxyToGoal":
      return effectSign(s, s.proxy) === 0 && lever(s) === (effectSign(s, s.goal) !== 0);
    default:
      return true;
  }
}

/**
 * Random models in which (U, U*, v) is mostly re-chosen among the triples where v has one of the shapes,
 * v = U or v = U* included (the boundary the page's hypothesis lets in), so that every shape is frequent.
 */
const shapedInstance = fc.record({ s: modelInstanceOf(8, 0), pick: fc.nat(), keep: fc.integer({ min: 0, max: 4 }) }).map(({ s, pick, keep }) => {
  if (keep === 0) return s;
  const nodes = Array.from({ length: s.model.mechanisms.length }, (_, k) => s.model.thetaCount + s.model.environment.length + k);
  const triples = nodes.flatMap((proxy) => nodes.flatMap((goal) => (goal === proxy ? [] : nodes.map((v) => ({ ...s, proxy, goal, v })))));
  const shaped = triples.filter((t) => shape(t, true) !== null);
  return shaped.length === 0 ? s : shaped[pick % shaped.length]!;
});

const causeShapes: Claim<ModelInstance> = {
  check: CAUSE_SHAPES_CHECK,
  seed: 6105,
  sample: shapedInstance,
  hypothesis: (s) => shape(s) !== null,
  conclusion: (s) => shapeConclusion(s),
  minimumCoverage: 0.1,
  mutants: [
    { change: "the page's hypothesis: the cause or intermediary may be U or U* itself", hypothesis: (s) => shape(s, true) !== null, conclusion: (s) => shapeConclusion(s, true) },
    { change: "an independent cause is never a lever", conclusion: (s) => shape(s) !== "independent" || !lever(s) },
    { change: "an intermediary from U* to U has no effect on U", conclusion: (s) => shape(s) !== "goalToProxy" || effectSign(s, s.proxy) === 0 },
  ],
};

/** Models θ → v = g(θ) → U, U*, where U and U* see θ only through v (environment roots as further parents). */
interface ChannelInstance {
  model: StandardFormModel;
  theta: number[];
  v: number;
  proxy: number;
  goal: number;
}

const channelInstance: fc.Arbitrary<ChannelInstance> = fc
  .record({ thetaCount: fc.integer({ min: 1, max: 3 }), environment: fc.array(environmentRoot, { minLength: 0, maxLength: 2 }) })
  .chain(({ thetaCount, environment }) => {
    const thetaNodes = Array.from({ length: thetaCount }, (_, k) => k);
    const v = thetaCount + environment.length;
    const channelInputs = [v, ...environment.map((_, k) => thetaCount + k)];
    return fc.record({
      model: fc
        .tuple(mechanismOver(thetaNodes), mechanismOver(channelInputs, v), mechanismOver([...channelInputs, v + 1], v))
        .map((mechanisms): StandardFormModel => ({ thetaCount, environment, mechanisms })),
      theta: fc.oneof(fc.array(finite(-2, 2), { minLength: thetaCount, maxLength: thetaCount }), fc.constant(thetaNodes.map(() => 0))),
      order: fc.boolean(),
    }).map(({ model, theta, order }) => ({ model, theta, v, proxy: order ? v + 1 : v + 2, goal: order ? v + 2 : v + 1 }));
  });

const channelEfficiency = ({ model, theta, proxy, goal }: ChannelInstance) =>
  cosineSimilarity(expectedGradient(model, proxy, theta), expectedGradient(model, goal, theta));
const channelSigns = ({ model, theta, v, proxy, goal }: ChannelInstance) =>
  Math.sign(nodeEffect(model, v, proxy, theta)) * Math.sign(nodeEffect(model, v, goal, theta));
const channelGradient = ({ model, theta, v }: ChannelInstance) => expectedGradient(model, v, theta);

const singleChannel: Claim<ChannelInstance> = {
  check: SINGLE_CHANNEL_CHECK,
  seed: 6106,
  sample: channelInstance,
  hypothesis: (s) => !isZero(channelGradient(s)),
  conclusion: (s) => Math.abs(channelEfficiency(s) - channelSigns(s)) <= 1e-9,
  mutants: [
    { change: "drop ∇g ≠ 0", hypothesis: () => true },
    { change: "the efficiency is the product of the effects, not of their signs", conclusion: (s) => Math.abs(channelEfficiency(s) - nodeEffect(s.model, s.v, s.proxy, s.theta) * nodeEffect(s.model, s.v, s.goal, s.theta)) <= 1e-9 },
  ],
};

const refinementHypothesis = ({ model, proxy, goal }: ModelInstance) => reachableFromTheta(model, proxy) && !hasPath(model, proxy, goal);

function refinementConclusion({ model, theta, proxy, goal }: ModelInstance): boolean {
  const { model: refined, w, renumber } = refineProxy(model, proxy);
  const sameValues = environmentLaw(model, "P").every(({ values }) => {
    const before = solve(model, theta, values).values;
    const after = solve(refined, theta, values).values;
    return before.every((x, node) => after[renumber(node)] === x);
  });
  return sameValues && Math.sign(nodeEffect(refined, w, renumber(proxy), theta)) === 1 && isLever(refined, w, renumber(proxy), renumber(goal), theta);
}

const tamperingRefinement: Claim<ModelInstance> = {
  check: REFINEMENT_CHECK,
  seed: 6107,
  sample: modelInstance,
  hypothesis: refinementHypothesis,
  conclusion: refinementConclusion,
  minimumCoverage: 0.15,
  mutants: [
    { change: "drop 'the proxy is not a cause of the goal'", hypothesis: ({ model, proxy }) => reachableFromTheta(model, proxy) },
    { change: "drop 'the proxy depends on θ'", hypothesis: ({ model, proxy, goal }) => !hasPath(model, proxy, goal) },
  ],
};

// ---- generalisation ----

/** The changed roots: environment roots whose deployment law differs from the training law. */
const changedRoots = ({ model }: ModelInstance) =>
  model.environment.flatMap((root, k) => (root.weightsQ === root.weightsP ? [] : [model.thetaCount + k]));
const noChangedAncestor = (s: ModelInstance, node: number) => changedRoots(s).every((root) => !hasPath(s.model, root, node));

function unchangedGoal({ model, theta, proxy, goal }: ModelInstance): boolean {
  const p = expectedNode(model, goal, theta, "P").value;
  const q = expectedNode(model, goal, theta, "Q").value;
  const gradientP = expectedGradient(model, goal, theta, "P");
  const gradientQ = expectedGradient(model, goal, theta, "Q");
  const proxyGradient = expectedGradient(model, proxy, theta, "P");
  return (
    Math.abs(p - q) <= tol(p) &&
    gradientP.every((x, k) => Math.abs(x - gradientQ[k]!) <= tol(x)) &&
    // the run criterion under Q is the training one: same efficiency of the proxy's gradient
    Math.abs(cosineSimilarity(proxyGradient, gradientQ) - cosineSimilarity(proxyGradient, gradientP)) <= 1e-6
  );
}

const unchangedGoalInputs: Claim<ModelInstance> = {
  check: UNCHANGED_GOAL_INPUTS_CHECK,
  seed: 6108,
  sample: modelInstance,
  hypothesis: (s) => noChangedAncestor(s, s.goal),
  conclusion: unchangedGoal,
  mutants: [
    { change: "drop the hypothesis", hypothesis: () => true },
    { change: "no changed ancestor of the proxy, in place of the goal", hypothesis: (s) => noChangedAncestor(s, s.proxy) },
  ],
};

// ---- adversarial ----

interface SlackInstance {
  g: number[];
  gStar: number[];
  directions: number[][];
}

const slackInstance: fc.Arbitrary<SlackInstance> = integerPair.chain(({ g, gStar }) =>
  fc.array(integerVector(g.length), { minLength: 1, maxLength: 6 }).map((directions) => ({ g, gStar, directions: [...directions, g, gStar, scale(gStar, -1)] })),
);

const raisesProxyLowersGoal = (d: Vector, g: Vector, gStar: Vector) => dot(d, g) > 0 && dot(d, gStar) < 0;
const slackDirection = ({ g, gStar }: SlackInstance) => addScaled(unit(g), -1, unit(gStar));

const adversaryNeedsSlack: Claim<SlackInstance> = {
  check: ADVERSARY_SLACK_CHECK,
  seed: 6109,
  sample: slackInstance,
  hypothesis: ({ g, gStar }) => !isZero(g) && !isZero(gStar),
  // OE = 1: no sampled direction raises U and lowers U*; OE < 1: the explicit direction does (and is non-zero)
  conclusion: (s) =>
    efficiencyIsOne(s.g, s.gStar)
      ? s.directions.every((d) => !raisesProxyLowersGoal(d, s.g, s.gStar))
      : raisesProxyLowersGoal(slackDirection(s), s.g, s.gStar) && !isZero(slackDirection(s)),
  mutants: [
    { change: "the direction g/|g| + g*/|g*|", conclusion: (s) => efficiencyIsOne(s.g, s.gStar) || raisesProxyLowersGoal(add(unit(s.g), unit(s.gStar)), s.g, s.gStar) },
    { change: "the unnormalised direction g − g*", conclusion: (s) => efficiencyIsOne(s.g, s.gStar) || raisesProxyLowersGoal(addScaled(s.g, -1, s.gStar), s.g, s.gStar) },
    { change: "such a direction exists only if OE < 0", conclusion: (s) => cosineSimilarity(s.g, s.gStar) < 0 || s.directions.every((d) => !raisesProxyLowersGoal(d, s.g, s.gStar)) && !raisesProxyLowersGoal(slackDirection(s), s.g, s.gStar) },
  ],
};

interface MixtureInstance {
  proxyGradient: number[];
  agentGradient: number[];
  goalGradient: number[];
  lambda: number;
  mu: number;
}

const mixtureInstance: fc.Arbitrary<MixtureInstance> = fc.integer({ min: 1, max: 4 }).chain((d) =>
  fc.record({
    proxyGradient: fc.oneof(integerVector(d), fc.constant(Array.from({ length: d }, () => 0))),
    agentGradient: fc.oneof(integerVector(d), fc.constant(Array.from({ length: d }, () => 0))),
    goalGradient: integerVector(d),
    lambda: fc.integer({ min: 0, max: 4 }),
    mu: fc.integer({ min: 0, max: 4 }),
  }),
);

const mixtureStep = (s: MixtureInstance) => add(scale(s.proxyGradient, s.lambda), scale(s.agentGradient, s.mu));
/** sign with a tolerance: with integer data the exact value is 0 or at least 1/|∇U*| in size */
const signOf = (x: number) => (Math.abs(x) <= 1e-9 ? 0 : Math.sign(x));
const mixtureTerm = (s: MixtureInstance, withNorms = true) =>
  s.lambda * (withNorms ? norm(s.proxyGradient) : 1) * cosineSimilarity(s.proxyGradient, s.goalGradient) +
  s.mu * (withNorms ? norm(s.agentGradient) : 1) * cosineSimilarity(s.agentGradient, s.goalGradient);
const stepEfficiency = (s: MixtureInstance) => cosineSimilarity(mixtureStep(s), s.goalGradient);

const adversarialMixture: Claim<MixtureInstance> = {
  check: ADVERSARIAL_MIXTURE_CHECK,
  seed: 6110,
  sample: mixtureInstance,
  hypothesis: (s) => s.lambda >= 0 && s.mu >= 0 && !isZero(mixtureStep(s)) && !isZero(s.goalGradient),
  conclusion: (s) => {
    const agentOE = cosineSimilarity(s.agentGradient, s.goalGradient);
    const lowers = agentOE < 0 && s.mu * norm(s.agentGradient) * Math.abs(agentOE) > s.lambda * norm(s.proxyGradient) * cosineSimilarity(s.proxyGradient, s.goalGradient) + 1e-9;
    return signOf(stepEfficiency(s)) === signOf(mixtureTerm(s)) && (!lowers || dot(mixtureStep(s), s.goalGradient) < 0);
  },
  mutants: [
    { change: "drop the norms: λ·OE_U(U*) + μ·OE_V(U*)", conclusion: (s) => signOf(stepEfficiency(s)) === signOf(mixtureTerm(s, false)) },
    { change: "with μ > 0 the step has the sign of OE_V(U*)", conclusion: (s) => s.mu === 0 || signOf(stepEfficiency(s)) === signOf(cosineSimilarity(s.agentGradient, s.goalGradient)) },
  ],
};

export const claims = [
  oeAsFraction,
  regressionalAbsent,
  regressionalAbsentParts,
  extremalFlow,
  extremalDecrease,
  noPathNoEffect,
  causeShapes,
  singleChannel,
  tamperingRefinement,
  unchangedGoalInputs,
  adversaryNeedsSlack,
  adversarialMixture,
];
