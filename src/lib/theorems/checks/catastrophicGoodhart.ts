/** Checks of the results in content/literature/catastrophic-goodhart.mdx. */
import type { TheoremCheck } from "../checks.ts";

export const GAUSSIAN_CONDITIONAL_GOAL_CHECK = {
  theorem: "gaussian-conditional-goal",
  label: "closed form against quadrature for random means, scales (σ_X = 0 included) and thresholds; the linear lower bound",
  instances: 400,
} as const satisfies TheoremCheck;

export const BOUNDED_GOAL_SHIFT_CHECK = {
  theorem: "bounded-goal-shift",
  label: "exact conditional means for random finite goals in [a, c] and finite errors, the two-point equality case included",
  instances: 1500,
} as const satisfies TheoremCheck;

export const LONG_TAILED_LIMIT_CHECK = {
  theorem: "long-tailed-limit",
  label: "exact conditional means at t = 10⁸ for finite goals and Student-t, lognormal and Pareto errors",
  instances: 600,
} as const satisfies TheoremCheck;

export const HEAVY_TAIL_KL_CHECK = {
  theorem: "heavy-tail-kl",
  label: "the proof's two-piece laws, exact mean and KL divergence, for Student-t (ν > 1) and Pareto (α > 1) errors and random M, ε",
  instances: 400,
} as const satisfies TheoremCheck;

export const LIGHT_TAIL_KL_CHECK = {
  theorem: "heavy-tail-kl",
  label: "the light-tail bound μ + σ√(2 KL) on two-piece reweightings of random Gaussian laws",
  instances: 800,
} as const satisfies TheoremCheck;

export const CATASTROPHIC_GOODHART_CHECK = {
  theorem: "catastrophic-goodhart",
  label: "reweighting by a function of the error on random finite independent laws: goal law, proxy mean and KL divergence exact",
  instances: 1000,
} as const satisfies TheoremCheck;

export const LIGHT_TAILED_KL_CHECK = {
  theorem: "light-tailed-kl",
  label: "the tilted law against random competitors on finite independent laws, its goal's monotonicity, and the Gaussian tilt's mean and KL divergence by quadrature",
  instances: 800,
} as const satisfies TheoremCheck;

/** In page order. */
export const catastrophicGoodhartChecks: readonly TheoremCheck[] = [
  GAUSSIAN_CONDITIONAL_GOAL_CHECK,
  BOUNDED_GOAL_SHIFT_CHECK,
  LONG_TAILED_LIMIT_CHECK,
  HEAVY_TAIL_KL_CHECK,
  LIGHT_TAIL_KL_CHECK,
  CATASTROPHIC_GOODHART_CHECK,
  LIGHT_TAILED_KL_CHECK,
];
