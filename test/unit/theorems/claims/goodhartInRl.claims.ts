/**
 * Claims for content/literature/goodhart-in-rl.mdx: random finite MDPs, occupancy measures summed
 * from their definition, values from the Bellman equation, the exact projection path on
 * two-dimensional occupancy polytopes, and the stopping condition's worst case.
 */
import fc from "fast-check";
import {
  GOODHART_ON_A_FACE_CHECK,
  OCCUPANCY_POLYTOPE_CHECK,
  PESSIMISTIC_STOPPING_CHECK,
  PROJECTED_ANGLE_ORDER_CHECK,
  REWARD_PROJECTION_CHECK,
} from "../../../../src/lib/theorems/checks";
import {
  applyMatrix,
  deterministicPolicies,
  flowMatrix,
  occupancyBySeries,
  occupancyOf,
  optimalOccupancy,
  planarPolytope,
  policyOf,
  policyValues,
  projectOntoPolygon,
  tangentProjection,
  type FiniteMdp,
  type Point2,
} from "../../../../src/lib/literature/occupancyMeasures";
import { addScaled, dot, norm, scale } from "../../../../src/lib/theorems/vectors";
import { angleBetween, finite, vector } from "../arbitraries";
import type { Claim } from "../falsification";

// ---- random MDPs ----

const normalise = (weights: readonly number[]) => {
  const total = weights.reduce((s, w) => s + w, 0);
  return total > 0 ? weights.map((w) => w / total) : weights.map((_, i) => (i === 0 ? 1 : 0));
};

/** A probability vector; with `withZeros`, some entries are exactly 0 (deterministic rows included). */
const distribution = (size: number, withZeros = true) =>
  fc
    .array(withZeros ? fc.oneof({ arbitrary: fc.constant(0), weight: 1 }, { arbitrary: finite(0, 1), weight: 3 }) : finite(0.05, 1), {
      minLength: size,
      maxLength: size,
    })
    .map(normalise);

interface MdpOptions {
  states: [number, number];
  actions: [number, number];
  maxDiscount: number;
  /** transitions and initial distribution may contain zeros */
  withZeros: boolean;
  /**
   * sometimes give the last state occupancy 0 under every policy (needs at least two states): cut it
   * from μ and from the transitions, or, at γ = 0, from μ alone, which leaves it reachable
   */
  unreachable: boolean;
}

const mdp = (options: MdpOptions): fc.Arbitrary<FiniteMdp & { unreachableLast: boolean }> =>
  fc
    .record({ states: fc.integer({ min: options.states[0], max: options.states[1] }), actions: fc.integer({ min: options.actions[0], max: options.actions[1] }) })
    .chain(({ states, actions }) =>
      fc.record({
        states: fc.constant(states),
        actions: fc.constant(actions),
        transition: fc.array(fc.array(distribution(states, options.withZeros), { minLength: actions, maxLength: actions }), { minLength: states, maxLength: states }),
        initial: distribution(states, options.withZeros),
        discount: fc.oneof(finite(0, options.maxDiscount), fc.constantFrom(0, options.maxDiscount)),
        unreachableLast: options.unreachable && states >= 2 ? fc.boolean() : fc.constant(false),
      }),
    )
    .map((m) => {
      if (!m.unreachableLast) return m;
      const last = m.states - 1;
      const cut = (p: readonly number[]) => normalise(p.map((x, i) => (i === last ? 0 : x)));
      return {
        ...m,
        initial: cut(m.initial),
        transition: m.discount === 0 ? m.transition : m.transition.map((row, s) => (s === last ? row : row.map(cut))),
      };
    });

