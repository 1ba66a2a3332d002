/**
 * The one-step condition at work: gradient ASCENT on a proxy Ū in two dimensions, watched by a
 * smooth goal Ū*. Both are concave quadratics with different optima,
 *   Ū*(θ) = −½(θ − a)ᵀA(θ − a),   Ū(θ) = −½(θ − b)ᵀB(θ − b),
 * and the ascent is θ_{t+1} = θ_t + α∇Ū(θ_t). The goal is L-smooth with L the largest eigenvalue
 * of A, so by the descent lemma Ū*(θ + αg) ≥ Ū*(θ) + α g·∇Ū* − (L/2)α²|g|², and Ū* rises at a
 * step whenever OE = cos(∇Ū, ∇Ū*) > (αL/2)·|∇Ū|/|∇Ū*| (the threshold of
 * src/lib/theorems/stepCondition.ts, imported rather than re-derived). For a quadratic goal the
 * actual change is α g·∇Ū* − ½α² gᵀAg, so the condition is exact when A = L·I and merely
 * sufficient otherwise: Ū* can keep rising at step sizes where the guarantee has lapsed.
 */
import { checkAscentStep, type Objective } from "../theorems/stepCondition";
import { requireInteger, requireNumber } from "./validation";

/** A concave quadratic −½(θ − centre)ᵀM(θ − centre), M symmetric positive definite. */
export interface Quadratic {
  centre: readonly [number, number];
  /** M as [m11, m12, m22]. */
  matrix: readonly [number, number, number];
}

/** M = R(angle)·diag(major, minor)·R(angle)ᵀ, from eigenvalues and the angle (radians) of the first eigenvector. */
export function quadraticMatrix(major: number, minor: number, angle: number): [number, number, number] {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  return [major * c * c + minor * s * s, (major - minor) * c * s, major * s * s + minor * c * c];
}

/** The largest eigenvalue of the symmetric 2×2 matrix [m11, m12, m22]: the smoothness constant L. */
export function largestEigenvalue([m11, m12, m22]: readonly [number, number, number]): number {
  const mean = (m11 + m22) / 2;
  return mean + Math.hypot((m11 - m22) / 2, m12);
}

/** The quadratic as an Objective (value and gradient) for the theorem module. */
export function quadraticObjective({ centre, matrix }: Quadratic): Objective {
  const [m11, m12, m22] = matrix;
  const offset = (theta: readonly number[]): [number, number] => [theta[0]! - centre[0], theta[1]! - centre[1]];
  return {
    value(theta) {
      const [u, v] = offset(theta);
      return -0.5 * (m11 * u * u + 2 * m12 * u * v + m22 * v * v);
    },
    gradient(theta) {
      const [u, v] = offset(theta);
      return [-(m11 * u + m12 * v), -(m12 * u + m22 * v)];
    },
  };
}

/** A goal, a proxy and a start point: everything but the step size. */
export interface StepConditionInstance {
  goal: Quadratic;
  proxy: Quadratic;
  start: readonly [number, number];
}

/** L of the default goal; its other eigenvalue is L divided by the goal's condition number. */
export const goalSmoothness = 2;

const degrees = Math.PI / 180;
/** The goal's stiff axis: its curvature is L along this direction and L/κ across it. */
const stiffAngle = 35 * degrees;
/** A point given by coordinates along the goal's flat axis and along its stiff axis. */
function inGoalAxes(flat: number, stiff: number): [number, number] {
  return [
    flat * Math.cos(stiffAngle + 90 * degrees) + stiff * Math.cos(stiffAngle),
    flat * Math.sin(stiffAngle + 90 * degrees) + stiff * Math.sin(stiffAngle),
  ];
}

/**
 * The figure's instance: the goal is a valley (stiff at 35°, flat across), and the proxy, a
 * gentle bowl (curvature 0.3, so its own ascent is stable for α < 2/0.3), pulls along the valley
 * towards an optimum beyond the goal's. Steps mostly run along the goal's flat axis, where its
 * curvature is L/κ rather than L: that is where the guarantee is most pessimistic.
 */
export function defaultInstance(goalConditionNumber: number): StepConditionInstance {
  return {
    goal: { centre: [0, 0], matrix: quadraticMatrix(goalSmoothness, goalSmoothness / goalConditionNumber, stiffAngle) },
    proxy: { centre: inGoalAxes(2, 0.3), matrix: quadraticMatrix(0.3, 0.3, 0) },
    start: inGoalAxes(-4, 0.8),
  };
}

export interface StepConditionControls {
  /** α of the ascent θ + α∇Ū. */
  stepSize: number;
  steps: number;
  /** κ = L/λ_min of the goal's curvature A; at κ = 1 the sufficient condition is also necessary. */
  goalConditionNumber: number;
}

