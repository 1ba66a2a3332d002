/** Runs a model and every criterion on the run. */
import type { Mechanism } from "../../site/catalog/schema";
import { adversarialCriterion, naiveCriterion, type AdversarialVerdict, type NaiveVerdict } from "./criteria/effects";
import { extremalCriterion, type ExtremalVerdict } from "./criteria/extremal";
import { generalisationCriterion, type GeneralisationVerdict } from "./criteria/generalisation";
import { regressionalCriterion, type RegressionalVerdict } from "./criteria/regressional";
import { tamperingCriterion, type TamperingVerdict } from "./criteria/tampering";
import type { Model } from "./model";
import { optimise, type OptimisationRun, type RunSettings } from "./optimise";

export type MechanismVerdict = RegressionalVerdict | ExtremalVerdict | TamperingVerdict | GeneralisationVerdict;
export type EffectVerdict = NaiveVerdict | AdversarialVerdict;
export type AnyVerdict = MechanismVerdict | EffectVerdict;

export type Assessment = {
  model: string;
  run: OptimisationRun;
  /** In the order regressional, extremal, tampering, generalisation, naive, adversarial. */
  verdicts: AnyVerdict[];
};

/** Every verdict for a run that has already been made. */
export function assessRun(model: Model, run: OptimisationRun): AnyVerdict[] {
  const mechanisms: MechanismVerdict[] = [
    regressionalCriterion(run),
    extremalCriterion(run),
    tamperingCriterion(model, run),
    generalisationCriterion(model, run),
  ];
  const holding: Mechanism[] = mechanisms.filter((v) => v.holds).map((v) => v.mechanism);
  return [...mechanisms, naiveCriterion(model.agentGoal, holding), adversarialCriterion(model.agentGoal, run)];
}

/** Optimises the model with the settings and returns the run with every verdict. */
export function assessModel(model: Model, settings: RunSettings): Assessment {
  const run = optimise(model, settings);
  return { model: model.name, run, verdicts: assessRun(model, run) };
}
