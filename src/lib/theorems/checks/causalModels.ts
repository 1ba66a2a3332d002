/** Checks of the results in content/model/causal-models.mdx. */
import type { TheoremCheck } from "../checks.ts";

export const MARKOV_FACTORISATION_CHECK = {
  theorem: "markov-factorisation",
  label: "exact conditional independences and the product of the conditional laws, on the laws of random finite SCMs and on arbitrary finite laws that are Markov, DAGs on 1 to 4 nodes",
  instances: 600,
} as const satisfies TheoremCheck;

export const QUANTILE_GALOIS_CHECK = {
  theorem: "quantile-galois",
  label: "F⁻(u) ≤ x exactly when u ≤ F(x), and the exact law of F⁻(Z), on random finite laws at their breakpoints and between",
  instances: 2000,
} as const satisfies TheoremCheck;

export const STANDARD_FORM_CHECK = {
  theorem: "standard-form",
  label: "the exact law of the quantile construction, node by node, against the original law, for random finite SCMs and Markov finite laws on DAGs of 1 to 4 nodes",
  instances: 600,
} as const satisfies TheoremCheck;

export const STANDARD_FORM_MULTIVARIATE_CHECK = {
  theorem: "standard-form-multivariate",
  label: "the exact law of the sequential conditional-quantile transform against arbitrary finite joint laws of a node with 1 to 3 coordinates and 0 to 2 parents",
  instances: 600,
} as const satisfies TheoremCheck;

/** In page order. */
export const causalModelsChecks: readonly TheoremCheck[] = [MARKOV_FACTORISATION_CHECK, QUANTILE_GALOIS_CHECK, STANDARD_FORM_CHECK, STANDARD_FORM_MULTIVARIATE_CHECK];
