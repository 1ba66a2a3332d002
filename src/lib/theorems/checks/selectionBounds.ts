/** Checks of the results in content/model/selection-bounds.mdx. */
import type { TheoremCheck } from "../checks.ts";

export const CONDITIONING_CHECK = {
  theorem: "conditioning-bound",
  label: "exact computation on random finite distributions and random events, P(A) = 1 included",
  instances: 3000,
} as const satisfies TheoremCheck;

export const CONDITIONING_EQUALITY_CHECK = {
  theorem: "conditioning-bound",
  label: "the equality case: affine in the indicator when P(A) < 1, both sides 0 when P(A) = 1",
  instances: 1500,
} as const satisfies TheoremCheck;

export const REWEIGHTING_CHECK = {
  theorem: "reweighting-bound",
  label: "random densities W ≥ 0 with E[W] = 1 on random finite distributions, zeros and W = 1_A/P(A) included",
  instances: 1500,
} as const satisfies TheoremCheck;

export const BEST_OF_N_CHECK = {
  theorem: "best-of-n",
  label: "exact law of the best of n (ties to the smallest index) on random finite joint laws, n from 1 to 64",
  instances: 1500,
} as const satisfies TheoremCheck;

export const MOMENT_COROLLARY_CHECK = {
  theorem: "conditional-moments",
  label: "shifts of E[X^k] (k ≤ 3) and the conditional-variance bounds on random finite distributions",
  instances: 1500,
} as const satisfies TheoremCheck;

export const PROXY_GAP_CHECK = {
  theorem: "proxy-gap",
  label: "both bounds when selecting on Y ≥ y for random finite joint laws of (X, Y), any sign of covariance",
  instances: 1500,
} as const satisfies TheoremCheck;

/** In page order. */
export const selectionBoundsChecks: readonly TheoremCheck[] = [
  CONDITIONING_CHECK,
  CONDITIONING_EQUALITY_CHECK,
  REWEIGHTING_CHECK,
  BEST_OF_N_CHECK,
  MOMENT_COROLLARY_CHECK,
  PROXY_GAP_CHECK,
];
