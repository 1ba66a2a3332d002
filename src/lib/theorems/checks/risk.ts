/** Checks of the results in content/risk/*.mdx. */
import type { TheoremCheck } from "../checks.ts";


/** In page order. */
export const riskChecks: readonly TheoremCheck[] = [];