const policy = (m: FiniteMdp, withZeros = true) => fc.array(distribution(m.actions, withZeros), { minLength: m.states, maxLength: m.states });
const pairs = (m: FiniteMdp) => m.states * m.actions;
const value = (m: FiniteMdp, pi: readonly (readonly number[])[], reward: readonly number[]) => dot(m.initial, policyValues(m, pi, reward));
const sup = (v: readonly number[]) => Math.max(0, ...v.map(Math.abs));
const transposeTimes = (matrix: readonly (readonly number[])[], c: readonly number[]) =>
  matrix[0]!.map((_, j) => matrix.reduce((s, row, i) => s + row[j]! * c[i]!, 0));

// ---- occupancy measures are the solutions of the flow constraints ----

interface PolytopeInstance {
  mdp: FiniteMdp;
  policy: number[][];
  reward: number[];
  objectives: [number[], number[]];
  mix: number;
}

const polytopeInstance: fc.Arbitrary<PolytopeInstance> = mdp({ states: [1, 3], actions: [1, 3], maxDiscount: 0.99, withZeros: true, unreachable: true }).chain((m) =>
  fc.record({
    mdp: fc.constant(m),
    policy: policy(m),
    reward: vector(pairs(m), 2),
    objectives: fc.tuple(vector(pairs(m), 1), vector(pairs(m), 1)),
    mix: finite(0, 1),
  }),
);

/** The flow constraints with `discountInFlow` in place of γ; |A η − μ| and the mass error. */
function flowErrors(m: FiniteMdp, eta: readonly number[], discountInFlow: number, mass: number) {
  const residual = applyMatrix(flowMatrix({ ...m, discount: discountInFlow }), eta).map((x, s) => x - m.initial[s]!);
  return { flow: sup(residual), mass: Math.abs(eta.reduce((s, x) => s + x, 0) - mass) };
}

function polytopeConclusion(instance: PolytopeInstance, discountInFlow: (m: FiniteMdp) => number, mass: (m: FiniteMdp) => number): boolean {
  const { mdp: m, policy: pi, reward, objectives, mix } = instance;
  const size = 1 / (1 - m.discount);
  const eta = occupancyBySeries(m, pi);
  const errors = flowErrors(m, eta, discountInFlow(m), mass(m));
  if (!(errors.flow <= 1e-9 * size && errors.mass <= 1e-9 * size && Math.min(...eta) >= 0)) return false;
  if (Math.abs(dot(eta, reward) - value(m, pi, reward)) > 1e-9 * size * (1 + sup(reward))) return false;
  // a feasible point of the constraints (a mixture of two LP solutions) is the occupancy measure of the policy it induces
  const [x1, x2] = objectives.map((c) => optimalOccupancy(m, c).occupancy) as [number[], number[]];
  const feasible = x1.map((x, i) => mix * x + (1 - mix) * x2[i]!);
  const induced = occupancyBySeries(m, policyOf(m, feasible));
  return sup(induced.map((x, i) => x - feasible[i]!)) <= 1e-8 * size;
}

const occupancyPolytope: Claim<PolytopeInstance> = {
  check: OCCUPANCY_POLYTOPE_CHECK,
  seed: 2401,
  sample: polytopeInstance,
  hypothesis: () => true,
  conclusion: (instance) =>
    polytopeConclusion(
      instance,
      (m) => m.discount,
      (m) => 1 / (1 - m.discount),
    ),
  mutants: [
    {
      change: "drop γ from the flow constraints",
      conclusion: (instance) =>
        polytopeConclusion(
          instance,
          () => 1,
          (m) => 1 / (1 - m.discount),
        ),
    },
    {
      change: "total mass 1 instead of 1/(1 − γ)",
      conclusion: (instance) =>
        polytopeConclusion(
          instance,
          (m) => m.discount,
          () => 1,
        ),
    },
  ],
};

// ---- only the projected reward matters ----

interface ProjectionInstance {
  mdp: FiniteMdp;
  policies: [number[][], number[][]];
  reward: number[];
  potential: number[];
}

