/** Checks of the results in content/risk/*.mdx. */
import type { TheoremCheck } from "../checks.ts";

export const REGULARISATION_EFFICIENCY_CHECK = {
  theorem: "regularisation-efficiency",
  label: "random gradients and penalty gradients: the efficiency formula, its slope at λ = 0 by finite differences, and the sufficient condition for a rise",
  instances: 1500,
} as const satisfies TheoremCheck;

export const IDEAL_REGULARISER_CHECK = {
  theorem: "ideal-regulariser",
  label: "penalties aimed at the off-goal part: the closed form, and the interval of weights that raises the efficiency",
  instances: 1500,
} as const satisfies TheoremCheck;

export const REGULARISED_STEP_CHECK = {
  theorem: "regularised-step-condition",
  label: "regularised gradient steps on random smooth goals with a certified curvature bound: the gain bound and the rise",
  instances: 1500,
} as const satisfies TheoremCheck;

export const AGGREGATE_EFFICIENCY_CHECK = {
  theorem: "aggregate-efficiency",
  label: "sums of 1 to 6 random steps, zero steps included: the weighted-sum identity, part (a), and the construction of part (b)",
  instances: 1500,
} as const satisfies TheoremCheck;

export const TRAJECTORY_UNDERDETERMINES_CHECK = {
  theorem: "trajectory-underdetermines-objective",
  label: "random sequences of distinct points: the proof's sum of bumps makes gradient ascent pass through them",
  instances: 300,
} as const satisfies TheoremCheck;

export const CAPABILITY_DILUTES_CHECK = {
  theorem: "capability-dilutes-penalty",
  label: "random gradients, penalty weights and capability factors: the identity of efficiencies and the limit as k grows",
  instances: 1500,
} as const satisfies TheoremCheck;

export const LETTER_OUTCOME_CHECK = {
  theorem: "letter-outcome-steps",
  label: "gradient ascent on concave quadratic proxies, run to their maximum, with random smooth goals: a step where the goal falls, and the efficiency bound at every such step",
  instances: 400,
} as const satisfies TheoremCheck;

/** In page order (letter and spirit, regularisation, misuse, takeover, open problems). */
export const riskChecks: readonly TheoremCheck[] = [
  LETTER_OUTCOME_CHECK,
  REGULARISATION_EFFICIENCY_CHECK,
  IDEAL_REGULARISER_CHECK,
  REGULARISED_STEP_CHECK,
  CAPABILITY_DILUTES_CHECK,
  AGGREGATE_EFFICIENCY_CHECK,
  TRAJECTORY_UNDERDETERMINES_CHECK,
];
