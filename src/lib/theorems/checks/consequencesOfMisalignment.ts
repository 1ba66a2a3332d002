/** Checks of the results in content/literature/consequences-of-misalignment.mdx. */
import type { TheoremCheck } from "../checks.ts";

export const UNMENTIONED_AT_FLOOR_CHECK = {
  theorem: "unmentioned-at-floor",
  label: "random separable costs strictly increasing in every attribute, proxies over 1 to L − 1 attributes and feasible states with an unmentioned attribute above its bound, the budget binding or not: lowering it and raising a mentioned attribute stays feasible and raises the proxy, so no such state is the limit of complete optimisation",
  instances: 1500,
} as const satisfies TheoremCheck;

export const BUDGET_DRAIN_CHECK = {
  theorem: "budget-drain",
  label: "random budgets, lower bounds, strictly increasing proxies and feasible states that leave budget unspent or an unmentioned attribute above its bound: moving both to one mentioned attribute spends the budget exactly, stays feasible and raises the proxy, so no such state is a maximiser",
  instances: 1500,
} as const satisfies TheoremCheck;

export const UTILITY_UNBOUNDED_CHECK = {
  theorem: "utility-unbounded-below",
  label: "concave utilities with known limiting slopes (gap at least 0.02 where part 2 applies, one common slope for part 3), a proxy that counts the goal's own utilities of the mentioned attributes, its maximiser by water-filling at bounds −M for M from 10³ to 10⁶: the proxy's optimum never falls, the goal there falls below −1000, and with one common slope it stays at Σa + sB",
  instances: 600,
} as const satisfies TheoremCheck;

export const DRAIN_STEP_CHECK = {
  theorem: "drain-step-harms-goal",
  label: "random states, concave utilities and steps that spend nothing extra, raise mentioned and lower unmentioned attributes, with every mentioned marginal utility below every unmentioned one: the goal's first-order change and the step's efficiency are negative (equal marginals, sampled too, are left to a mutant)",
  instances: 2000,
} as const satisfies TheoremCheck;

/** In page order. */
export const consequencesOfMisalignmentChecks: readonly TheoremCheck[] = [
  UNMENTIONED_AT_FLOOR_CHECK,
  BUDGET_DRAIN_CHECK,
  UTILITY_UNBOUNDED_CHECK,
  DRAIN_STEP_CHECK,
];