const projectionInstance: fc.Arbitrary<ProjectionInstance> = mdp({ states: [1, 3], actions: [1, 3], maxDiscount: 0.95, withZeros: true, unreachable: true }).chain((m) =>
  fc.record({ mdp: fc.constant(m), policies: fc.tuple(policy(m), policy(m)), reward: vector(pairs(m), 2), potential: vector(m.states, 2) }),
);

/** R(s, a) + c(s) − g Σ τ(s'|s, a) c(s') */
const shaped = (m: FiniteMdp, reward: readonly number[], c: readonly number[], g: number) =>
  reward.map((r, index) => {
    const s = Math.floor(index / m.actions);
    return r + c[s]! - g * dot(m.transition[s]![index % m.actions]!, c);
  });

function projectionConclusion(instance: ProjectionInstance, shapingDiscount: (m: FiniteMdp) => number, levels: boolean): boolean {
  const { mdp: m, policies, reward, potential } = instance;
  const size = (1 / (1 - m.discount)) * (1 + sup(reward) + sup(potential));
  const projection = tangentProjection(m);
  const projected = applyMatrix(projection, reward);
  const [eta1, eta2] = policies.map((pi) => occupancyOf(m, pi)) as [number[], number[]];
  const difference = levels ? eta1 : eta1.map((x, i) => x - eta2[i]!);
  if (Math.abs(dot(difference, reward) - dot(difference, projected)) > 1e-9 * size) return false;
  const shift = value(m, policies[0], shaped(m, reward, potential, shapingDiscount(m))) - value(m, policies[0], reward);
  if (Math.abs(shift - dot(m.initial, potential)) > 1e-9 * size) return false;
  // the shaping term lies in T⊥
  return sup(applyMatrix(projection, transposeTimes(flowMatrix(m), potential))) <= 1e-9 * size;
}

const rewardProjection: Claim<ProjectionInstance> = {
  check: REWARD_PROJECTION_CHECK,
  seed: 2402,
  sample: projectionInstance,
  hypothesis: () => true,
  conclusion: (instance) => projectionConclusion(instance, (m) => m.discount, false),
  mutants: [
    { change: "shape with γ² in place of γ", conclusion: (instance) => projectionConclusion(instance, (m) => m.discount ** 2, false) },
    { change: "the values themselves, not their differences, see only MR", conclusion: (instance) => projectionConclusion(instance, (m) => m.discount, true) },
  ],
};

// ---- projected angle zero means the same preferences ----

interface OrderInstance {
  mdp: FiniteMdp & { unreachableLast: boolean };
  reward: number[];
  multiple: number;
  potential: number[];
  noiseSize: number;
  noise: number[];
  policies: number[][][];
}

const orderInstance: fc.Arbitrary<OrderInstance> = mdp({ states: [1, 3], actions: [2, 3], maxDiscount: 0.95, withZeros: false, unreachable: true }).chain((m) =>
  fc.record({
    mdp: fc.constant(m),
    reward: vector(pairs(m), 2),
    multiple: finite(0.05, 5),
    potential: vector(m.states, 2),
    noiseSize: fc.constantFrom(0, 0, 0.01, 0.1, 1),
    noise: vector(pairs(m), 1),
    policies: fc.array(policy(m), { minLength: 3, maxLength: 3 }),
  }),
);

/**
 * The true reward k·MR + A_τᵀc + noise. On an MDP whose last state is unreachable the noise sits on
 * that state's pairs only: it changes MR* but no value of any policy.
 */
function orderRewards(instance: OrderInstance) {
  const { mdp: m, reward, multiple, potential, noiseSize, noise } = instance;
  const projection = tangentProjection(m);
  const projected = applyMatrix(projection, reward);
  const shaping = transposeTimes(flowMatrix(m), potential);
  const placedNoise = noise.map((x, i) => (m.unreachableLast && Math.floor(i / m.actions) !== m.states - 1 ? 0 : noiseSize * x));
  const trueReward = projected.map((x, i) => multiple * x + shaping[i]! + placedNoise[i]!);
  return { projection, projected, trueReward, projectedTrue: applyMatrix(projection, trueReward) };
}