/** Below 2/0.3, the proxy's own ascent is stable. */
export const maxStepSize = 5;

export const defaultStepConditionControls: StepConditionControls = {
  stepSize: 0.5,
  steps: 40,
  goalConditionNumber: 8,
};

export function validateStepConditionControls(controls: StepConditionControls): void {
  requireNumber("stepSize", controls.stepSize, 1e-3, maxStepSize);
  requireInteger("steps", controls.steps, 1, 1000);
  requireNumber("goalConditionNumber", controls.goalConditionNumber, 1, 1000);
}

/** One point of the path: θ_t and both objectives there. */
export type StepConditionPoint = {
  step: number;
  theta1: number;
  theta2: number;
  proxy: number;
  goal: number;
};

/** One ascent step, from θ_t to θ_{t+1}: what the theorem predicts and what happened. */
export type StepConditionStep = {
  step: number;
  /** OE = cos(∇Ū(θ_t), ∇Ū*(θ_t)). */
  optimizationEfficiency: number;
  /** The theorem's threshold (αL/2)·|∇Ū|/|∇Ū*|; Infinity where ∇Ū* = 0. */
  threshold: number;
  /**
   * The OE at which this step would leave Ū* unchanged: (α/2)·(gᵀAg/|g|²)·|g|/|∇Ū*|, the
   * threshold with L replaced by the goal's curvature along the step (exact for a quadratic).
   */
  breakEven: number;
  /** Whether OE exceeds the threshold (in the theorem's division-free form). */
  conditionHeld: boolean;
  /** Ū*(θ_{t+1}) − Ū*(θ_t), exactly α g·∇Ū* − ½α² gᵀAg (no cancellation between two values of Ū*). */
  goalChange: number;
  /** The descent lemma's lower bound α g·∇Ū* − (L/2)α²|g|² on that change. */
  lowerBound: number;
  goalRose: boolean;
};

export interface StepConditionRun {
  points: StepConditionPoint[];
  steps: StepConditionStep[];
  /** L, the largest eigenvalue of the goal's curvature A. */
  smoothness: number;
}

/** Runs `steps` ascent steps of size `stepSize` on the instance's proxy, checking each against the theorem. */
export function runStepCondition(instance: StepConditionInstance, stepSize: number, steps: number): StepConditionRun {
  const goal = quadraticObjective(instance.goal);
  const proxy = quadraticObjective(instance.proxy);
  const [a11, a12, a22] = instance.goal.matrix;
  const smoothness = largestEigenvalue(instance.goal.matrix);
  let theta: number[] = [...instance.start];
  const point = (step: number): StepConditionPoint => ({
    step,
    theta1: theta[0]!,
    theta2: theta[1]!,
    proxy: proxy.value(theta),
    goal: goal.value(theta),
  });
  const points = [point(0)];
  const rows: StepConditionStep[] = [];
  for (let step = 0; step < steps; step++) {
    const check = checkAscentStep(goal, proxy, theta, stepSize, smoothness);
    const g = proxy.gradient(theta);
    const goalGradient = goal.gradient(theta);
    const [g1, g2] = [g[0]!, g[1]!];
    const curvatureAlongStep = a11 * g1 * g1 + 2 * a12 * g1 * g2 + a22 * g2 * g2;
    const stepLength = Math.hypot(g1, g2);
    const goalGradientLength = Math.hypot(goalGradient[0]!, goalGradient[1]!);
    const goalChange = stepSize * (g1 * goalGradient[0]! + g2 * goalGradient[1]!) - 0.5 * stepSize ** 2 * curvatureAlongStep;
    rows.push({
      step,
      optimizationEfficiency: check.oe,
      threshold: check.threshold,
      breakEven:
        goalGradientLength === 0 ? Number.POSITIVE_INFINITY : stepLength === 0 ? 0 : (0.5 * stepSize * curvatureAlongStep) / (stepLength * goalGradientLength),
      conditionHeld: check.hypothesis,
      goalChange,
      lowerBound: check.lowerBound,
      goalRose: goalChange > 0,
    });
    theta = check.next;
    points.push(point(step + 1));
  }
  return { points, steps: rows, smoothness };
}

/** The figure's experiment: the run of the default instance at the chosen step size. */
export function stepConditionExperiment(controls: StepConditionControls): StepConditionRun & { instance: StepConditionInstance } {
  validateStepConditionControls(controls);
  const instance = defaultInstance(controls.goalConditionNumber);
  return { ...runStepCondition(instance, controls.stepSize, controls.steps), instance };
}
