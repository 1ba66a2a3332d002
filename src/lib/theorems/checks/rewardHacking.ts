/** Checks of the results in content/literature/reward-hacking.mdx. */
import type { TheoremCheck } from "../checks.ts";

export const UNHACKABLE_ORDER_CHECK = {
  theorem: "unhackable-order",
  label: "random value tables on one to six policies, with ties, constants, positive affine transforms and coarsenings: hackability by brute force against the order condition, trivial, equivalent and simplified pairs never hackable, and a simplification never equivalent",
  instances: 2000,
} as const satisfies TheoremCheck;

export const CONVEX_UNHACKABLE_CHECK = {
  theorem: "convex-unhackable",
  label: "convex sets A·Δ of visit-count vectors (random integer A, one to five vertices, dimension one to four) with integer rewards, equivalent, negated and trivial pairs included: a hacking pair inside the set exactly when both rewards are non-trivial and not equivalent, and equivalence exactly when the projected rewards are positive multiples",
  instances: 1500,
} as const satisfies TheoremCheck;

export const BANDIT_UNHACKABLE_CHECK = {
  theorem: "bandit-unhackable",
  label: "bandits with two to six arms and real rewards, the proxy random, a positive affine transform, a negative one or constant: the verdict of the criterion against a verified hacking pair or against random policy pairs",
  instances: 1500,
} as const satisfies TheoremCheck;

export const OPEN_SET_CHECK = {
  theorem: "open-set-unhackable",
  label: "random MDPs with one to three states and two or three actions, Π a small open box of policies around a random interior policy, rewards random, potential-shaped, positive affine or constant: for every non-trivial non-equivalent pair a hacking pair inside Π, verified by exact policy evaluation",
  instances: 600,
} as const satisfies TheoremCheck;

export const HACKING_DIRECTION_CHECK = {
  theorem: "hacking-direction",
  label: "bandits with two to five arms and integer rewards, random interior policies and directions: the efficiency is the same at every interior point, equals 1 exactly for unhackable non-trivial pairs, and a straight move hacks exactly when its efficiency is positive on the proxy and negative on the goal",
  instances: 1500,
} as const satisfies TheoremCheck;

export const FINITE_UNHACKABLE_CHECK = {
  theorem: "finite-unhackable",
  label: "three to five affinely independent policies of a bandit with three to five arms and a true reward with distinct values on them: the constructed proxy is non-trivial, unhackable and not equivalent on the set",
  instances: 1000,
} as const satisfies TheoremCheck;

/** In page order. */
export const rewardHackingChecks: readonly TheoremCheck[] = [
  UNHACKABLE_ORDER_CHECK,
  CONVEX_UNHACKABLE_CHECK,
  BANDIT_UNHACKABLE_CHECK,
  HACKING_DIRECTION_CHECK,
  OPEN_SET_CHECK,
  FINITE_UNHACKABLE_CHECK,
];