const uniformPolicy = (m: FiniteMdp) => Array.from({ length: m.states }, () => new Array<number>(m.actions).fill(1 / m.actions));
/** States reached with positive probability at some time under some policy, whatever γ is. */
const everyStateReachable = (m: FiniteMdp) => {
  const reached = m.initial.map((p) => p > 0);
  for (let round = 0; round < m.states; round++)
    m.transition.forEach((row, s) => reached[s] && row.forEach((next) => next.forEach((t, successor) => t > 0 && (reached[successor] = true))));
  return reached.every(Boolean);
};
const everyStateVisited = (m: FiniteMdp) => {
  const eta = occupancyOf(m, uniformPolicy(m));
  return Array.from({ length: m.states }, (_, s) => eta.slice(s * m.actions, (s + 1) * m.actions).reduce((x, y) => x + y, 0)).every((d) => d > 1e-12);
};

/** Whether the proof's witness pair η_u + εv, η_u orders the two rewards oppositely. */
function witnessReverses(m: FiniteMdp, proxy: readonly number[], truth: readonly number[], projected: readonly number[], projectedTrue: readonly number[]): boolean {
  const v = addScaled(scale(projected, 1 / norm(projected)), -1 / norm(projectedTrue), projectedTrue);
  const start = occupancyOf(m, uniformPolicy(m));
  const room = Math.min(1, ...v.map((x, i) => (x < 0 ? start[i]! / -x : Infinity)));
  const step = scale(v, room / 2);
  const witness = start.map((x, i) => x + step[i]!);
  const feasible = Math.min(...witness) >= -1e-12 && sup(applyMatrix(flowMatrix(m), witness).map((x, s) => x - m.initial[s]!)) <= 1e-9 / (1 - m.discount);
  return feasible && dot(step, proxy) > 0 && dot(step, truth) < 0;
}

function orderConclusion(instance: OrderInstance, sameOrderBelow: number): boolean {
  const { mdp: m, reward } = instance;
  const { projected, trueReward, projectedTrue } = orderRewards(instance);
  const angle = angleBetween(projectedTrue, projected);
  if (angle <= sameOrderBelow) {
    const occupancies = [...instance.policies, ...deterministicPolicies(m).map((actions) => actions.map((chosen) => Array.from({ length: m.actions }, (_, a) => (a === chosen ? 1 : 0))))].map((pi) =>
      occupancyOf(m, pi),
    );
    const size = (1 / (1 - m.discount)) * (1 + sup(reward) + sup(trueReward));
    for (const eta of occupancies) {
      for (const other of occupancies) {
        const difference = eta.map((x, i) => x - other[i]!);
        const proxyGain = dot(difference, reward);
        const trueGain = dot(difference, trueReward);
        if (Math.abs(proxyGain) > 1e-7 * size && Math.sign(proxyGain) !== Math.sign(trueGain)) return false;
      }
    }
    // at angle 0 the proof's direction v vanishes; at a positive angle below the cut-off, v must not reverse
    return angle <= 1e-6 || !witnessReverses(m, reward, trueReward, projected, projectedTrue);
  }
  // angles between 1e-6 and 1e-3 are left out: there 1 − cos(angle) is too close to rounding for a sign test
  if (angle < 1e-3) return true;
  return witnessReverses(m, reward, trueReward, projected, projectedTrue);
}

const orderHypothesis = (instance: OrderInstance, visits: (m: FiniteMdp) => boolean) => {
  const { projected, projectedTrue } = orderRewards(instance);
  return norm(projected) > 1e-6 && norm(projectedTrue) > 1e-6 && visits(instance.mdp);
};

