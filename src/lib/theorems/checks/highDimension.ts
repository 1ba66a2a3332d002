/** Checks of the results in content/model/high-dimension.mdx. */
import type { TheoremCheck } from "../checks.ts";

export const COSINE_DENSITY_CHECK = {
  theorem: "cosine-similarity-density",
  label: "Monte Carlo cosine similarities (2000 pairs per dimension) against the density: Kolmogorov–Smirnov test",
  instances: 40,
} as const satisfies TheoremCheck;

export const COSINE_VARIANCE_CHECK = {
  theorem: "cosine-similarity-density",
  label: "normalisation, mean 0 and second moment 1/d of the density by quadrature, and the Beta(1/2, (d − 1)/2) law of Z² at random points, d from 2 to 400",
  instances: 200,
} as const satisfies TheoremCheck;

export const CONCENTRATION_CHECK = {
  theorem: "efficiency-concentration",
  label: "P(|cos| ≥ ε) ≤ 1/(dε²), for the exact tail and for 1000 Monte Carlo pairs per instance, d from 2 to 50 and ε from 0.01 to 1.2",
  instances: 200,
} as const satisfies TheoremCheck;

/** In page order. */
export const highDimensionChecks: readonly TheoremCheck[] = [COSINE_DENSITY_CHECK, COSINE_VARIANCE_CHECK, CONCENTRATION_CHECK];
