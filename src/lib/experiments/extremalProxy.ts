/**
 * Extremal Goodhart: a proxy that tracks the goal in the normal range but not at the extremes.
 * Two parameters: x, the real quality of the work, and y, an independent cause the measurement
 * also responds to (think of staging a photo rather than improving the product). The measuring
 * instrument saturates in x, and the independent cause costs the goal:
 *   proxy  U(x, y) = s·tanh(x/s) + w·y
 *   goal  U*(x, y) = x − c·y²/2
 * Gradient ascent on U starts at the origin. At first ∇U ≈ (1, w) points almost along
 * ∇U* = (1, −c·y), so OE > 0; as x climbs into the instrument's saturated range the proxy
 * gradient is mostly the independent cause, and once ∂U/∂x = sech²(x/s) falls below c·w·y every step lowers
 * the goal (OE < 0).
 */
import { optimizationEfficiency } from "./optimizationEfficiency";
import { requireInteger, requireNumber } from "./validation";

export interface ExtremalProxyControls {
  /** s: the proxy's saturation level in x; larger means it tracks the goal further out. */
  saturation: number;
  /** w: how strongly the independent cause moves the proxy. */
  independentCauseWeight: number;
  /** c: how much the independent cause costs the goal. */
  sideEffectCost: number;
  stepSize: number;
  steps: number;
}

export const defaultExtremalProxyControls: ExtremalProxyControls = {
  saturation: 1,
  independentCauseWeight: 0.3,
  sideEffectCost: 1,
  stepSize: 0.2,
  steps: 100,
};

export function validateExtremalProxyControls(controls: ExtremalProxyControls): void {
  requireNumber("saturation", controls.saturation, 0.1, 10);
  requireNumber("independentCauseWeight", controls.independentCauseWeight, 0, 2);
  requireNumber("sideEffectCost", controls.sideEffectCost, 0, 10);
  requireNumber("stepSize", controls.stepSize, 0.001, 2);
  requireInteger("steps", controls.steps, 1, 10_000);
}

/** One row per step; step k is the point after k gradient steps. */
export interface ExtremalProxyStep {
  step: number;
  x: number;
  y: number;
  proxy: number;
  goal: number;
  /** OE of the proxy's gradient (the direction of ascent) on the goal. */
  optimizationEfficiency: number;
}

export interface ExtremalProxyRun {
  steps: ExtremalProxyStep[];
  /** Maximal runs of consecutive steps with OE < 0, as inclusive [startStep, endStep] pairs. */
  negativeEfficiencyIntervals: [number, number][];
}

/** Maximal runs of consecutive indices where `values` is negative, as inclusive [start, end] pairs. */
export function negativeIntervals(values: readonly number[]): [number, number][] {
  const intervals: [number, number][] = [];
  let start = -1;
  values.forEach((value, i) => {
    if (value < 0 && start < 0) start = i;
    if (value >= 0 && start >= 0) {
      intervals.push([start, i - 1]);
      start = -1;
    }
  });
  if (start >= 0) intervals.push([start, values.length - 1]);
  return intervals;
}

export function extremalProxy(controls: ExtremalProxyControls): ExtremalProxyRun {
  validateExtremalProxyControls(controls);
  const { saturation, independentCauseWeight, sideEffectCost, stepSize } = controls;
  let x = 0;
  let y = 0;
  const steps: ExtremalProxyStep[] = [];
  for (let step = 0; step <= controls.steps; step++) {
    const sech = 1 / Math.cosh(x / saturation);
    const proxyGradient = [sech * sech, independentCauseWeight];
    const goalGradient = [1, -sideEffectCost * y];
    steps.push({
      step,
      x,
      y,
      proxy: saturation * Math.tanh(x / saturation) + independentCauseWeight * y,
      goal: x - (sideEffectCost * y * y) / 2,
      optimizationEfficiency: optimizationEfficiency(proxyGradient, goalGradient),
    });
    x += stepSize * proxyGradient[0]!;
    y += stepSize * proxyGradient[1]!;
  }
  return { steps, negativeEfficiencyIntervals: negativeIntervals(steps.map((row) => row.optimizationEfficiency)) };
}