const projectedAngleOrder: Claim<OrderInstance> = {
  check: PROJECTED_ANGLE_ORDER_CHECK,
  seed: 2403,
  sample: orderInstance,
  hypothesis: (instance) => orderHypothesis(instance, everyStateVisited),
  conclusion: (instance) => orderConclusion(instance, 1e-6),
  mutants: [
    { change: "a small positive angle (below 0.2) also gives the same order", conclusion: (instance) => orderConclusion(instance, 0.2) },
    { change: "drop the hypothesis that every state has positive occupancy", hypothesis: (instance) => orderHypothesis(instance, () => true) },
    { change: "ask only that every state be reachable, which at γ = 0 is weaker", hypothesis: (instance) => orderHypothesis(instance, everyStateReachable) },
  ],
};

// ---- where the true value falls: the projection path on two-dimensional polytopes ----

interface FaceInstance {
  mdp: FiniteMdp;
  startPolicy: number[][];
  proxy: number[];
  truth: number[];
  pressure: number;
  gap: number;
}

const faceInstance: fc.Arbitrary<FaceInstance> = fc
  .constantFrom<[number, number]>([2, 2], [1, 3])
  .chain(([states, actions]) => mdp({ states: [states, states], actions: [actions, actions], maxDiscount: 0.95, withZeros: false, unreachable: false }))
  .chain((m) =>
    fc.record({
      mdp: fc.constant(m),
      startPolicy: policy(m, false),
      proxy: vector(pairs(m), 1),
      truth: vector(pairs(m), 1),
      pressure: finite(0, 1),
      gap: finite(1e-4, 1e-2),
    }),
  );

type Face = { kind: "interior" } | { kind: "edge"; index: number } | { kind: "vertex"; index: number };

function faceOf(polygon: readonly Point2[], p: Point2, tolerance: number): Face {
  const n = polygon.length;
  const vertex = polygon.findIndex((v) => Math.hypot(v[0] - p[0], v[1] - p[1]) <= tolerance);
  if (vertex >= 0) return { kind: "vertex", index: vertex };
  for (let i = 0; i < n; i++) {
    const a = polygon[i]!;
    const b = polygon[(i + 1) % n]!;
    const e: Point2 = [b[0] - a[0], b[1] - a[1]];
    const t = ((p[0] - a[0]) * e[0] + (p[1] - a[1]) * e[1]) / (e[0] ** 2 + e[1] ** 2);
    if (t > 0 && t < 1 && Math.hypot(p[0] - a[0] - t * e[0], p[1] - a[1] - t * e[1]) <= tolerance) return { kind: "edge", index: i };
  }
  return { kind: "interior" };
}

const sameFace = (f: Face, g: Face) => f.kind === g.kind && (f.kind === "interior" || (f as { index: number }).index === (g as { index: number }).index);

type SlopeRule = (face: Face, projectFace: (v: readonly number[]) => number[], instance: FaceInstance, projection: number[][]) => { proxyRate: number; trueRate: number };

/** The theorem's rates: |P_F R|² and ⟨P_F R, P_F R*⟩. */
const theoremRates: SlopeRule = (_face, projectFace, { proxy, truth }) => {
  const p = projectFace(proxy);
  return { proxyRate: dot(p, p), trueRate: dot(p, projectFace(truth)) };
};

