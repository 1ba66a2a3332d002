/**
 * An optimisation run: gradient ascent from the model's initial θ, recording at every step the
 * expectations, their gradients and the optimisation efficiency OE = cos(∇Ū, ∇Ū*) and pressure
 * OP = |∇Ū|·OE of the formal model.
 *
 * What the agent ascends. A naive optimiser ascends the proxy Ū. An agent with its own goal V
 * (the adversarial effect) ascends V̄ instead: whatever reason it has to keep the proxy high
 * (not being shut down, being deployed) belongs inside its goal, e.g. V = gain + λ·U, so the mix
 * is part of the model rather than of the run. `objective` overrides this default.
 */
import { cosine, norm } from "../experiments/vector";
import { requireInteger, requireNumber } from "../experiments/validation";
import { drawEnvironment, initialTheta, type EnvironmentSamples } from "./evaluate";
import { meanJacobian, slotGradient } from "./gradient";
import { ModelError, type Model } from "./model";

/** Gradients shorter than this count as zero in OE, so OE is 0 (the 0/0 convention) rather than the angle of rounding noise. */
export const GRADIENT_FLOOR = 1e-8;

export type Objective = "proxy" | "agentGoal";

/** How a catalog example is run. */
export type RunSettings = {
  /** Number of gradient steps (the run records steps + 1 states). */
  readonly steps: number;
  /** α in θ ← θ + α·d. */
  readonly stepSize: number;
  /** Environment samples for the Monte Carlo expectations. */
  readonly samples: number;
  readonly seed: number;
  /** What the agent ascends: default "agentGoal" when the model has one, else "proxy". */
  readonly objective?: Objective;
  /** Take steps of length α along the gradient's direction (d = ∇/|∇|) instead of α·∇. */
  readonly normalised?: boolean;
};

export type ResolvedRunSettings = Required<RunSettings>;

/** One state of the run; plain data, shown on the site. */
export type StepRecord = {
  step: number;
  theta: number[];
  /** Ū, Ū* and V̄ (null without an agent goal). */
  proxy: number;
  goal: number;
  agentGoal: number | null;
  gradientProxy: number[];
  gradientGoal: number[];
  gradientAgentGoal: number[] | null;
  /** The gradient of the objective being ascended. */
  direction: number[];
  /** OE_U(U*) = cos(∇Ū, ∇Ū*). */
  efficiency: number;
  /** OP_U(U*) = |∇Ū|·OE. */
  pressure: number;
  /** OE_V(U*) = cos(∇V̄, ∇Ū*), null without an agent goal. */
  agentEfficiency: number | null;
  /** Mean of every variable, and its gradient with respect to θ. */
  means: Record<string, number>;
  meanGradients: Record<string, number[]>;
};

export type OptimisationRun = {
  model: string;
  parameters: string[];
  settings: ResolvedRunSettings;
  steps: StepRecord[];
};

/** cos(a, b) with gradients below GRADIENT_FLOOR treated as zero (then 0, by the 0/0 convention). */
export function efficiencyOf(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (norm(a) < GRADIENT_FLOOR || norm(b) < GRADIENT_FLOOR) return 0;
  return cosine(a, b);
}

/** Fills defaults and checks ranges. */
export function resolveRunSettings(model: Model, settings: RunSettings): ResolvedRunSettings {
  requireInteger("steps", settings.steps, 1, 10_000);
  requireNumber("stepSize", settings.stepSize, 0, 1e6);
  if (settings.stepSize === 0) throw new RangeError("stepSize is 0, so θ never moves; give a positive step size");
  requireInteger("samples", settings.samples, 1, 1_000_000);
  requireNumber("seed", settings.seed, -1e15, 1e15);
  const objective = settings.objective ?? (model.agentGoal === undefined ? "proxy" : "agentGoal");
  if (objective === "agentGoal" && model.agentGoal === undefined) {
    throw new ModelError(`model "${model.name}": the run ascends the agent goal, but the model has none`);
  }
  return { steps: settings.steps, stepSize: settings.stepSize, samples: settings.samples, seed: settings.seed, objective, normalised: settings.normalised ?? false };
}

/** The training environment samples a run uses (the same for every θ). */
export function runSamples(model: Model, settings: ResolvedRunSettings): EnvironmentSamples {
  return drawEnvironment(model, settings.samples, settings.seed, "training");
}

/** Gradient ascent on the objective, recording every state. */
export function optimise(model: Model, settings: RunSettings): OptimisationRun {
  const resolved = resolveRunSettings(model, settings);
  const samples = runSamples(model, resolved);
  const slot = (name: string) => model.slotOf.get(name)!;
  const objectiveSlot = slot(resolved.objective === "agentGoal" ? model.agentGoal! : model.proxy);
  const theta = initialTheta(model);
  const steps: StepRecord[] = [];
  for (let step = 0; step <= resolved.steps; step++) {
    const result = meanJacobian(model, theta, samples);
    const gradientProxy = slotGradient(result, slot(model.proxy));
    const gradientGoal = slotGradient(result, slot(model.goal));
    const gradientAgentGoal = model.agentGoal === undefined ? null : slotGradient(result, slot(model.agentGoal));
    const direction = slotGradient(result, objectiveSlot);
    const efficiency = efficiencyOf(gradientProxy, gradientGoal);
    steps.push({
      step,
      theta: Array.from(theta),
      proxy: result.means[slot(model.proxy)]!,
      goal: result.means[slot(model.goal)]!,
      agentGoal: model.agentGoal === undefined ? null : result.means[slot(model.agentGoal)]!,
      gradientProxy,
      gradientGoal,
      gradientAgentGoal,
      direction,
      efficiency,
      pressure: norm(gradientProxy) * efficiency,
      agentEfficiency: gradientAgentGoal === null ? null : efficiencyOf(gradientAgentGoal, gradientGoal),
      means: Object.fromEntries(model.slots.map((name, s) => [name, result.means[s]!])),
      meanGradients: Object.fromEntries(model.slots.map((name, s) => [name, slotGradient(result, s)])),
    });
    if (step === resolved.steps) break;
    const length = norm(direction);
    const scale = resolved.normalised ? (length < GRADIENT_FLOOR ? 0 : resolved.stepSize / length) : resolved.stepSize;
    for (let p = 0; p < theta.length; p++) theta[p]! += scale * direction[p]!;
    for (let p = 0; p < theta.length; p++) {
      if (!Number.isFinite(theta[p]!)) throw new ModelError(`model "${model.name}": parameter "${model.parameterNames[p]}" became ${theta[p]} at step ${step + 1}`);
    }
  }
  return { model: model.name, parameters: [...model.parameterNames], settings: resolved, steps };
}
