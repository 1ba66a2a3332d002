/**
 * Causal graphs and structural causal models with finitely many values, computed exactly
 * (site: Definitions "causal-dag", "markov-assumption", "scm" and Proposition "markov-factorisation").
 *
 * Nodes are 0, …, n − 1 in a topological order: every parent of node i is smaller than i. A law on
 * the nodes is a list of value tuples with non-negative weights (unnormalised). With integer weights
 * every count below is an exact integer, so the Markov property and the factorisation are checked by
 * exact integer identities, not within a tolerance.
 */

/** A DAG in topological order: parents[i] ⊆ {0, …, i − 1}. */
export interface Dag {
  parents: readonly (readonly number[])[];
}

/** A finite law on value tuples; weights need not sum to 1. */
export interface FiniteLaw {
  outcomes: readonly (readonly number[])[];
  weights: readonly number[];
}

/**
 * A structural causal model X_i = table_i[(parent values, noise value)] with independent noises:
 * noise i takes the value k with weight noiseWeights[i][k]. `mechanism(i, parentValues, noise)`
 * returns the value of node i.
 */
export interface FiniteScm {
  dag: Dag;
  noiseWeights: readonly (readonly number[])[];
  mechanism: (node: number, parentValues: readonly number[], noise: number) => number;
}

const key = (values: readonly number[]) => values.join(",");

/** Nodes reachable from i by a directed path of length at least one (i itself excluded). */
export function descendants(dag: Dag, i: number): Set<number> {
  const out = new Set<number>();
  for (let j = i + 1; j < dag.parents.length; j++) {
    if (dag.parents[j]!.some((p) => p === i || out.has(p))) out.add(j);
  }
  return out;
}

/** Exact joint law of an SCM: the noises are enumerated, and the equations solved in order. */
export function scmLaw(scm: FiniteScm, intervention?: { node: number; value: number }): FiniteLaw {
  const n = scm.dag.parents.length;
  const merged = new Map<string, { outcome: number[]; weight: number }>();
  const noise: number[] = [];
  const visit = (i: number, weight: number) => {
    if (weight === 0) return;
    if (i === n) {
      const outcome: number[] = [];
      for (let j = 0; j < n; j++) {
        outcome.push(
          intervention?.node === j ? intervention.value : scm.mechanism(j, scm.dag.parents[j]!.map((p) => outcome[p]!), noise[j]!),
        );
      }
      const k = key(outcome);
      const entry = merged.get(k);
      if (entry) entry.weight += weight;
      else merged.set(k, { outcome, weight });
      return;
    }
    scm.noiseWeights[i]!.forEach((w, value) => {
      noise[i] = value;
      visit(i + 1, weight * w);
    });
  };
  visit(0, 1);
  const entries = [...merged.values()];
  return { outcomes: entries.map((e) => e.outcome), weights: entries.map((e) => e.weight) };
}

/** Weight of each configuration of the coordinates `nodes` (a marginal), keyed by the values joined. */
export function marginal(law: FiniteLaw, nodes: readonly number[]): Map<string, number> {
  const out = new Map<string, number>();
  law.outcomes.forEach((o, k) => {
    const kk = key(nodes.map((i) => o[i]!));
    out.set(kk, (out.get(kk) ?? 0) + law.weights[k]!);
  });
  return out;
}

/** The values node i takes with positive weight. */
export function support(law: FiniteLaw, i: number): number[] {
  const values = new Set<number>();
  law.outcomes.forEach((o, k) => {
    if (law.weights[k]! > 0) values.add(o[i]!);
  });
  return [...values].sort((a, b) => a - b);
}

/**
 * X_i ⊥ X_S | X_C, exactly: c(x_i, x_S, x_C)·c(x_C) = c(x_i, x_C)·c(x_S, x_C) for every value x_i and
 * every configuration (x_S, x_C) of positive weight (both sides vanish otherwise).
 */
export function conditionallyIndependent(law: FiniteLaw, i: number, s: readonly number[], c: readonly number[]): boolean {
  const all = marginal(law, [i, ...s, ...c]);
  const withC = marginal(law, [i, ...c]);
  const cOnly = marginal(law, c);
  const configurations = new Map<string, { sc: number[]; weight: number }>();
  law.outcomes.forEach((o, k) => {
    const sc = [...s, ...c].map((j) => o[j]!);
    const entry = configurations.get(key(sc));
    if (entry) entry.weight += law.weights[k]!;
    else configurations.set(key(sc), { sc, weight: law.weights[k]! });
  });
  const values = support(law, i);
  for (const { sc, weight } of configurations.values()) {
    if (weight === 0) continue;
    const xc = sc.slice(s.length);
    for (const xi of values) {
      const left = (all.get(key([xi, ...sc])) ?? 0) * (cOnly.get(key(xc)) ?? 0);
      const right = (withC.get(key([xi, ...xc])) ?? 0) * weight;
      if (!equalCounts(left, right)) return false;
    }
  }
  return true;
}

/** Exact for integers below 2^53; a relative 1e-12 otherwise (weights from floating-point arithmetic). */
function equalCounts(a: number, b: number): boolean {
  if (Number.isInteger(a) && Number.isInteger(b) && Math.abs(a) < 2 ** 53 && Math.abs(b) < 2 ** 53) return a === b;
  return Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
}

/** The non-descendants of i other than i and its parents: the set of the local Markov assumption. */
export function markovSet(dag: Dag, i: number): number[] {
  const de = descendants(dag, i);
  const pa = new Set(dag.parents[i]);
  return dag.parents.map((_, j) => j).filter((j) => j !== i && !de.has(j) && !pa.has(j));
}

/** The local Markov assumption of the site: X_i ⊥ V ∖ (De(X_i) ∪ {X_i} ∪ Pa(X_i)) | Pa(X_i) for every i. */
export function isLocallyMarkov(law: FiniteLaw, dag: Dag): boolean {
  return dag.parents.every((pa, i) => conditionallyIndependent(law, i, markovSet(dag, i), pa));
}

/**
 * The law of X_i given X_A equals its law given X_B, for B ⊆ A, exactly: X_i ⊥ X_{A∖B} | X_B.
 */
export function sameConditionalLaw(law: FiniteLaw, i: number, a: readonly number[], b: readonly number[]): boolean {
  return conditionallyIndependent(law, i, a.filter((j) => !b.includes(j)), b);
}

/** Probability of each outcome under the product of the conditional laws of X_i given Pa(X_i). */
export function factorisedProbabilities(law: FiniteLaw, dag: Dag): number[] {
  const tables = dag.parents.map((pa, i) => ({ joint: marginal(law, [i, ...pa]), parents: marginal(law, pa) }));
  return law.outcomes.map((o) => {
    let product = 1;
    dag.parents.forEach((pa, i) => {
      const values = pa.map((p) => o[p]!);
      const den = tables[i]!.parents.get(key(values)) ?? 0;
      product = den === 0 ? 0 : (product * (tables[i]!.joint.get(key([o[i]!, ...values])) ?? 0)) / den;
    });
    return product;
  });
}
