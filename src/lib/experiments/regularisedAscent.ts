/**
 * Regularised against unregularised gradient ascent on one proxy.
 *
 * Two parameters θ = (x, y). The proxy and the goal agree about x; the goal also wants y (a
 * parameter the proxy was never meant to care about) to stay at 0, while the proxy pulls it weakly
 * towards a spurious value s:
 *   goal      U*(x, y) = 1 − (x − 1)² − y²
 *   proxy     U(x, y)  = 1 − (x − 1)² − ε((y − s)² − s²)
 *   penalty   R(x, y)  = (x² + y²)/2          (ridge, or weight decay)
 * Both start at θ₀ = 0, where U* = U = 0; the goal's maximum is 1. Gradient ascent on U_λ = U − λR
 * steps along d_λ = ∇U − λ∇R. Its fixed point is θ_λ = (2/(2 + λ), 2εs/(2ε + λ)), and because
 * everything is quadratic, d_λ(θ) = −H_λ(θ − θ_λ) with H_λ = diag(2 + λ, 2ε + λ). The runs iterate
 * the deviation θ_t − θ_λ, which is the same sequence as iterating θ_t but keeps the direction of
 * d_λ accurate to full relative precision right up to convergence (no cancellation).
 *
 * The module also holds the one-point algebra of the site's proposition on regularisation and
 * efficiency: the decomposition of ∇U and ∇R along and across ∇U*, the exact efficiency of
 * ∇U − λ∇R, and its derivative in λ at 0.
 */
import { cosine, dot, norm, type Vector } from "./vector";
import { requireInteger, requireNumber } from "./validation";

export interface RegularisedAscentControls {
  /** λ: the weight of the ridge penalty in the regularised run. */
  lambda: number;
  /** s: the value of y the proxy spuriously rewards. */
  spurious: number;
  /** ε: how weakly the proxy pulls on y (its curvature along y is 2ε). */
  weakness: number;
  /** α: the step size of both runs. */
  stepSize: number;
  /** Number of gradient steps in each run. */
  steps: number;
}

export const defaultRegularisedAscentControls: RegularisedAscentControls = {
  lambda: 0.2,
  spurious: 1.2,
  weakness: 0.02,
  stepSize: 0.1,
  steps: 1000,
};

/** Limits chosen so that every admissible run is stable: α(2 + λ) ≤ 1.5 and α(2ε + λ) ≤ 1.5. */
export function validateRegularisedAscentControls(controls: RegularisedAscentControls): void {
  requireNumber("lambda", controls.lambda, 0, 1);
  requireNumber("spurious", controls.spurious, 0, 3);
  requireNumber("weakness", controls.weakness, 0.001, 0.5);
  requireNumber("stepSize", controls.stepSize, 0.001, 0.5);
  requireInteger("steps", controls.steps, 1, 5000);
}

/** The goal U*(x, y) = 1 − (x − 1)² − y². */
export function goalValue(x: number, y: number): number {
  return 1 - (x - 1) ** 2 - y * y;
}

/** The proxy U(x, y) = 1 − (x − 1)² − ε((y − s)² − s²). */
export function proxyValue(x: number, y: number, weakness: number, spurious: number): number {
  return 1 - (x - 1) ** 2 - weakness * ((y - spurious) ** 2 - spurious ** 2);
}

/** The maximiser of U − λR: (2/(2 + λ), 2εs/(2ε + λ)). With λ = 0 it is the proxy's maximiser (1, s). */
export function regularisedFixedPoint(lambda: number, weakness: number, spurious: number): [number, number] {
  return [2 / (2 + lambda), (2 * weakness * spurious) / (2 * weakness + lambda)];
}

/** The goal's value at the regularised fixed point: 1 − (λ/(2 + λ))² − (2εs/(2ε + λ))². */
export function goalLimit(lambda: number, weakness: number, spurious: number): number {
  const [x, y] = regularisedFixedPoint(lambda, weakness, spurious);
  return goalValue(x, y);
}

/** Where a vector stands relative to the goal gradient: its part along the unit vector of g* and the rest. */
export interface Split {
  /** The signed length along ĝ*. */
  along: number;
  /** The component orthogonal to g*. */
  across: number[];
}

/** Splits v into its part along g* and the part orthogonal to it; g* must be non-zero. */
export function splitAlong(v: Vector, goalGradient: Vector): Split {
  const length = norm(goalGradient);
  if (length === 0) throw new RangeError("the goal gradient must be non-zero to split along it");
  const along = dot(v, goalGradient) / length;
  const across = Array.from({ length: v.length }, (_, i) => v[i]! - (along * goalGradient[i]!) / length);
  return { along, across };
}

/** OE of the regularised direction g − λr on the goal: cos(g − λr, g*), 0 where either vector is 0. */
export function regularisedEfficiency(proxyGradient: Vector, goalGradient: Vector, penaltyGradient: Vector, lambda: number): number {
  const direction = Array.from({ length: proxyGradient.length }, (_, i) => proxyGradient[i]! - lambda * penaltyGradient[i]!);
  return cosine(direction, goalGradient);
}

/**
 * The same efficiency from the split: (a − λb)/√((a − λb)² + |g⊥ − λr⊥|²), the formula of the
 * proposition, where a, b are the parts of g and r along g* and g⊥, r⊥ the parts across it.
 */
export function regularisedEfficiencyFromSplit(proxy: Split, penalty: Split, lambda: number): number {
  const along = proxy.along - lambda * penalty.along;
  let acrossSquared = 0;
  for (let i = 0; i < proxy.across.length; i++) acrossSquared += (proxy.across[i]! - lambda * penalty.across[i]!) ** 2;
  const length = Math.sqrt(along * along + acrossSquared);
  return length === 0 ? 0 : along / length;
}

