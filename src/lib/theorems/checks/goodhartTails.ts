/** Checks of the results in content/literature/goodhart-and-tails.mdx. */
import type { TheoremCheck } from "../checks.ts";

export const INDEPENDENT_SELECTION_CHECK = {
  theorem: "independent-selection-never-hurts",
  label:
    "exact conditional means on random finite goals with Gaussian, Laplace, power-law and atomic discrepancies, thresholds from far below to far above, constant goals included",
  instances: 1500,
} as const satisfies TheoremCheck;

export const GAUSSIAN_SELECTION_CHECK = {
  theorem: "gaussian-quantile-selection",
  label:
    "the closed form against quadrature with the threshold found by inversion, for random means, goal and discrepancy scales (zero discrepancy included) and fractions from 1/2 down to 1e-10",
  instances: 150,
} as const satisfies TheoremCheck;

export const TOP_CORRELATION_CHECK = {
  theorem: "gaussian-top-correlation",
  label:
    "the closed form against conditional moments integrated over the goal for random means, scales and fractions from 1/2 down to 1e-10, zero discrepancy included, and the bound for z_p > 1",
  instances: 300,
} as const satisfies TheoremCheck;

export const EXPONENTIAL_TAIL_CHECK = {
  theorem: "exponential-tail-selection",
  label:
    "exact conditional means on random finite goals with exponential-tailed discrepancies (atoms below the tail included), and quadrature for Gaussian goals with Laplace discrepancies: the tilted mean, and μ + λσ*²",
  instances: 600,
} as const satisfies TheoremCheck;

export const LONG_TAILED_CHECK = {
  theorem: "long-tailed-selection",
  label:
    "exact conditional means on random bounded finite goals with power-law, log-normal and Weibull (shape ≤ 1/2) discrepancies: the rate bound at random thresholds and the return to E[U*] far out",
  instances: 800,
} as const satisfies TheoremCheck;

export const POWER_LAW_CHECK = {
  theorem: "power-law-selection",
  label:
    "quadrature for Gaussian goals (random mean and scale) with power-law discrepancies of tail index 0.5 to 6 and random scale: the proof's explicit bound at random thresholds from w to 10⁶w, and the return to E[U*] far out",
  instances: 120,
} as const satisfies TheoremCheck;

export const goodhartTailsChecks: readonly TheoremCheck[] = [
  INDEPENDENT_SELECTION_CHECK,
  GAUSSIAN_SELECTION_CHECK,
  TOP_CORRELATION_CHECK,
  EXPONENTIAL_TAIL_CHECK,
  LONG_TAILED_CHECK,
  POWER_LAW_CHECK,
];
