// Unit tests of the cosine-of-sum module; Lemma cosine-of-sum and Corollary perturbed-angle are checked by their claims in claims/.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cosineOfSum, perturbedCosineLowerBound, perturbedCosineSharpBound } from "../../../src/lib/theorems/cosineOfSum";
import { add, cosineSimilarity, dot, norm } from "../../../src/lib/theorems/vectors";
import { finite, nonZeroVector, vector } from "./arbitraries";

describe("cosine-of-sum module", () => {
  it("perturbation form: |c| ≤ r gives cos(a, b+c) ≥ the worst case over |b+c|, never above the sharp bound", () => {
    const triple = fc
      .integer({ min: 1, max: 8 })
      .chain((d) => fc.tuple(nonZeroVector(d), vector(d), vector(d), finite(1, 2)))
      .filter(([, b, c]) => norm(add(b, c)) > 1e-6);
    fc.assert(
      fc.property(triple, ([a, b, c, slack]) => {
        const r = norm(c) * slack;
        const lowerBound = perturbedCosineLowerBound(cosineSimilarity(a, b), norm(b), r);
        expect(cosineSimilarity(a, add(b, c))).toBeGreaterThanOrEqual(lowerBound - 1e-9);
        if (r < norm(b)) expect(perturbedCosineSharpBound(cosineSimilarity(a, b), norm(b), r)).toBeGreaterThanOrEqual(lowerBound - 1e-9);
      }),
      { numRuns: 1000, seed: 31417 },
    );
  });

  it("the decomposition of a worked example, and the bounds' edge cases", () => {
    const r = cosineOfSum([1, 0], [1, 1], [0, -1]);
    expect(r.exact).toBe(1);
    expect(r.decomposition).toBeCloseTo(1, 15);
    expect(r.lower).toBeCloseTo(0, 15);
    expect(r.upper).toBeCloseTo(2, 15);
    expect(perturbedCosineSharpBound(1, 1, 1)).toBe(-1);
    expect(perturbedCosineSharpBound(-1, 1, 0.5)).toBe(-1);
  });

  it("the 0/0 convention: cosine with the zero vector is 0", () => {
    expect(cosineSimilarity([1, 2], [0, 0])).toBe(0);
    expect(dot([1, 2], [3, 4])).toBe(11);
  });
});
