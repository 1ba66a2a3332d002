// The angle form (Corollary step-condition-angle): the claim in claims/stepCondition.claims.ts samples
// it; these are the fixed points, and the counterexample that the site's earlier version missed.
import { describe, expect, it } from "vitest";
import { maxAngle, maxAngleExpansion } from "../../../src/lib/theorems/angleBound";
import { tightInstance } from "../../../src/lib/theorems/stepCondition";
import { addScaled, optimizationEfficiency } from "../../../src/lib/theorems/vectors";

describe("angle form (Corollary step-condition-angle)", () => {
  it("the truncated conditions are not sufficient: a step below both truncations lowers the goal", () => {
    // the sharpness construction with S = G = L = α = 1, so t = αLG/(2S) = 1/2
    const parameters = { proxyGradientNorm: 1, goalGradientNorm: 1, stepSize: 1, curvatureBound: 1 };
    const t = 0.5;
    const angle = 1.0486;
    expect(angle).toBeLessThan(maxAngleExpansion(t, 3)); // π/2 − t − t³/6 ≈ 1.04996
    expect(angle).toBeLessThan(maxAngleExpansion(t, 1));
    expect(angle).toBeGreaterThan(maxAngle(t)); // arccos(1/2) = π/3
    const { goal, theta, proxyGradient } = tightInstance(parameters, Math.cos(angle));
    const oe = optimizationEfficiency(proxyGradient, goal.gradient(theta));
    expect(oe).toBeCloseTo(0.4988, 4);
    expect(oe).toBeLessThan(t);
    const change = goal.value(addScaled(theta, parameters.stepSize, proxyGradient)) - goal.value(theta);
    expect(change).toBeLessThan(0);
    expect(change).toBeCloseTo(-1.215e-3, 6);
  });

  it("the linear condition (π/2)(1 − t) is below arccos t on [0, 1], and equal at both ends", () => {
    for (let k = 0; k <= 1000; k++) {
      const t = k / 1000;
      expect((Math.PI / 2) * (1 - t)).toBeLessThanOrEqual(maxAngle(t) + 1e-15);
    }
    expect(maxAngle(0)).toBeCloseTo(Math.PI / 2, 15);
    expect(maxAngle(1)).toBe(0);
  });

  it("the upper remainder constant π/2 − 7/6 is attained at t = 1 and the fifth-order term is 3t⁵/40", () => {
    expect(maxAngleExpansion(1, 3) - maxAngle(1)).toBeCloseTo(Math.PI / 2 - 7 / 6, 14);
    for (const t of [1e-2, 2e-2, 5e-2]) {
      const ratio = (maxAngleExpansion(t, 3) - maxAngle(t)) / t ** 5;
      expect(ratio).toBeCloseTo(3 / 40, 3);
    }
  });

  it("no angle satisfies the condition when the threshold is at least 1", () => {
    expect(maxAngle(1)).toBe(0);
    expect(Number.isNaN(maxAngle(1.5))).toBe(true);
  });
});