function faceConclusion(instance: FaceInstance, rates: SlopeRule, proxyNeverFalls = true): boolean {
  const { mdp: m, startPolicy, proxy, truth, pressure, gap } = instance;
  const polytope = planarPolytope(m, startPolicy);
  const polygon = polytope.vertices.map((v): Point2 => [v.x, v.y]);
  const projection = tangentProjection(m);
  const direction = polytope.coordinates(polytope.start.map((x, i) => x + proxy[i]!));
  const extent = Math.max(...polygon.map((v) => Math.hypot(...v)));
  const speed = Math.hypot(...direction);
  if (speed < 1e-9) return true;
  // pressures from 0 to about three times what it takes to reach the boundary
  const reach = (3 * extent) / speed;
  const betas = [pressure * reach, pressure * reach + (gap * reach) / 2, pressure * reach + gap * reach];
  const points = betas.map((beta) => projectOntoPolygon(polygon, [beta * direction[0], beta * direction[1]]));
  const etas = points.map(polytope.fromCoordinates);
  const proxyValues = etas.map((eta) => dot(eta, proxy));
  const trueValues = etas.map((eta) => dot(eta, truth));
  const tolerance = 1e-9 * (1 + extent) * (1 + sup(proxy) + sup(truth));
  const proxyRose = proxyValues[2]! - proxyValues[0]!;
  if (proxyNeverFalls ? proxyRose < -tolerance : proxyRose > tolerance) return false;
  const faces = points.map((p) => faceOf(polygon, p, 1e-9 * (1 + extent)));
  if (!(sameFace(faces[0]!, faces[1]!) && sameFace(faces[1]!, faces[2]!))) return true;
  const face = faces[0]!;
  const projectFace = (v: readonly number[]): number[] => {
    if (face.kind === "interior") return applyMatrix(projection, v);
    if (face.kind === "vertex") return v.map(() => 0);
    const a = polytope.vertices[face.index]!.occupancy;
    const b = polytope.vertices[(face.index + 1) % polygon.length]!.occupancy;
    const edge = b.map((x, i) => x - a[i]!);
    const unit = scale(edge, 1 / norm(edge));
    return scale(unit, dot(unit, v));
  };
  const { proxyRate, trueRate } = rates(face, projectFace, instance, projection);
  const step = gap * reach;
  if (Math.abs(proxyRose - step * proxyRate) > tolerance * (1 + step)) return false;
  if (Math.abs(trueValues[2]! - trueValues[0]! - step * trueRate) > tolerance * (1 + step)) return false;
  if (face.kind === "interior") {
    const mr = applyMatrix(projection, proxy);
    const mrTrue = applyMatrix(projection, truth);
    const cosineRate = norm(mr) * norm(mrTrue) * (norm(mrTrue) > 0 ? Math.cos(angleBetween(mr, mrTrue)) : 0);
    if (Math.abs(trueRate - cosineRate) > tolerance) return false;
  }
  return true;
}

const goodhartOnAFace: Claim<FaceInstance> = {
  check: GOODHART_ON_A_FACE_CHECK,
  seed: 2404,
  sample: faceInstance,
  hypothesis: () => true,
  conclusion: (instance) => faceConclusion(instance, theoremRates),
  mutants: [
    {
      change: "the true value moves at the unprojected rate ⟨R, R*⟩",
      conclusion: (instance) => faceConclusion(instance, (face, projectFace, { proxy, truth }) => ({ ...theoremRates(face, projectFace, instance, []), trueRate: dot(proxy, truth) })),
    },
    {
      change: "the rate is ⟨MR, MR*⟩ on every face, as in the interior",
      conclusion: (instance) =>
        faceConclusion(instance, (_face, _projectFace, { proxy, truth }, projection) => {
          const mr = applyMatrix(projection, proxy);
          return { proxyRate: dot(mr, mr), trueRate: dot(mr, applyMatrix(projection, truth)) };
        }),
    },
    { change: "flip the monotonicity: the proxy value never rises", conclusion: (instance) => faceConclusion(instance, theoremRates, false) },
  ],
};

// ---- the pessimistic stopping condition ----

interface StoppingInstance {
  mdp: FiniteMdp;
  direction: number[];
  proxy: number[];
  bound: number;
  noiseSize: number;
  noise: number[];
}

const stoppingInstance: fc.Arbitrary<StoppingInstance> = mdp({ states: [1, 3], actions: [2, 3], maxDiscount: 0.95, withZeros: true, unreachable: false }).chain((m) =>
  fc.record({
    mdp: fc.constant(m),
    direction: vector(pairs(m), 1),
    proxy: vector(pairs(m), 1),
    bound: fc.oneof(finite(0, Math.PI / 2 - 1e-6), fc.constantFrom(0, Math.PI / 2 - 1e-6)),
    noiseSize: fc.constantFrom(0, 0.05, 0.3, 1),
    noise: vector(pairs(m), 1),
  }),
);