/**
 * d/dλ of cos(g − λr, g*) at λ = 0: (a·(g⊥·r⊥) − b·|g⊥|²)/|g|³. Requires g ≠ 0 and g* ≠ 0.
 * Positive: a small penalty raises the efficiency; negative: it lowers it.
 */
export function efficiencySlopeAtZero(proxyGradient: Vector, goalGradient: Vector, penaltyGradient: Vector): number {
  const length = norm(proxyGradient);
  if (length === 0) throw new RangeError("the proxy gradient must be non-zero");
  const proxy = splitAlong(proxyGradient, goalGradient);
  const penalty = splitAlong(penaltyGradient, goalGradient);
  return (proxy.along * dot(proxy.across, penalty.across) - penalty.along * dot(proxy.across, proxy.across)) / length ** 3;
}

/** One recorded point of a run. */
export interface AscentRow {
  /** "unregularised" (λ = 0) or "regularised" (the control's λ). */
  run: "unregularised" | "regularised";
  lambda: number;
  /** The number of steps taken to reach this point. */
  step: number;
  x: number;
  y: number;
  goal: number;
  proxy: number;
  /** OE of the run's own direction d_λ(θ_t) on U* at θ_t; 0 once the direction vanishes. */
  efficiency: number;
}

export interface AscentSummary {
  lambda: number;
  steps: number;
  /** Highest goal value reached by each run, and the step where it was first reached. */
  unregularisedPeakGoal: number;
  unregularisedPeakStep: number;
  regularisedPeakGoal: number;
  regularisedPeakStep: number;
  /** Goal value after the last step. */
  unregularisedFinalGoal: number;
  regularisedFinalGoal: number;
  /** Goal value at each run's fixed point, the limit as the number of steps grows. */
  unregularisedGoalLimit: number;
  regularisedGoalLimit: number;
  /** First step at which the run's efficiency is negative, or −1 if it never is. */
  unregularisedFirstNegativeStep: number;
  regularisedFirstNegativeStep: number;
}

export interface RegularisedAscent {
  rows: AscentRow[];
  summary: AscentSummary;
}

/** Steps to record: 0, then about `count` steps spread evenly on a log scale up to `steps`, and `steps`. */
export function recordedSteps(steps: number, count = 120): number[] {
  const chosen = new Set<number>([0, steps]);
  for (let k = 0; k <= count; k++) chosen.add(Math.round(steps ** (k / count)));
  return [...chosen].filter((step) => step <= steps).sort((a, b) => a - b);
}

interface RunResult {
  rows: AscentRow[];
  peakGoal: number;
  peakStep: number;
  finalGoal: number;
  firstNegativeStep: number;
}

function runAscent(run: AscentRow["run"], lambda: number, controls: RegularisedAscentControls, record: ReadonlySet<number>): RunResult {
  const { weakness, spurious, stepSize, steps } = controls;
  const [fixedX, fixedY] = regularisedFixedPoint(lambda, weakness, spurious);
  const curvatureX = 2 + lambda;
  const curvatureY = 2 * weakness + lambda;
  // deviation from the fixed point; θ₀ = 0
  let deviationX = -fixedX;
  let deviationY = -fixedY;
  const rows: AscentRow[] = [];
  let peakGoal = -Infinity;
  let peakStep = 0;
  let goal = 0;
  let firstNegativeStep = -1;
  for (let step = 0; step <= steps; step++) {
    const x = fixedX + deviationX;
    const y = fixedY + deviationY;
    goal = goalValue(x, y);
    if (goal > peakGoal) {
      peakGoal = goal;
      peakStep = step;
    }
    const directionX = -curvatureX * deviationX;
    const directionY = -curvatureY * deviationY;
    const efficiency = cosine([directionX, directionY], [-2 * (x - 1), -2 * y]);
    if (efficiency < 0 && firstNegativeStep < 0) firstNegativeStep = step;
    if (record.has(step)) {
      rows.push({ run, lambda, step, x, y, goal, proxy: proxyValue(x, y, weakness, spurious), efficiency });
    }
    deviationX += stepSize * directionX;
    deviationY += stepSize * directionY;
  }
  return { rows, peakGoal, peakStep, finalGoal: goal, firstNegativeStep };
}

export function regularisedAscent(controls: RegularisedAscentControls): RegularisedAscent {
  validateRegularisedAscentControls(controls);
  const record = new Set(recordedSteps(controls.steps));
  const plain = runAscent("unregularised", 0, controls, record);
  const regularised = runAscent("regularised", controls.lambda, controls, record);
  return {
    rows: [...plain.rows, ...regularised.rows],
    summary: {
      lambda: controls.lambda,
      steps: controls.steps,
      unregularisedPeakGoal: plain.peakGoal,
      unregularisedPeakStep: plain.peakStep,
      regularisedPeakGoal: regularised.peakGoal,
      regularisedPeakStep: regularised.peakStep,
      unregularisedFinalGoal: plain.finalGoal,
      regularisedFinalGoal: regularised.finalGoal,
      unregularisedGoalLimit: goalLimit(0, controls.weakness, controls.spurious),
      regularisedGoalLimit: goalLimit(controls.lambda, controls.weakness, controls.spurious),
      unregularisedFirstNegativeStep: plain.firstNegativeStep,
      regularisedFirstNegativeStep: regularised.firstNegativeStep,
    },
  };
}
