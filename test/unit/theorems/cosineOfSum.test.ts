import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COSINE_OF_SUM_CHECK } from "../../../src/lib/theorems/checks";
import { cosineOfSum, perturbedCosineLowerBound, perturbedCosineSharpBound } from "../../../src/lib/theorems/cosineOfSum";
import { add, cosineSimilarity, dot, norm } from "../../../src/lib/theorems/vectors";
import { finite, nonZeroVector, vector } from "./arbitraries";

const SEED = 31_415;
const triple = fc
  .integer({ min: 1, max: 8 })
  .chain((d) => fc.tuple(nonZeroVector(d), vector(d), vector(d), finite(0, 3)))
  .filter(([, b, c]) => norm(add(b, c)) > 1e-6);

describe("cosine of a sum (Lemma cosine-of-sum)", () => {
  it(`identity and two-sided bound on random vectors (${COSINE_OF_SUM_CHECK.instances} instances)`, () => {
    fc.assert(
      fc.property(triple, ([a, b, c]) => {
        const r = cosineOfSum(a, b, c);
        const scale = (norm(b) + norm(c)) / norm(add(b, c));
        expect(r.exact).toBeCloseTo(r.decomposition, 9 - Math.max(0, Math.ceil(Math.log10(scale))));
        expect(r.exact).toBeGreaterThanOrEqual(r.lower - 1e-9 * scale);
        expect(r.exact).toBeLessThanOrEqual(r.upper + 1e-9 * scale);
      }),
      { numRuns: COSINE_OF_SUM_CHECK.instances, seed: SEED },
    );
  });

  it("both bounds are attained when c is parallel or antiparallel to a", () => {
    fc.assert(
      fc.property(triple, ([a, b, , s]) => {
        for (const sign of [1, -1]) {
          const c = a.map((x) => (sign * s * x) / norm(a));
          if (norm(add(b, c)) < 1e-6) continue;
          const r = cosineOfSum(a, b, c);
          const scale = (norm(b) + norm(c)) / norm(add(b, c));
          expect(r.exact).toBeCloseTo(sign > 0 ? r.upper : r.lower, 9 - Math.max(0, Math.ceil(Math.log10(scale))));
        }
      }),
      { numRuns: 500, seed: SEED + 1 },
    );
  });

  it("perturbation form: |c| ≤ r gives cos(a, b+c) ≥ the worst case over |b+c|", () => {
    fc.assert(
      fc.property(triple, finite(1, 2), ([a, b, c], slack) => {
        const r = norm(c) * slack;
        const lowerBound = perturbedCosineLowerBound(cosineSimilarity(a, b), norm(b), r);
        expect(cosineSimilarity(a, add(b, c))).toBeGreaterThanOrEqual(lowerBound - 1e-9);
      }),
      { numRuns: 1000, seed: SEED + 2 },
    );
  });

  it("sharp perturbation form: ∠(a, b+c) ≤ ∠(a,b) + arcsin(|c|/|b|), attained by a tangent c", () => {
    fc.assert(
      fc.property(triple, finite(0, 0.999), ([a, b, c], share) => {
        if (norm(b) < 1e-3) return;
        const r = norm(c);
        const sharp = perturbedCosineSharpBound(cosineSimilarity(a, b), norm(b), r);
        expect(cosineSimilarity(a, add(b, c))).toBeGreaterThanOrEqual(sharp - 1e-9);
        // the sharp bound is never weaker than the |b| + r form
        expect(sharp).toBeGreaterThanOrEqual(perturbedCosineLowerBound(cosineSimilarity(a, b), norm(b), r) - 1e-9);
        // attainment in the plane: a = e1, b at angle φ, c of length share·|b| tangent, turning away
        const phi = Math.acos(cosineSimilarity(a, b));
        const psi = Math.asin(share);
        if (phi + psi > Math.PI) return;
        const nb = norm(b);
        const v = [nb * Math.cos(psi) * Math.cos(phi + psi), nb * Math.cos(psi) * Math.sin(phi + psi)];
        const b2 = [nb * Math.cos(phi), nb * Math.sin(phi)];
        const c2 = [v[0]! - b2[0]!, v[1]! - b2[1]!];
        expect(norm(c2)).toBeCloseTo(share * nb, 9);
        expect(cosineSimilarity([1, 0], v)).toBeCloseTo(perturbedCosineSharpBound(Math.cos(phi), nb, norm(c2)), 9);
      }),
      { numRuns: 1000, seed: SEED + 4 },
    );
  });

  it("WRONG VARIANT: the upper bound without its |c| term is falsified", () => {
    const result = fc.check(
      fc.property(triple, ([a, b, c]) => {
        const r = cosineOfSum(a, b, c);
        return r.exact <= r.upper - norm(c) / norm(add(b, c)) + 1e-12;
      }),
      { numRuns: 2000, seed: SEED + 3 },
    );
    expect(result.failed).toBe(true);
  });

  it("the 0/0 convention: cosine with the zero vector is 0", () => {
    expect(cosineSimilarity([1, 2], [0, 0])).toBe(0);
    expect(dot([1, 2], [3, 4])).toBe(11);
  });
});
