// Deterministic unit tests of the step-condition module; the sampled checks of the page's results are claims in claims/.
import { describe, expect, it } from "vitest";
import {
  SOURCE_STEP_CONSTANT,
  ascentStep,
  checkAscentStep,
  maxStepSize,
  stepConditionHolds,
  stepThreshold,
  tightInstance,
} from "../../../src/lib/theorems/stepCondition";
import { dot } from "../../../src/lib/theorems/vectors";

describe("step-condition module", () => {
  it("ascentStep moves along the proxy gradient", () => {
    const proxy = { value: (x: readonly number[]) => dot(x, x), gradient: (x: readonly number[]) => x.map((v) => 2 * v) };
    expect(ascentStep(proxy, [1, 2], 0.5)).toEqual([2, 4]);
  });

  it("the division-free hypothesis agrees with OE > threshold, and the source's constant 1 is the stricter one", () => {
    // g·g* = 1, |g| = 1, |g*| = √2 (OE = 1/√2); with α = 1 the sharp threshold is L/(2√2)
    const g = [1, 0];
    const goalGradient = [1, 1];
    expect(stepConditionHolds(g, goalGradient, 1, 1.9)).toBe(true);
    expect(stepConditionHolds(g, goalGradient, 1, 2)).toBe(false);
    expect(stepConditionHolds(g, goalGradient, 1, 0.9, SOURCE_STEP_CONSTANT)).toBe(true);
    expect(stepConditionHolds(g, goalGradient, 1, 1, SOURCE_STEP_CONSTANT)).toBe(false);
    expect(stepThreshold({ proxyGradientNorm: 1, goalGradientNorm: Math.SQRT2, stepSize: 1, curvatureBound: 2 })).toBeCloseTo(1 / Math.SQRT2, 15);
    expect(stepConditionHolds([0, 0], goalGradient, 1, 0)).toBe(false);
  });

  it("the largest step size is where OE meets the threshold, and the conventions at the edges", () => {
    const alpha = maxStepSize(0.5, 2, 3, 4);
    expect(stepThreshold({ proxyGradientNorm: 2, goalGradientNorm: 3, stepSize: alpha, curvatureBound: 4 })).toBeCloseTo(0.5, 15);
    expect(maxStepSize(0.5, 2, 3, 0)).toBe(Number.POSITIVE_INFINITY);
    expect(maxStepSize(-0.1, 2, 3, 4)).toBe(0);
    expect(stepThreshold({ proxyGradientNorm: 1, goalGradientNorm: 0, stepSize: 1, curvatureBound: 1 })).toBe(Number.POSITIVE_INFINITY);
  });

  it("in the sharpness construction the computed step equals the exact change and the gain bound", () => {
    const p = { proxyGradientNorm: 2, goalGradientNorm: 3, stepSize: 0.25, curvatureBound: 4 };
    const instance = tightInstance(p, 0.6);
    const step = checkAscentStep(instance.goal, { value: () => 0, gradient: () => instance.proxyGradient }, instance.theta, p.stepSize, p.curvatureBound);
    // α G (S·OE − (L/2) α G) = 0.5 · (1.8 − 1) = 0.4
    expect(instance.exactGoalChange).toBeCloseTo(0.4, 15);
    expect(step.goalChange).toBeCloseTo(0.4, 14);
    expect(step.lowerBound).toBeCloseTo(0.4, 14);
    expect(step.hypothesis).toBe(true);
  });
});
