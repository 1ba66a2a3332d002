// Deterministic facts about the source's versions of the selection bounds (the statements themselves are
// checked as claims in claims/selectionBounds.claims.ts).
import { describe, expect, it } from "vitest";
import { uncentredConditionalVarianceBound } from "../../../src/lib/theorems/conditioningBound";
import { conditionalVariance, expectation, probability, variance } from "../../../src/lib/theorems/discrete";

describe("the source's lines that the site corrects", () => {
  it("E[X²] = σ² + E[X]², not σ² − E[X]² (X uniform on {0, 2})", () => {
    const p = [0.5, 0.5];
    const x = [0, 2];
    expect(expectation(p, x.map((v) => v * v))).toBe(2);
    expect(variance(p, x) + expectation(p, x) ** 2).toBe(2);
    expect(variance(p, x) - expectation(p, x) ** 2).toBe(0);
  });

  it("the uncentred conditional-variance bound changes when a constant is added to X, the conditional variance does not", () => {
    const p = [0.25, 0.25, 0.5];
    const event = [true, true, false];
    const boundFor = (x: number[]) =>
      uncentredConditionalVarianceBound(expectation(p, x.map((v) => v * v)), variance(p, x.map((v) => v * v)), probability(p, event));
    const x = [-1, 1, 0];
    const shifted = x.map((v) => v + 10);
    expect(conditionalVariance(p, shifted, event)).toBeCloseTo(conditionalVariance(p, x, event), 12);
    expect(boundFor(shifted)).toBeGreaterThan(boundFor(x) + 50);
  });
});
