/**
 * The two effects.
 *  - adversarial: the model has an agent goal V and OE_V(U*) = cos(∇V̄, ∇Ū*) < 0 at the start of
 *    the run (before optimisation the agent's goal is at odds with the true goal);
 *  - naive: the model has no agent goal (the optimiser honestly ascends Ū) and at least one
 *    mechanism holds.
 * A model with an agent goal that is not at odds with U* at the start shows neither.
 */
import type { Mechanism } from "../../../site/catalog/schema";
import type { OptimisationRun } from "../optimise";
import { formatNumber, type Verdict } from "./verdict";

export type AdversarialEvidence = {
  agentGoal: string | null;
  /** OE_V(U*) at the first state, null without an agent goal. */
  startEfficiency: number | null;
  /** OE_V(U*) along the run (empty without an agent goal). */
  efficiency: number[];
};

export type NaiveEvidence = {
  agentGoal: string | null;
  mechanismsHolding: Mechanism[];
};

export type AdversarialVerdict = Verdict<"adversarial", AdversarialEvidence>;
export type NaiveVerdict = Verdict<"naive", NaiveEvidence>;

export function adversarialCriterion(agentGoal: string | undefined, run: OptimisationRun): AdversarialVerdict {
  if (agentGoal === undefined) {
    return {
      mechanism: "adversarial",
      holds: false,
      summary: "adversarial does not hold: the model has no agent goal V",
      evidence: { agentGoal: null, startEfficiency: null, efficiency: [] },
    };
  }
  const efficiency = run.steps.map((s) => s.agentEfficiency ?? 0);
  const start = efficiency[0]!;
  const holds = start < 0;
  const lowest = Math.min(...efficiency);
  const summary = `adversarial ${holds ? "holds" : "does not hold"}: OE_V(U*) = ${formatNumber(start)} at the start (agent goal "${agentGoal}"; lowest along the run ${formatNumber(lowest)})`;
  return { mechanism: "adversarial", holds, summary, evidence: { agentGoal, startEfficiency: start, efficiency } };
}

export function naiveCriterion(agentGoal: string | undefined, mechanismsHolding: Mechanism[]): NaiveVerdict {
  const holds = agentGoal === undefined && mechanismsHolding.length > 0;
  const summary =
    agentGoal !== undefined
      ? `naive does not hold: the agent pursues its own goal "${agentGoal}"`
      : holds
        ? `naive holds: an honest optimiser of Ū meets ${mechanismsHolding.join(", ")}`
        : "naive does not hold: no mechanism holds";
  return { mechanism: "naive", holds, summary, evidence: { agentGoal: agentGoal ?? null, mechanismsHolding } };
}
