/**
 * Generalisation: a change of environment, not caused by the agent, moves a node whose effects
 * on Ū and Ū* disagree.
 *
 * Rule. Candidates are the roots that `environmentChange` replaces and every node reachable from
 * them by a directed path that does not pass through U or U* (other than U, U* and V). At the
 * optimised θ (the last state of the run), with the changed environment's samples (common random
 * numbers with the training samples):
 *  - e_U, e_U*: the total effect of do(v := v + δ) on Ū and Ū* (signs as in the tampering criterion);
 *  - the shift of v: per sample, v in the changed environment minus v in training, with U and U*
 *    held at their training values (so a shift that only passes through the goal or proxy does
 *    not count); the change moves v if the mean absolute shift exceeds EFFECT_TOLERANCE.
 * v is a witness if the change moves it and, in the changed environment,
 * sign(e_U)·sign(e_U*) ≤ 0 with at least one nonzero. Generalisation holds if some candidate is a
 * witness. The evidence also gives Ū and Ū* at the optimised θ in both environments.
 */
import { drawEnvironment, sampleSlots, meanSlots, type SlotIntervention } from "../evaluate";
import { descendants, shortestPath } from "../graph";
import type { Model } from "../model";
import type { OptimisationRun } from "../optimise";
import { EFFECT_TOLERANCE, formatNumber, shiftEffects, type Verdict } from "./verdict";

export type EffectPair = { onProxy: number; onGoal: number; proxySign: -1 | 0 | 1; goalSign: -1 | 0 | 1 };

export type GeneralisationCandidate = {
  node: string;
  /** A shortest directed path from a changed root, avoiding U and U*. */
  path: string[];
  training: EffectPair;
  changed: EffectPair;
  meanShift: number;
  meanAbsoluteShift: number;
  witness: boolean;
};

export type GeneralisationEvidence = {
  description: string | null;
  changedRoots: string[];
  theta: number[];
  proxy: { training: number; changed: number } | null;
  goal: { training: number; changed: number } | null;
  candidates: GeneralisationCandidate[];
  witnesses: string[];
};

export type GeneralisationVerdict = Verdict<"generalisation", GeneralisationEvidence>;

export function generalisationCriterion(model: Model, run: OptimisationRun): GeneralisationVerdict {
  const final = run.steps.at(-1)!;
  const theta = final.theta;
  if (model.environmentChange === undefined) {
    return {
      mechanism: "generalisation",
      holds: false,
      summary: "generalisation does not hold: the model describes no change of environment",
      evidence: { description: null, changedRoots: [], theta, proxy: null, goal: null, candidates: [], witnesses: [] },
    };
  }
  const changedRoots = Object.keys(model.environmentChange.roots);
  const training = drawEnvironment(model, run.settings.samples, run.settings.seed, "training");
  const changed = drawEnvironment(model, run.settings.samples, run.settings.seed, "changed");
  const excluded = new Set([model.proxy, model.goal, ...(model.agentGoal === undefined ? [] : [model.agentGoal])]);
  const blocked = new Set([model.proxy, model.goal]);
  const reachable = new Set(changedRoots);
  for (const root of changedRoots) for (const name of descendants(model, root)) reachable.add(name);
  const candidates = model.slots.flatMap((name) => {
    if (!reachable.has(name) || excluded.has(name)) return [];
    const path = shortestPath(model, changedRoots, name, blocked);
    return path === null ? [] : [{ name, path }];
  });

  const slot = (name: string) => model.slotOf.get(name)!;
  const watched = [slot(model.proxy), slot(model.goal)];
  const trainingValues = sampleSlots(model, theta, training, null);
  const holdTable = new Array<SlotIntervention | undefined>(model.slots.length).fill(undefined);
  for (const name of [model.proxy, model.goal]) {
    const s = slot(name);
    holdTable[s] = { slot: s, kind: "perSample", values: Float64Array.from(trainingValues, (row) => row[s]!) };
  }
  const changedHeld = sampleSlots(model, theta, changed, holdTable);
  const trainingMeans = meanSlots(model, theta, training, null);
  const changedMeans = meanSlots(model, theta, changed, null);

  const pair = (effects: ReturnType<typeof shiftEffects>): EffectPair => ({
    onProxy: effects[0]!.mean,
    onGoal: effects[1]!.mean,
    proxySign: effects[0]!.sign,
    goalSign: effects[1]!.sign,
  });
  const evidenceCandidates = candidates.map(({ name, path }): GeneralisationCandidate => {
    const s = slot(name);
    let shift = 0;
    let absoluteShift = 0;
    for (let i = 0; i < trainingValues.length; i++) {
      const d = changedHeld[i]![s]! - trainingValues[i]![s]!;
      shift += d;
      absoluteShift += Math.abs(d);
    }
    shift /= trainingValues.length;
    absoluteShift /= trainingValues.length;
    const inTraining = pair(shiftEffects(model, theta, training, name, watched, trainingMeans[s]!));
    const inChanged = pair(shiftEffects(model, theta, changed, name, watched, changedMeans[s]!));
    const disagree = inChanged.proxySign * inChanged.goalSign <= 0 && (inChanged.proxySign !== 0 || inChanged.goalSign !== 0);
    return { node: name, path, training: inTraining, changed: inChanged, meanShift: shift, meanAbsoluteShift: absoluteShift, witness: absoluteShift > EFFECT_TOLERANCE && disagree };
  });
  const witnesses = evidenceCandidates.filter((c) => c.witness);
  const proxy = { training: trainingMeans[slot(model.proxy)]!, changed: changedMeans[slot(model.proxy)]! };
  const goal = { training: trainingMeans[slot(model.goal)]!, changed: changedMeans[slot(model.goal)]! };
  const values = `at the optimised θ, Ū goes from ${formatNumber(proxy.training)} to ${formatNumber(proxy.changed)} and Ū* from ${formatNumber(goal.training)} to ${formatNumber(goal.changed)}`;
  const summary =
    witnesses.length > 0
      ? `generalisation holds: ${witnesses
          .map((w) => `the change (${changedRoots.join(", ")}) shifts "${w.node}" (path ${w.path.join(" → ")}) by ${formatNumber(w.meanShift)} on average, and there do(${w.node} + δ) changes Ū at rate ${formatNumber(w.changed.onProxy)} and Ū* at rate ${formatNumber(w.changed.onGoal)}`)
          .join("; ")}; ${values}`
      : `generalisation does not hold: no node the change (${changedRoots.join(", ")}) moves has disagreeing effects on Ū and Ū*; ${values}`;
  return {
    mechanism: "generalisation",
    holds: witnesses.length > 0,
    summary,
    evidence: { description: model.environmentChange.description, changedRoots, theta, proxy, goal, candidates: evidenceCandidates, witnesses: witnesses.map((w) => w.node) },
  };
}
