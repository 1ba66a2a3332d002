/** Checks of the results in content/model/step-condition.mdx. */
import type { TheoremCheck } from "../checks.ts";

export const ASCENT_LEMMA_CHECK = {
  theorem: "ascent-lemma",
  label: "the quadratic lower bound for random smooth functions with a certified curvature bound, concave quadratics (where it is an equality) included",
  instances: 2000,
} as const satisfies TheoremCheck;

export const STEP_CONDITION_CHECK = {
  theorem: "step-condition",
  label: "one gradient-ascent step on random smooth goals and on the concave quadratics where the bound is tight: the gain bound, and a rise whenever the hypothesis holds",
  instances: 2000,
} as const satisfies TheoremCheck;

export const STEP_SHARPNESS_CHECK = {
  theorem: "step-condition-sharp",
  label: "the concave quadratic attains the bound: at the threshold the goal stays put, below it the goal falls, above it the goal rises, and for κ < 1/2 the weaker condition holds where the goal does not rise",
  instances: 1000,
} as const satisfies TheoremCheck;

export const STEP_TRAJECTORY_CHECK = {
  theorem: "step-condition-trajectory",
  label: "gradient-ascent trajectories (40 steps each) on random smooth goals, with proxies that add a random smooth function to the goal: the goal rises along every trajectory whose steps all meet the condition",
  instances: 300,
} as const satisfies TheoremCheck;

export const ANGLE_CHECK = {
  theorem: "step-condition-angle",
  label: "steps on the sharpness construction and on random smooth goals, at angles near arccos t and anywhere, t from 0 to 2: the exact and the linear angle condition make the goal rise, and the remainder bounds of arccos hold",
  instances: 3000,
} as const satisfies TheoremCheck;

export const COSINE_OF_SUM_CHECK = {
  theorem: "cosine-of-sum",
  label: "cosine of a sum: identity, both bounds and their attainment on random vectors in dimensions 1 to 8",
  instances: 2000,
} as const satisfies TheoremCheck;

export const PERTURBED_ANGLE_CHECK = {
  theorem: "perturbed-angle",
  label: "random perturbations of bounded length, and the perturbation that attains the bound",
  instances: 1500,
} as const satisfies TheoremCheck;

/** In page order. */
export const stepConditionChecks: readonly TheoremCheck[] = [
  ASCENT_LEMMA_CHECK,
  STEP_CONDITION_CHECK,
  STEP_SHARPNESS_CHECK,
  STEP_TRAJECTORY_CHECK,
  ANGLE_CHECK,
  COSINE_OF_SUM_CHECK,
  PERTURBED_ANGLE_CHECK,
];
