/** Checks of the results in content/model/the-model.mdx. */
import type { TheoremCheck } from "../checks.ts";

export const GRADIENT_INTERCHANGE_CHECK = {
  theorem: "gradient-interchange",
  label: "central differences of the exact expectation against the expected gradient, for random smooth functions of θ over random finite environments (probability-0 values and one-point laws included)",
  instances: 1000,
} as const satisfies TheoremCheck;

export const OE_GEOMETRY_CHECK = {
  theorem: "oe-geometry",
  label: "all four parts on random smooth functions, directions, positive factors and increasing outer functions, the chain rule replaced by central differences",
  instances: 1500,
} as const satisfies TheoremCheck;

/** In page order. */
export const theModelChecks: readonly TheoremCheck[] = [GRADIENT_INTERCHANGE_CHECK, OE_GEOMETRY_CHECK];
