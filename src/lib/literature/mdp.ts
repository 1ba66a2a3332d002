/**
 * Finite discounted Markov decision processes: the flow matrix, discounted state-action visit counts
 * (occupancy measures), policy evaluation, and the policy behind a vector of visit counts. Used by
 * the code of content/literature/reward-hacking.mdx and, through occupancyMeasures.ts, of
 * content/literature/goodhart-in-rl.mdx.
 *
 * A policy is π[s][a], the probability of action a in state s. Vectors over state-action pairs are
 * indexed s·|A| + a. J(π) = E[Σ_t γ^t R(S_t, A_t, S_{t+1})] with S_0 drawn from the initial
 * distribution.
 */
import { solveLinearSystem } from "../linearProgram";
import { dot } from "../experiments/vector";

export { solveLinearSystem };

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

/** V^π from the Bellman equation V = r_π + γ P_π V, with r(s, a) flattened as s·|A| + a. */
export function policyValues(mdp: FiniteMdp, policy: StatePolicy, reward: readonly number[]): number[] {
  const p = stateTransition(mdp, policy);
  const system = p.map((row, s) => row.map((x, t) => (s === t ? 1 : 0) - mdp.discount * x));
  const rewardPerState = policy.map((probabilities, s) =>
    probabilities.reduce((sum, q, a) => sum + q * reward[s * probabilities.length + a]!, 0),
  );
  return solveLinearSystem(system, rewardPerState);
}

/** J(π) by policy evaluation: J = Σ_s initial(s) V^π(s) for the expected reward r̄. */
export function policyValue(mdp: FiniteMdp, policy: StatePolicy, reward: TransitionReward): number {
  return dot(mdp.initial, policyValues(mdp, policy, expectedReward(mdp, reward).flat()));
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

/**
 * The policy whose visit counts are d: π(a | s) = d(s, a) / Σ_a' d(s, a'). Negative rounding residue
 * counts as 0, and a state never visited gets the uniform policy.
 */
export function policyFromOccupancy(visits: readonly number[], actions: number): number[][] {
  const states = visits.length / actions;
  return Array.from({ length: states }, (_, s) => {
    const row = visits.slice(s * actions, (s + 1) * actions).map((x) => Math.max(0, x));
    const total = row.reduce((sum, x) => sum + x, 0);
    return total > 0 ? row.map((x) => x / total) : row.map(() => 1 / actions);
  });
}
