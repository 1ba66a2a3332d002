import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { STANDARD_FORM_CHECK } from "../../../src/lib/theorems/checks";
import {
  cdf,
  generalisedInverse,
  pushforwardProbabilities,
  sequentialQuantileTransform,
  type FiniteJoint,
} from "../../../src/lib/theorems/standardForm";

const SEED = 1234;

/** A finite law with dyadic probabilities (sums are exact in floating point). */
const law = fc
  .uniqueArray(fc.integer({ min: 1, max: 63 }), { minLength: 0, maxLength: 6 })
  .chain((cuts) => {
    const sorted = [0, ...cuts.sort((a, b) => a - b), 64];
    const probabilities = sorted.slice(1).map((c, i) => (c - sorted[i]!) / 64);
    return fc
      .uniqueArray(fc.integer({ min: -20, max: 20 }), { minLength: probabilities.length, maxLength: probabilities.length })
      .map((support) => ({ support, probabilities }));
  });

const joint: fc.Arbitrary<FiniteJoint> = fc
  .uniqueArray(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })), {
    minLength: 1,
    maxLength: 10,
    selector: ([a, b]) => `${a},${b}`,
  })
  .chain((points) =>
    fc.array(fc.integer({ min: 1, max: 20 }), { minLength: points.length, maxLength: points.length }).map((w) => {
      const total = w.reduce((s, v) => s + v, 0);
      return { points, probabilities: w.map((v) => v / total) };
    }),
  );

describe("standard form (Theorem standard-form)", () => {
  it(`F⁻(u) ≤ x exactly when u ≤ F(x), so F⁻(U) has distribution function F (${STANDARD_FORM_CHECK.instances} instances)`, () => {
    fc.assert(
      fc.property(law, fc.integer({ min: 1, max: 64 }), fc.integer({ min: -21, max: 21 }), (dist, k, x) => {
        const u = k / 64;
        expect(generalisedInverse(dist, u) <= x).toBe(u <= cdf(dist, x));
      }),
      { numRuns: STANDARD_FORM_CHECK.instances, seed: SEED },
    );
  });

  it("the sequential conditional-quantile transform reproduces a two-coordinate joint law exactly", () => {
    fc.assert(
      fc.property(joint, (j) => {
        const got = pushforwardProbabilities(j);
        got.forEach((g, k) => expect(g).toBeCloseTo(j.probabilities[k]!, 12));
        expect(got.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
        // and every output of the transform is an outcome of positive probability
        const [a, b] = sequentialQuantileTransform(j, 0.5, 0.5);
        expect(j.points.some(([x, y]) => x === a && y === b)).toBe(true);
      }),
      { numRuns: STANDARD_FORM_CHECK.instances / 2, seed: SEED + 1 },
    );
  });

  it("WRONG VARIANT: inverting the two marginals with independent uniforms loses the dependence", () => {
    const result = fc.check(
      fc.property(joint, (j) => {
        // law of (F₁⁻(U₁), F₂⁻(U₂)) is the product of the marginals
        const m1 = new Map<number, number>();
        const m2 = new Map<number, number>();
        j.points.forEach(([a, b], k) => {
          m1.set(a, (m1.get(a) ?? 0) + j.probabilities[k]!);
          m2.set(b, (m2.get(b) ?? 0) + j.probabilities[k]!);
        });
        return j.points.every(([a, b], k) => Math.abs((m1.get(a) ?? 0) * (m2.get(b) ?? 0) - j.probabilities[k]!) < 1e-12);
      }),
      { numRuns: 200, seed: SEED + 2 },
    );
    expect(result.failed).toBe(true);
  });
});
