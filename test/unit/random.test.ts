import { describe, expect, it } from "vitest";
import { standardNormal, uniformSource, uniformUnitVector } from "../../src/lib/random";

describe("seeded randomness", () => {
  it("repeats the same sequence for the same seed", () => {
    const a = uniformSource(42);
    const b = uniformSource(42);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, uniformSource(43))).not.toEqual(first);
  });

  it("draws unit vectors of length one", () => {
    const normal = standardNormal(uniformSource(7));
    for (const dimension of [2, 3, 50]) {
      const v = uniformUnitVector(dimension, normal);
      const length = Math.hypot(...v);
      expect(length).toBeCloseTo(1, 12);
      expect(v).toHaveLength(dimension);
    }
  });

  it("rejects a seed that is not a finite number", () => {
    expect(() => uniformSource(Number.NaN)).toThrow(/seed must be a finite number/);
  });
});
