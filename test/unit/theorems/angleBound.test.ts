import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { angleFromEfficiency, cubicRemainderBounds, maxAngle, maxAngleExpansion } from "../../../src/lib/theorems/angleBound";
import { ANGLE_CHECK } from "../../../src/lib/theorems/checks";
import { optimizationEfficiency } from "../../../src/lib/theorems/vectors";
import { finite, nonZeroVector } from "./arbitraries";

const SEED = 7_2024;

describe("angle form (Corollary step-condition-angle)", () => {
  it(`OE > t exactly when the angle is below arccos t, and arccos t ≤ π/2 − t − t³/6 (${ANGLE_CHECK.instances} instances)`, () => {
    const instance = fc.integer({ min: 2, max: 6 }).chain((d) => fc.tuple(nonZeroVector(d), nonZeroVector(d), finite(0, 1)));
    fc.assert(
      fc.property(instance, ([g, gs, t]) => {
        const oe = optimizationEfficiency(g, gs);
        const angle = angleFromEfficiency(oe);
        // away from the boundary (where rounding of acos decides), the two forms agree
        if (Math.abs(oe - t) > 1e-9) expect(oe > t).toBe(angle < maxAngle(t));
        const { lower, upper } = cubicRemainderBounds(t);
        const remainder = maxAngleExpansion(t, 3) - maxAngle(t);
        expect(remainder).toBeGreaterThanOrEqual(lower - 1e-15);
        expect(remainder).toBeLessThanOrEqual(upper + 1e-15);
        // so the linear and cubic truncations are themselves sufficient (more demanding) conditions
        expect(maxAngleExpansion(t, 1)).toBeGreaterThanOrEqual(maxAngle(t) - 1e-15);
        expect(maxAngleExpansion(t, 3)).toBeGreaterThanOrEqual(maxAngle(t) - 1e-15);
      }),
      { numRuns: ANGLE_CHECK.instances, seed: SEED },
    );
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

  it("WRONG VARIANT: the remainder bounded by (3/40)t⁵ alone (dropping the higher terms) is falsified", () => {
    const result = fc.check(
      fc.property(finite(0, 1), (t) => maxAngleExpansion(t, 3) - maxAngle(t) <= (3 / 40) * t ** 5 + 1e-15),
      { numRuns: 500, seed: SEED + 1 },
    );
    expect(result.failed).toBe(true);
  });
});
