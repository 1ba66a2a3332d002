/** Checks of the results in content/literature/goodhart-in-rl.mdx. */
import type { TheoremCheck } from "../checks.ts";

export const OCCUPANCY_POLYTOPE_CHECK = {
  theorem: "occupancy-polytope",
  label: "random MDPs (1 to 3 states and actions, γ from 0 to 0.99, transitions with zeros): occupancy measures summed as series meet the flow constraints with mass 1/(1 − γ) and give the Bellman value; feasible points of the constraints are the occupancy measures of the policies they induce",
  instances: 300,
} as const satisfies TheoremCheck;

export const REWARD_PROJECTION_CHECK = {
  theorem: "reward-projection",
  label: "random MDPs, policies, rewards and potentials: differences of values see only MR, and potential shaping shifts every policy's Bellman value by μ·c",
  instances: 300,
} as const satisfies TheoremCheck;

export const PROJECTED_ANGLE_ORDER_CHECK = {
  theorem: "projected-angle-order",
  label: "random MDPs, some with a state of occupancy 0 (unreachable, or at γ = 0 outside the support of μ but reachable), and true rewards equal to a positive multiple of the proxy's projection plus shaping plus noise of size 0 to 1: orders of random and deterministic policies agree at angle 0, and the proof's witness pair reverses them at a positive angle",
  instances: 300,
} as const satisfies TheoremCheck;

export const GOODHART_ON_A_FACE_CHECK = {
  theorem: "goodhart-on-a-face",
  label: "random MDPs with a two-dimensional occupancy polytope (2 states × 2 actions, 1 state × 3 actions), the exact projection path at pairs of nearby pressures: the proxy value never falls, and inside one face both values change at the rates |P_F R|² and ⟨P_F R, P_F R*⟩",
  instances: 500,
} as const satisfies TheoremCheck;

export const PESSIMISTIC_STOPPING_CHECK = {
  theorem: "pessimistic-stopping",
  label: "random MDPs, directions in T, proxy and true rewards, bounds θ from 0 to just below π/2: below π/2 − θ every admissible true reward and the worst case gain, above it the proof's worst case loses and is admissible",
  instances: 1000,
} as const satisfies TheoremCheck;

/** In page order. */
export const goodhartInRlChecks: readonly TheoremCheck[] = [
  OCCUPANCY_POLYTOPE_CHECK,
  REWARD_PROJECTION_CHECK,
  PROJECTED_ANGLE_ORDER_CHECK,
  GOODHART_ON_A_FACE_CHECK,
  PESSIMISTIC_STOPPING_CHECK,
];