function stoppingVectors({ mdp: m, direction, proxy, noiseSize, noise }: StoppingInstance) {
  const projection = tangentProjection(m);
  const d = applyMatrix(projection, direction);
  const mr = applyMatrix(projection, proxy);
  const sampledTruth = proxy.map((x, i) => x + noiseSize * noise[i]!);
  return { projection, d, mr, sampledTruth };
}

/** The proof's worst case: MR's direction turned by θ away from d in their plane (R itself when d is a negative multiple of MR). */
function worstCase(d: readonly number[], mr: readonly number[], bound: number): number[] | undefined {
  const u1 = scale(mr, 1 / norm(mr));
  const rest = addScaled(d, -dot(d, u1), u1);
  if (norm(rest) <= 1e-9 * norm(d)) return dot(d, u1) < 0 ? u1 : undefined;
  const u2 = scale(rest, 1 / norm(rest));
  return addScaled(scale(u1, Math.cos(bound)), -Math.sin(bound), u2);
}

/** Part 1 with the threshold `safeBelow(θ)`, part 2 with `unsafeAbove(θ)`. */
function stoppingConclusion(instance: StoppingInstance, safeBelow: (bound: number) => number, unsafeAbove: (bound: number) => number): boolean {
  const { bound } = instance;
  const { projection, d, mr, sampledTruth } = stoppingVectors(instance);
  const alpha = angleBetween(d, mr);
  const worst = worstCase(d, mr, bound);
  const admissible = (truth: readonly number[]) => {
    const projected = applyMatrix(projection, truth);
    return norm(projected) > 1e-9 && angleBetween(projected, mr) <= bound + 1e-9;
  };
  if (alpha < safeBelow(bound) - 1e-9) {
    if (admissible(sampledTruth) && !(dot(d, sampledTruth) > 0)) return false;
    if (worst !== undefined && !(dot(d, worst) > 0)) return false;
  }
  if (alpha > unsafeAbove(bound) + 1e-9) {
    if (worst === undefined || !admissible(worst) || !(dot(d, worst) < 0)) return false;
  }
  return true;
}

const stoppingHypothesis = (instance: StoppingInstance) => {
  const { d, mr } = stoppingVectors(instance);
  return norm(d) > 1e-6 && norm(mr) > 1e-6 && instance.bound >= 0 && instance.bound < Math.PI / 2;
};

const pessimisticStopping: Claim<StoppingInstance> = {
  check: PESSIMISTIC_STOPPING_CHECK,
  seed: 2405,
  sample: stoppingInstance,
  hypothesis: stoppingHypothesis,
  conclusion: (instance) =>
    stoppingConclusion(
      instance,
      (bound) => Math.PI / 2 - bound,
      (bound) => Math.PI / 2 - bound,
    ),
  mutants: [
    {
      change: "ignore the bound: every direction within π/2 of MR is safe",
      conclusion: (instance) =>
        stoppingConclusion(
          instance,
          () => Math.PI / 2,
          (bound) => Math.PI / 2 - bound,
        ),
    },
    {
      change: "half the bound: directions within π/2 − θ/2 are safe",
      conclusion: (instance) =>
        stoppingConclusion(
          instance,
          (bound) => Math.PI / 2 - bound / 2,
          (bound) => Math.PI / 2 - bound,
        ),
    },
    {
      change: "a loss is possible already above π/2 − 2θ",
      conclusion: (instance) =>
        stoppingConclusion(
          instance,
          (bound) => Math.PI / 2 - bound,
          (bound) => Math.PI / 2 - 2 * bound,
        ),
    },
  ],
};

export const claims = [occupancyPolytope, rewardProjection, projectedAngleOrder, goodhartOnAFace, pessimisticStopping] as const;
