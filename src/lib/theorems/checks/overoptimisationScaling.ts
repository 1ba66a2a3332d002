/** Checks of the results in content/literature/overoptimisation-scaling.mdx. */
import type { TheoremCheck } from "../checks.ts";

export const BON_KL_CHECK = {
  theorem: "bon-kl",
  label: "KL of the best of n for mixtures of normals, from the law of the winner's proxy on a fine grid, n from 1 to 1000",
  instances: 150,
} as const satisfies TheoremCheck;

export const BON_KL_ATOMS_CHECK = {
  theorem: "bon-kl-atoms",
  label: "exact KL of the best of n on random finite laws with tied proxy values, n from 1 to 64",
  instances: 1500,
} as const satisfies TheoremCheck;

export const BON_GAUSSIAN_CHECK = {
  theorem: "bon-gaussian-gold",
  label: "Monte Carlo gold score of the best of n for random pairs with a linear E[U* | U] (jointly Gaussian, or with uniform noise), within 5 standard errors, and the bound by √(2 log n)",
  instances: 200,
} as const satisfies TheoremCheck;

export const BON_PENALTY_CHECK = {
  theorem: "bon-quadratic-penalty",
  label: "Monte Carlo gold score of the best of n for a goal penalising extreme proxy values, uniform noise, within 5 standard errors",
  instances: 200,
} as const satisfies TheoremCheck;

/** In page order. */
export const overoptimisationScalingChecks: readonly TheoremCheck[] = [
  BON_KL_CHECK,
  BON_KL_ATOMS_CHECK,
  BON_GAUSSIAN_CHECK,
  BON_PENALTY_CHECK,
];
