/**
 * Models in standard form with real-valued nodes, computed exactly enough to read off the effects of
 * nodes (site: Definitions "node-effect", "tampering-mechanism", "environment-change").
 *
 * Nodes are 0, …, n − 1 in a topological order. The first `thetaCount` nodes are the parameters θ,
 * the next ones the environment roots, each independent with a finite law (one under the training law
 * P, one under the deployment law Q); every other node is c + Σ_j (a_j·x_j + b_j·tanh x_j) over its
 * parents. Expectations enumerate the environment exactly, and derivatives are carried forward
 * alongside the values (forward-mode differentiation), so an effect that is 0 in exact arithmetic is
 * computed as exactly 0 whenever no parent carries a derivative.
 */

export interface EnvironmentRoot {
  values: readonly number[];
  /** weights under the training law P (need not sum to 1) */
  weightsP: readonly number[];
  /** weights under the deployment law Q */
  weightsQ: readonly number[];
}

export interface Mechanism {
  parents: readonly number[];
  constant: number;
  /** per parent: coefficient of x_j */
  linear: readonly number[];
  /** per parent: coefficient of tanh x_j */
  saturating: readonly number[];
}

export interface StandardFormModel {
  thetaCount: number;
  environment: readonly EnvironmentRoot[];
  /** mechanisms of the nodes thetaCount + environment.length, … in order */
  mechanisms: readonly Mechanism[];
}

export const nodeCount = (m: StandardFormModel) => m.thetaCount + m.environment.length + m.mechanisms.length;
export const firstNonRoot = (m: StandardFormModel) => m.thetaCount + m.environment.length;
export const mechanismOf = (m: StandardFormModel, node: number) => m.mechanisms[node - firstNonRoot(m)]!;

/** Parents of every node (roots have none). */
export function parentsOf(m: StandardFormModel): number[][] {
  return Array.from({ length: nodeCount(m) }, (_, i) => (i < firstNonRoot(m) ? [] : [...mechanismOf(m, i).parents]));
}

/** Nodes reachable from `from` by a directed path of length at least one. */
export function descendantsOf(m: StandardFormModel, from: number): Set<number> {
  const parents = parentsOf(m);
  const out = new Set<number>();
  for (let j = from + 1; j < parents.length; j++) if (parents[j]!.some((p) => p === from || out.has(p))) out.add(j);
  return out;
}

/** Whether some directed path of length at least one leads from `from` to `to`. */
export const hasPath = (m: StandardFormModel, from: number, to: number) => descendantsOf(m, from).has(to);

/** Whether a node is reachable from θ (from some parameter node) by a directed path. */
export function reachableFromTheta(m: StandardFormModel, node: number): boolean {
  return Array.from({ length: m.thetaCount }, (_, k) => k).some((k) => hasPath(m, k, node));
}

/** Where a derivative is taken: along a shift of one node's equation by δ, or along one coordinate of θ. */
export type Seed = { shift: number } | { theta: number };

/**
 * Values of all nodes, and their derivatives along `seed` (at the given δ), for one value of θ and of
 * the environment. `shift` adds δ to the equation of one non-root node.
 */
export function solve(
  m: StandardFormModel,
  theta: readonly number[],
  environment: readonly number[],
  shift?: { node: number; delta: number },
  seed?: Seed,
): { values: number[]; derivatives: number[] } {
  const values: number[] = [];
  const derivatives: number[] = [];
  for (let i = 0; i < nodeCount(m); i++) {
    if (i < m.thetaCount) {
      values.push(theta[i]!);
      derivatives.push(seed !== undefined && "theta" in seed && seed.theta === i ? 1 : 0);
      continue;
    }
    if (i < firstNonRoot(m)) {
      values.push(environment[i - m.thetaCount]!);
      derivatives.push(0);
      continue;
    }
    const { parents, constant, linear, saturating } = mechanismOf(m, i);
    let value = constant;
    let derivative = 0;
    parents.forEach((p, k) => {
      const t = Math.tanh(values[p]!);
      value += linear[k]! * values[p]! + saturating[k]! * t;
      derivative += (linear[k]! + saturating[k]! * (1 - t * t)) * derivatives[p]!;
    });
    if (shift?.node === i) {
      value += shift.delta;
      if (seed !== undefined && "shift" in seed && seed.shift === i) derivative += 1;
    }
    values.push(value);
    derivatives.push(derivative);
  }
  return { values, derivatives };
}

