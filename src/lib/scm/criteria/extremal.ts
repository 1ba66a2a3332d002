/**
 * Extremal: after optimising the proxy has helped the goal, it harms it.
 *
 * Rule. Along the run, OE_t = cos(∇Ū(θ_t), ∇Ū*(θ_t)) (0 when a gradient is below GRADIENT_FLOOR).
 * Extremal holds if there is a maximal interval of steps [T1, T2] on which OE_t < 0 that starts
 * after a step with OE > 0.
 */
import { negativeIntervals } from "../../experiments/extremalProxy";
import type { OptimisationRun } from "../optimise";
import { formatNumber, type Verdict } from "./verdict";

export type ExtremalEvidence = {
  /** The first step with OE > 0, or null if there is none. */
  firstPositiveStep: number | null;
  /** Maximal intervals [T1, T2] (inclusive) with OE < 0 after the first positive step. */
  intervals: [number, number][];
  efficiency: number[];
};

export type ExtremalVerdict = Verdict<"extremal", ExtremalEvidence>;

export function extremalCriterion(run: OptimisationRun): ExtremalVerdict {
  const efficiency = run.steps.map((s) => s.efficiency);
  const firstPositive = efficiency.findIndex((x) => x > 0);
  const intervals = firstPositive < 0 ? [] : negativeIntervals(efficiency).filter(([start]) => start > firstPositive);
  const holds = intervals.length > 0;
  const list = intervals.map(([a, b]) => `[${a}, ${b}]`).join(", ");
  const summary = holds
    ? `extremal holds: OE is positive from step ${firstPositive} (OE = ${formatNumber(efficiency[firstPositive]!)}) and negative on steps ${list} (lowest OE ${formatNumber(Math.min(...efficiency))})`
    : firstPositive < 0
      ? `extremal does not hold: OE is never positive (highest OE ${formatNumber(Math.max(...efficiency))})`
      : `extremal does not hold: OE never turns negative after step ${firstPositive} (lowest OE afterwards ${formatNumber(Math.min(...efficiency.slice(firstPositive)))})`;
  return { mechanism: "extremal", holds, summary, evidence: { firstPositiveStep: firstPositive < 0 ? null : firstPositive, intervals, efficiency } };
}
