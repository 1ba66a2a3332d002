/**
 * Regressional: optimising the proxy improves the goal, but not as efficiently as optimising the
 * goal itself would.
 *
 * Rule. Along the run (every recorded state), OE_t = cos(∇Ū, ∇Ū*). Regressional holds if
 * 0 < OE_t < 1 − EPSILON on at least REQUIRED_FRACTION of the states. EPSILON = 0.01 (an angle
 * above about 8° between the gradients) keeps finite-difference rounding of a proxy equal to the
 * goal (OE = 1) out; REQUIRED_FRACTION = 1/2 makes it a property of the run rather than of a
 * passing moment.
 */
import type { OptimisationRun } from "../optimise";
import { formatNumber, type Verdict } from "./verdict";

export const EPSILON = 0.01;
export const REQUIRED_FRACTION = 0.5;

export type RegressionalEvidence = {
  epsilon: number;
  requiredFraction: number;
  /** Number of states with 0 < OE < 1 − ε. */
  inBand: number;
  states: number;
  fraction: number;
  meanEfficiency: number;
  efficiency: number[];
};

export type RegressionalVerdict = Verdict<"regressional", RegressionalEvidence>;

export function regressionalCriterion(run: OptimisationRun): RegressionalVerdict {
  const efficiency = run.steps.map((s) => s.efficiency);
  const inBand = efficiency.filter((x) => x > 0 && x < 1 - EPSILON).length;
  const fraction = inBand / efficiency.length;
  const meanEfficiency = efficiency.reduce((a, b) => a + b, 0) / efficiency.length;
  const holds = fraction >= REQUIRED_FRACTION;
  const band = `0 < OE < ${1 - EPSILON} on ${inBand} of ${efficiency.length} steps (${formatNumber(100 * fraction)}%; mean OE ${formatNumber(meanEfficiency)})`;
  const summary = holds ? `regressional holds: ${band}` : `regressional does not hold: ${band}, fewer than ${100 * REQUIRED_FRACTION}%`;
  return {
    mechanism: "regressional",
    holds,
    summary,
    evidence: { epsilon: EPSILON, requiredFraction: REQUIRED_FRACTION, inBand, states: efficiency.length, fraction, meanEfficiency, efficiency },
  };
}