/** Every configuration of the environment roots with its probability under P or Q. */
export function environmentLaw(m: StandardFormModel, law: "P" | "Q"): { values: number[]; probability: number }[] {
  let configurations = [{ values: [] as number[], probability: 1 }];
  for (const root of m.environment) {
    const weights = law === "P" ? root.weightsP : root.weightsQ;
    const total = weights.reduce((s, w) => s + w, 0);
    configurations = configurations.flatMap((c) =>
      root.values.map((v, k) => ({ values: [...c.values, v], probability: (c.probability * weights[k]!) / total })),
    );
  }
  return configurations.filter((c) => c.probability > 0);
}

/** E[node] under P or Q, and its derivative along `seed`, in the model shifted at `shift`. */
export function expectedNode(
  m: StandardFormModel,
  node: number,
  theta: readonly number[],
  law: "P" | "Q" = "P",
  shift?: { node: number; delta: number },
  seed?: Seed,
): { value: number; derivative: number } {
  let value = 0;
  let derivative = 0;
  for (const { values, probability } of environmentLaw(m, law)) {
    const solved = solve(m, theta, values, shift, seed);
    value += probability * solved.values[node]!;
    derivative += probability * solved.derivatives[node]!;
  }
  return { value, derivative };
}

/** The effect ∂_v of node v on the expectation of `objective` at θ: d/dδ at δ = 0 of the shifted model. */
export function nodeEffect(m: StandardFormModel, v: number, objective: number, theta: readonly number[], law: "P" | "Q" = "P"): number {
  return expectedNode(m, objective, theta, law, { node: v, delta: 0 }, { shift: v }).derivative;
}

/** ∇_θ of the expectation of `objective`. */
export function expectedGradient(m: StandardFormModel, objective: number, theta: readonly number[], law: "P" | "Q" = "P"): number[] {
  return theta.map((_, k) => expectedNode(m, objective, theta, law, undefined, { theta: k }).derivative);
}

/**
 * The lever condition of Definition "tampering-mechanism" for a node v (effects exist everywhere here):
 * v ∉ {U, U*}, v reachable from θ, OE_v(U)·OE_v(U*) ≤ 0 and not both 0.
 */
export function isLever(m: StandardFormModel, v: number, proxy: number, goal: number, theta: readonly number[]): boolean {
  if (v === proxy || v === goal || !reachableFromTheta(m, v)) return false;
  const onProxy = Math.sign(nodeEffect(m, v, proxy, theta));
  const onGoal = Math.sign(nodeEffect(m, v, goal, theta));
  return onProxy * onGoal <= 0 && (onProxy !== 0 || onGoal !== 0);
}

/**
 * The refinement of Proposition "tampering-refinement": a new node w, placed just before the proxy, takes
 * the proxy's equation, and the proxy becomes U = w. Nodes from the proxy on move up by one index.
 */
export function refineProxy(m: StandardFormModel, proxy: number): { model: StandardFormModel; w: number; renumber: (node: number) => number } {
  const renumber = (node: number) => (node >= proxy ? node + 1 : node);
  const mechanisms = m.mechanisms.flatMap((mech, k) => {
    const moved = { ...mech, parents: mech.parents.map(renumber) };
    if (k + firstNonRoot(m) !== proxy) return [moved];
    return [moved, { parents: [proxy], constant: 0, linear: [1], saturating: [0] }];
  });
  return { model: { ...m, mechanisms }, w: proxy, renumber };
}
