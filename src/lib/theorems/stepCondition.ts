/**
 * The one-step condition (site: Theorem "step-condition").
 *
 * Gradient ASCENT on the proxy: θ' = θ + α g with g = ∇Ū(θ). If the goal Ū* has curvature
 * bounded below, ∇²Ū* ⪰ −L·I on the segment [θ, θ'] (implied by an L-Lipschitz gradient or by
 * ‖∇²Ū*‖₂ ≤ L), then
 *
 *   Ū*(θ') − Ū*(θ) ≥ α g·∇Ū*(θ) − (L/2) α² |g|²,
 *
 * so Ū* strictly rises whenever g ≠ 0 and OE > (αL/2)·|g|/|∇Ū*|. The constant 1/2 is sharp:
 * the concave quadratic Ū*(x) = c·x − (L/2)|x|² turns the inequality into an equality
 * (see `tightInstance`). The source states the constant 1 (twice as large).
 */
import { addScaled, dot, norm, optimizationEfficiency, type Vector } from "./vectors";

/** The sharp constant proved on the site. */
export const SHARP_STEP_CONSTANT = 0.5;
/** The constant that appears in the source essay (sufficient, but not sharp). */
export const SOURCE_STEP_CONSTANT = 1;

export interface StepParameters {
  /** |∇Ū(θ)|, the length of the proxy gradient (the step direction). */
  proxyGradientNorm: number;
  /** |∇Ū*(θ)|, the length of the goal gradient. */
  goalGradientNorm: number;
  /** step size α > 0 */
  stepSize: number;
  /** L ≥ 0 with ∇²Ū* ⪰ −L·I along the step */
  curvatureBound: number;
}

/**
 * The OE threshold κ·α·L·|∇Ū|/|∇Ū*| (κ = 1/2 by default). Ū* is guaranteed to rise when
 * OE exceeds it. Infinite when ∇Ū* = 0 (no guarantee is possible then).
 */
export function stepThreshold(p: StepParameters, constant: number = SHARP_STEP_CONSTANT): number {
  const { proxyGradientNorm, goalGradientNorm, stepSize, curvatureBound } = p;
  if (goalGradientNorm === 0) return Number.POSITIVE_INFINITY;
  return (constant * stepSize * curvatureBound * proxyGradientNorm) / goalGradientNorm;
}

/** The largest step size allowed by the condition at a given OE: α < 2·OE·|∇Ū*| / (L·|∇Ū|). */
export function maxStepSize(
  oe: number,
  proxyGradientNorm: number,
  goalGradientNorm: number,
  curvatureBound: number,
  constant: number = SHARP_STEP_CONSTANT,
): number {
  if (oe <= 0 || proxyGradientNorm === 0 || goalGradientNorm === 0) return 0;
  if (curvatureBound === 0) return Number.POSITIVE_INFINITY;
  return (oe * goalGradientNorm) / (constant * curvatureBound * proxyGradientNorm);
}

/** Lower bound on Ū*(θ + αg) − Ū*(θ) from the curvature bound: α g·∇Ū* − (L/2)α²|g|². */
export function guaranteedGoalChange(
  proxyGradient: Vector,
  goalGradient: Vector,
  stepSize: number,
  curvatureBound: number,
): number {
  return stepSize * dot(proxyGradient, goalGradient) - 0.5 * curvatureBound * stepSize ** 2 * dot(proxyGradient, proxyGradient);
}

/**
 * Whether the hypothesis of the step condition holds, written without divisions:
 * g ≠ 0 and g·∇Ū* > κ·α·L·|g|². For κ = 1/2 this is exactly "guaranteedGoalChange > 0".
 */
export function stepConditionHolds(
  proxyGradient: Vector,
  goalGradient: Vector,
  stepSize: number,
  curvatureBound: number,
  constant: number = SHARP_STEP_CONSTANT,
): boolean {
  const gg = dot(proxyGradient, proxyGradient);
  if (gg === 0) return false;
  return dot(proxyGradient, goalGradient) > constant * stepSize * curvatureBound * gg;
}

/** A differentiable objective: its value and gradient. */
export interface Objective {
  value(theta: Vector): number;
  gradient(theta: Vector): number[];
}

/** One gradient-ascent step θ + α∇Ū(θ). */
export function ascentStep(proxy: Objective, theta: Vector, stepSize: number): number[] {
  return addScaled(theta, stepSize, proxy.gradient(theta));
}

export interface StepCheck {
  /** OE of the step direction on the goal, at θ */
  oe: number;
  /** the threshold the theorem compares OE with */
  threshold: number;
  /** whether the hypothesis holds (division-free form) */
  hypothesis: boolean;
  /** the actual change Ū*(θ') − Ū*(θ) */
  goalChange: number;
  /** the lower bound α g·∇Ū* − (L/2)α²|g|² */
  lowerBound: number;
  next: number[];
}

/** Takes one gradient-ascent step on `proxy` and reports what the theorem predicts and what happened. */
export function checkAscentStep(
  goal: Objective,
  proxy: Objective,
  theta: Vector,
  stepSize: number,
  curvatureBound: number,
  constant: number = SHARP_STEP_CONSTANT,
): StepCheck {
  const g = proxy.gradient(theta);
  const gs = goal.gradient(theta);
  const next = addScaled(theta, stepSize, g);
  return {
    oe: optimizationEfficiency(g, gs),
    threshold: stepThreshold(
      { proxyGradientNorm: norm(g), goalGradientNorm: norm(gs), stepSize, curvatureBound },
      constant,
    ),
    hypothesis: stepConditionHolds(g, gs, stepSize, curvatureBound, constant),
    goalChange: goal.value(next) - goal.value(theta),
    lowerBound: guaranteedGoalChange(g, gs, stepSize, curvatureBound),
    next,
  };
}

/**
 * The instance that attains the bound, in R²: goal Ū*(x) = c·x − (L/2)|x|² with c = (|∇Ū*|, 0),
 * evaluated at θ = 0, and a proxy gradient of length |∇Ū| at angle arccos(oe) to c. The goal
 * change of the step is exactly α|∇Ū|(|∇Ū*|·oe − (L/2)α|∇Ū|): zero at the sharp threshold,
 * negative below it.
 */
export function tightInstance(
  p: StepParameters,
  oe: number,
): { goal: Objective; theta: number[]; proxyGradient: number[]; exactGoalChange: number } {
  const { proxyGradientNorm: G, goalGradientNorm: S, stepSize: a, curvatureBound: L } = p;
  const c = [S, 0];
  const goal: Objective = {
    value: (x) => dot(c, x) - 0.5 * L * dot(x, x),
    gradient: (x) => x.map((xi, i) => c[i]! - L * xi),
  };
  const clipped = Math.max(-1, Math.min(1, oe));
  return {
    goal,
    theta: [0, 0],
    proxyGradient: [G * clipped, G * Math.sqrt(1 - clipped * clipped)],
    exactGoalChange: a * G * (S * clipped - 0.5 * L * a * G),
  };
}
