/**
 * How many random instances each property-based falsification test checks. The tests in
 * test/unit/theorems import these numbers as their fast-check `numRuns`, so the count the site
 * shows ("checked on N random instances") is the count that actually ran.
 */
export interface TheoremCheck {
  /** id of the statement on the site (the `id` of its environment) */
  theorem: string;
  /** what was checked, in a phrase */
  label: string;
  /** number of random instances (fast-check numRuns) */
  instances: number;
}

export const STEP_CONDITION_CHECK = {
  theorem: "step-condition",
  label: "one gradient-ascent step on random smooth goals: the goal rises whenever the hypothesis holds",
  instances: 2000,
} as const satisfies TheoremCheck;

export const STEP_TRAJECTORY_CHECK = {
  theorem: "step-condition-trajectory",
  label: "gradient-ascent trajectories (40 steps each) on random proxy/goal pairs",
  instances: 300,
} as const satisfies TheoremCheck;

export const STEP_SHARPNESS_CHECK = {
  theorem: "step-condition-sharp",
  label: "the concave quadratic attains the bound: just above the threshold the goal rises, just below it falls",
  instances: 1000,
} as const satisfies TheoremCheck;

export const ANGLE_CHECK = {
  theorem: "step-condition-angle",
  label: "angle form and the bounds on the remainder of the expansion of arccos",
  instances: 2000,
} as const satisfies TheoremCheck;

export const COSINE_OF_SUM_CHECK = {
  theorem: "cosine-of-sum",
  label: "cosine of a sum: identity and both bounds on random vectors in dimensions 1 to 8",
  instances: 2000,
} as const satisfies TheoremCheck;

export const COSINE_DENSITY_CHECK = {
  theorem: "cosine-similarity-density",
  label: "Monte Carlo cosine similarities (2000 pairs per dimension) against the density: Kolmogorov–Smirnov test",
  instances: 40,
} as const satisfies TheoremCheck;

export const COSINE_VARIANCE_CHECK = {
  theorem: "cosine-similarity-density",
  label: "normalisation and second moment 1/d of the density by quadrature",
  instances: 200,
} as const satisfies TheoremCheck;

export const CONDITIONING_CHECK = {
  theorem: "conditioning-bound",
  label: "exact computation on random finite distributions and random events",
  instances: 3000,
} as const satisfies TheoremCheck;

export const MOMENT_COROLLARY_CHECK = {
  theorem: "conditional-moments",
  label: "shifts of E[X^k] and of the conditional variance on random finite distributions",
  instances: 1500,
} as const satisfies TheoremCheck;

export const PROXY_GAP_CHECK = {
  theorem: "proxy-gap",
  label: "selecting on Y ≥ y for random finite joint laws of (X, Y), any sign of covariance",
  instances: 1500,
} as const satisfies TheoremCheck;

export const BEST_OF_N_CHECK = {
  theorem: "best-of-n",
  label: "best-of-n selection on random finite joint laws, n from 1 to 64",
  instances: 1500,
} as const satisfies TheoremCheck;

export const STANDARD_FORM_CHECK = {
  theorem: "standard-form",
  label: "generalised inverse and sequential conditional-quantile transform on random finite laws",
  instances: 1000,
} as const satisfies TheoremCheck;

/** Every check, in site order. */
export const THEOREM_CHECKS: readonly TheoremCheck[] = [
  STANDARD_FORM_CHECK,
  STEP_CONDITION_CHECK,
  STEP_SHARPNESS_CHECK,
  STEP_TRAJECTORY_CHECK,
  ANGLE_CHECK,
  COSINE_OF_SUM_CHECK,
  COSINE_VARIANCE_CHECK,
  COSINE_DENSITY_CHECK,
  CONDITIONING_CHECK,
  MOMENT_COROLLARY_CHECK,
  PROXY_GAP_CHECK,
  BEST_OF_N_CHECK,
];

/** Total instances for a statement id (a statement may have several checks). */
export function instancesFor(theorem: string): number {
  return THEOREM_CHECKS.filter((c) => c.theorem === theorem).reduce((s, c) => s + c.instances, 0);
}
