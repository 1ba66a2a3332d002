/** Checks of the results in content/taxonomy/*.mdx. */
import type { TheoremCheck } from "../checks.ts";

export const OE_FRACTION_CHECK = {
  theorem: "oe-as-fraction",
  label: "random gradients, parallel, opposite and orthogonal ones included, against random directions of the same length",
  instances: 1000,
} as const satisfies TheoremCheck;

export const REGRESSIONAL_ABSENT_CHECK = {
  theorem: "regressional-absent",
  label: "integer gradients, positive and negative multiples included: efficiency 1 exactly for positive multiples",
  instances: 1000,
} as const satisfies TheoremCheck;

export const EXTREMAL_DECREASE_CHECK = {
  theorem: "extremal-decrease",
  label: "one gradient step (part 2) on random smooth goals with certified curvature, step sizes up to the threshold",
  instances: 1000,
} as const satisfies TheoremCheck;

export const REGRESSIONAL_ABSENT_PARTS_CHECK = {
  theorem: "regressional-absent",
  label: "parts 1 and 2 on random models in standard form: U = h(U*) with h' > 0, and U = U* + N(E)",
  instances: 600,
} as const satisfies TheoremCheck;

export const EXTREMAL_FLOW_CHECK = {
  theorem: "extremal-decrease",
  label: "gradient flow (part 1) on linear and bowl-shaped proxies, solved exactly, against random quadratic goals",
  instances: 800,
} as const satisfies TheoremCheck;

export const NO_PATH_CHECK = {
  theorem: "no-path-no-effect",
  label: "random models in standard form, exact expectations and forward-mode effects; v = U* itself refutes the statement, so v ≠ U* is assumed",
  instances: 800,
} as const satisfies TheoremCheck;

export const CAUSE_SHAPES_CHECK = {
  theorem: "cause-shapes-criterion",
  label: "independent causes and intermediaries in random models in standard form, the node outside {U, U*}",
  instances: 1500,
} as const satisfies TheoremCheck;

export const SINGLE_CHANNEL_CHECK = {
  theorem: "single-channel",
  label: "random models with one channel v = g(θ) to both objectives, zero effects and random environments included",
  instances: 800,
} as const satisfies TheoremCheck;

export const REFINEMENT_CHECK = {
  theorem: "tampering-refinement",
  label: "the copy node inserted before the proxy in random models in standard form",
  instances: 800,
} as const satisfies TheoremCheck;

export const UNCHANGED_GOAL_INPUTS_CHECK = {
  theorem: "unchanged-goal-inputs",
  label: "random changes of the environment law in random models in standard form, goal values and gradients under P and Q",
  instances: 800,
} as const satisfies TheoremCheck;

export const ADVERSARY_SLACK_CHECK = {
  theorem: "adversary-needs-slack",
  label: "integer gradients with efficiency 1 and below, the explicit direction and random directions",
  instances: 1000,
} as const satisfies TheoremCheck;

export const ADVERSARIAL_MIXTURE_CHECK = {
  theorem: "adversarial-mixture",
  label: "integer gradients and weights λ, μ ≥ 0, zero gradients and zero weights included",
  instances: 1000,
} as const satisfies TheoremCheck;

/** In page order. */
export const taxonomyChecks: readonly TheoremCheck[] = [
  OE_FRACTION_CHECK,
  REGRESSIONAL_ABSENT_CHECK,
  REGRESSIONAL_ABSENT_PARTS_CHECK,
  EXTREMAL_FLOW_CHECK,
  EXTREMAL_DECREASE_CHECK,
  NO_PATH_CHECK,
  CAUSE_SHAPES_CHECK,
  SINGLE_CHANNEL_CHECK,
  REFINEMENT_CHECK,
  UNCHANGED_GOAL_INPUTS_CHECK,
  ADVERSARY_SLACK_CHECK,
  ADVERSARIAL_MIXTURE_CHECK,
];
