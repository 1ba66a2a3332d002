/**
 * The registry of property-based falsification checks: one entry per check, per page in checks/.
 * Each entry is run by exactly one claim in test/unit/theorems/claims/ (a test enforces it), with
 * `instances` as its fast-check numRuns, so the count the site shows is the count that ran.
 */
import { catastrophicGoodhartChecks } from "./checks/catastrophicGoodhart.ts";
import { causalModelsChecks } from "./checks/causalModels.ts";
import { goodhartInRlChecks } from "./checks/goodhartInRl.ts";
import { goodhartTailsChecks } from "./checks/goodhartTails.ts";
import { consequencesOfMisalignmentChecks } from "./checks/consequencesOfMisalignment.ts";
import { highDimensionChecks } from "./checks/highDimension.ts";
import { overoptimisationScalingChecks } from "./checks/overoptimisationScaling.ts";
import { rewardHackingChecks } from "./checks/rewardHacking.ts";
import { riskChecks } from "./checks/risk.ts";
import { selectionBoundsChecks } from "./checks/selectionBounds.ts";
import { stepConditionChecks } from "./checks/stepCondition.ts";
import { taxonomyChecks } from "./checks/taxonomy.ts";
import { theModelChecks } from "./checks/theModel.ts";

export interface TheoremCheck {
  /** id of the statement on the site (the `id` of its environment) */
  theorem: string;
  /** what was checked, in a phrase */
  label: string;
  /** number of random instances (fast-check numRuns) */
  instances: number;
}

export * from "./checks/catastrophicGoodhart.ts";
export * from "./checks/causalModels.ts";
export * from "./checks/goodhartInRl.ts";
export * from "./checks/goodhartTails.ts";
export * from "./checks/consequencesOfMisalignment.ts";
export * from "./checks/highDimension.ts";
export * from "./checks/overoptimisationScaling.ts";
export * from "./checks/rewardHacking.ts";
export * from "./checks/risk.ts";
export * from "./checks/selectionBounds.ts";
export * from "./checks/stepCondition.ts";
export * from "./checks/taxonomy.ts";
export * from "./checks/theModel.ts";

/** Every check, in site order. */
export const THEOREM_CHECKS: readonly TheoremCheck[] = [
  ...theModelChecks,
  ...causalModelsChecks,
  ...stepConditionChecks,
  ...highDimensionChecks,
  ...selectionBoundsChecks,
  ...taxonomyChecks,
  ...riskChecks,
  ...goodhartInRlChecks,
  ...catastrophicGoodhartChecks,
  ...goodhartTailsChecks,
  ...overoptimisationScalingChecks,
  ...consequencesOfMisalignmentChecks,
  ...rewardHackingChecks,
];

/** Total instances for a statement id (a statement may have several checks). */
export function instancesFor(theorem: string): number {
  return THEOREM_CHECKS.filter((c) => c.theorem === theorem).reduce((s, c) => s + c.instances, 0);
}
