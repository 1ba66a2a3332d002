/**
 * The standard form of a causal model (site: Theorem "standard-form"): every node becomes a
 * deterministic function of its parents and of its own uniform root, through the generalised
 * inverse of its conditional distribution function, applied coordinate by coordinate
 * (the sequential conditional-quantile, or Rosenblatt, construction) for vector-valued nodes.
 */
import type { Dag, FiniteLaw } from "./finiteScm";

/** A distribution function on a finite support: sorted support points and their probabilities. */
export interface FiniteDistribution {
  support: readonly number[];
  probabilities: readonly number[];
}

/** F(x) = P(X ≤ x). */
export function cdf(dist: FiniteDistribution, x: number): number {
  let s = 0;
  for (let k = 0; k < dist.support.length; k++) if (dist.support[k]! <= x) s += dist.probabilities[k]!;
  return Math.min(1, s);
}

/**
 * Generalised inverse F⁻(u) = inf{x : F(x) ≥ u} for u ∈ (0, 1]. For a finite support this is the
 * smallest support point whose cumulative probability reaches u (ties in rounding resolved upwards).
 */
export function generalisedInverse(dist: FiniteDistribution, u: number): number {
  if (!(u > 0 && u <= 1)) throw new RangeError(`u must lie in (0, 1], got ${u}`);
  const order = dist.support.map((x, k) => [x, k] as const).sort((a, b) => a[0] - b[0]);
  let s = 0;
  for (const [x, k] of order) {
    s += dist.probabilities[k]!;
    if (s >= u) return x;
  }
  // rounding: the total may fall a hair short of 1
  const last = order[order.length - 1];
  if (last === undefined) throw new RangeError("empty support");
  return last[0];
}

/**
 * The conditional law of node i given that its parents take the values they have in `values` (a
 * configuration of nodes 0, …, i − 1), read off a finite law. Where the parents' values have
 * probability 0 the conditional law is not determined; this version takes the law of node i there.
 */
export function conditionalDistribution(law: FiniteLaw, dag: Dag, i: number, values: readonly number[]): FiniteDistribution {
  const onSupport = law.outcomes.some((outcome, k) => law.weights[k]! > 0 && dag.parents[i]!.every((p) => outcome[p] === values[p]));
  const parents = onSupport ? dag.parents[i]! : [];
  const weights = new Map<number, number>();
  let total = 0;
  law.outcomes.forEach((outcome, k) => {
    if (parents.some((p) => outcome[p] !== values[p])) return;
    const w = law.weights[k]!;
    weights.set(outcome[i]!, (weights.get(outcome[i]!) ?? 0) + w);
    total += w;
  });
  if (!(total > 0)) throw new RangeError("the law has total weight 0");
  return { support: [...weights.keys()], probabilities: [...weights.values()].map((w) => w / total) };
}

/**
 * The standard form at given uniforms: nodes 0, …, keep − 1 take `kept` (default: none), and each
 * later node i the value F_i⁻(u_i | its parents' values), in order.
 */
export function standardFormValues(law: FiniteLaw, dag: Dag, uniforms: readonly number[], kept: readonly number[] = []): number[] {
  const values = [...kept];
  for (let i = kept.length; i < dag.parents.length; i++) values.push(generalisedInverse(conditionalDistribution(law, dag, i, values), uniforms[i - kept.length]!));
  return values;
}

/**
 * Exact law of the standard form of a finite law on the nodes of `dag`: nodes 0, …, keep − 1 keep
 * their joint law (the parents W of a vector-valued node), and every later node i becomes
 * F_i⁻(Z_i | its constructed parents) with Z_i independent uniforms. Each uniform is cut into the
 * intervals on which the generalised inverse is constant (`inverseMeasure`), so this measures the
 * inverses themselves rather than using a formula for their law.
 */
export function standardFormLaw(law: FiniteLaw, dag: Dag, keep = 0): FiniteLaw {
  const total = law.weights.reduce((s, w) => s + w, 0);
  const prefixes = new Map<string, { values: number[]; probability: number }>();
  law.outcomes.forEach((outcome, k) => {
    const values = outcome.slice(0, keep);
    const entry = prefixes.get(values.join(","));
    if (entry) entry.probability += law.weights[k]! / total;
    else prefixes.set(values.join(","), { values, probability: law.weights[k]! / total });
  });
  let partial = [...prefixes.values()].filter(({ probability }) => probability > 0);
  for (let i = keep; i < dag.parents.length; i++) {
    partial = partial.flatMap(({ values, probability }) => {
      const conditional = conditionalDistribution(law, dag, i, values);
      return conditional.support
        .map((x) => ({ values: [...values, x], probability: probability * inverseMeasure(conditional, (y) => y === x) }))
        .filter((branch) => branch.probability > 0);
    });
  }
  return { outcomes: partial.map(({ values }) => values), weights: partial.map(({ probability }) => probability) };
}

/**
 * The length of {u ∈ (0, 1) : accept(F⁻(u))}: F⁻ is constant between consecutive values of F, so the
 * set is a union of those intervals, each tested by evaluating F⁻ at its midpoint.
 */
export function inverseMeasure(dist: FiniteDistribution, accept: (x: number) => boolean): number {
  const breaks = [0, ...dist.support.map((s) => cdf(dist, s)), 1].sort((p, q) => p - q);
  let length = 0;
  for (let i = 0; i + 1 < breaks.length; i++) {
    const lo = breaks[i]!;
    const hi = breaks[i + 1]!;
    if (hi > lo && accept(generalisedInverse(dist, (lo + hi) / 2))) length += hi - lo;
  }
  return length;
}
