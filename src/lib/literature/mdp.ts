/**
 * Finite discounted Markov decision processes: policy evaluation and discounted state-action visit
 * counts, for checking the results of content/literature/reward-hacking.mdx on small instances.
 *
 * A policy is π[s][a], the probability of action a in state s; a reward is R[s][a][s'], paid on the
 * transition from s to s' under a. J(π) = E[Σ_t γ^t R(S_t, A_t, S_{t+1})] with S_0 drawn from the
 * initial distribution.
 */

export interface FiniteMdp {
  /** transition[s][a][s'] = T(s' | s, a) */
  transition: readonly (readonly (readonly number[])[])[];
  /** initial[s] = P(S_0 = s) */
  initial: readonly number[];
  /** γ in [0, 1) */
  discount: number;
}

export type StatePolicy = readonly (readonly number[])[];
export type TransitionReward = readonly (readonly (readonly number[])[])[];

/** Solves A x = b by Gaussian elimination with partial pivoting; throws if A is singular to working precision. */
export function solveLinearSystem(matrix: readonly (readonly number[])[], rhs: readonly number[]): number[] {
  const n = rhs.length;
  const a = matrix.map((row, i) => [...row, rhs[i]!]);
  for (let column = 0; column < n; column++) {
    let pivot = column;
    for (let row = column + 1; row < n; row++) if (Math.abs(a[row]![column]!) > Math.abs(a[pivot]![column]!)) pivot = row;
    if (Math.abs(a[pivot]![column]!) < 1e-13) throw new Error(`solveLinearSystem: singular matrix at column ${column}`);
    [a[column], a[pivot]] = [a[pivot]!, a[column]!];
    for (let row = column + 1; row < n; row++) {
      const factor = a[row]![column]! / a[column]![column]!;
      for (let k = column; k <= n; k++) a[row]![k]! -= factor * a[column]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = a[row]![n]!;
    for (let k = row + 1; k < n; k++) sum -= a[row]![k]! * x[k]!;
    x[row] = sum / a[row]![row]!;
  }
  return x;
}

/** r̄(s, a) = Σ_s' T(s' | s, a) R(s, a, s'): the expected reward of taking a in s. */
export function expectedReward(mdp: FiniteMdp, reward: TransitionReward): number[][] {
  return mdp.transition.map((byAction, s) =>
    byAction.map((next, a) => next.reduce((sum, p, t) => sum + p * reward[s]![a]![t]!, 0)),
  );
}

/** P_π(s, s') = Σ_a π(a | s) T(s' | s, a). */
function stateTransition(mdp: FiniteMdp, policy: StatePolicy): number[][] {
  const states = mdp.initial.length;
  return mdp.transition.map((byAction, s) =>
    Array.from({ length: states }, (_, t) => byAction.reduce((sum, next, a) => sum + policy[s]![a]! * next[t]!, 0)),
  );
}

/** J(π) by policy evaluation: V = (I − γ P_π)^{-1} r_π and J = Σ_s initial(s) V(s). */
export function policyValue(mdp: FiniteMdp, policy: StatePolicy, reward: TransitionReward): number {
  const states = mdp.initial.length;
  const meanReward = expectedReward(mdp, reward);
  const rewardPerState = meanReward.map((byAction, s) => byAction.reduce((sum, r, a) => sum + policy[s]![a]! * r, 0));
  const p = stateTransition(mdp, policy);
  const system = p.map((row, s) => row.map((x, t) => (s === t ? 1 : 0) - mdp.discount * x));
  const values = solveLinearSystem(system, rewardPerState);
  return Array.from({ length: states }, (_, s) => mdp.initial[s]! * values[s]!).reduce((sum, x) => sum + x, 0);
}

/**
 * Discounted state-action visit counts d(s, a) = Σ_t γ^t P(S_t = s, A_t = a), flattened as index
 * s·|A| + a. Then J(π) = Σ d(s, a) r̄(s, a): the value is linear in d.
 */
export function occupancy(mdp: FiniteMdp, policy: StatePolicy): number[] {
  const p = stateTransition(mdp, policy);
  // state visits solve d_S = initial + γ P_πᵀ d_S
  const system = p.map((_, t) => p.map((row, s) => (s === t ? 1 : 0) - mdp.discount * row[t]!));
  const stateVisits = solveLinearSystem(system, mdp.initial);
  return policy.flatMap((probabilities, s) => probabilities.map((q) => stateVisits[s]! * q));
}

/**
 * The flow constraints every vector of visit counts meets, as rows of M with M d = initial:
 * Σ_a d(s', a) − γ Σ_{s,a} T(s' | s, a) d(s, a) = initial(s') for each state s'.
 */
export function flowMatrix(mdp: FiniteMdp): number[][] {
  const states = mdp.initial.length;
  return Array.from({ length: states }, (_, target) =>
    mdp.transition.flatMap((byAction, s) => byAction.map((next) => (s === target ? 1 : 0) - mdp.discount * next[target]!)),
  );
}

/** The policy whose visit counts are d: π(a | s) = d(s, a) / Σ_a' d(s, a'). */
export function policyFromOccupancy(visits: readonly number[], actions: number): number[][] {
  const states = visits.length / actions;
  return Array.from({ length: states }, (_, s) => {
    const row = visits.slice(s * actions, (s + 1) * actions);
    const total = row.reduce((sum, x) => sum + x, 0);
    return row.map((x) => x / total);
  });
}
