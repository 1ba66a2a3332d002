import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cosineSimilarityDensity,
  cosineSimilarityVariance,
  sampleCosineSimilarities,
} from "../../../src/lib/cosineSimilarity";
import { COSINE_DENSITY_CHECK, COSINE_VARIANCE_CHECK } from "../../../src/lib/theorems/checks";

const SEED = 99_001;
const SAMPLES = 2000;

/**
 * ∫_{-1}^{z} h(x) f(x) dx by the midpoint rule after the substitution x = sin φ, which removes the
 * endpoint singularity of (1 − x²)^((d−3)/2) for d = 2.
 */
function integrate(dimension: number, h: (x: number) => number, upper = 1, steps = 1500): number {
  const top = Math.asin(Math.max(-1, Math.min(1, upper)));
  const width = (top + Math.PI / 2) / steps;
  let s = 0;
  for (let k = 0; k < steps; k++) {
    const phi = -Math.PI / 2 + (k + 0.5) * width;
    const x = Math.sin(phi);
    s += h(x) * cosineSimilarityDensity(x, dimension) * Math.cos(phi) * width;
  }
  return s;
}

/** The distribution function, tabulated once per dimension on a grid in φ = arcsin z. */
function cdfOf(dimension: number, steps = 6000): (z: number) => number {
  const width = Math.PI / steps;
  const c = cosineSimilarityDensity(0, dimension); // the normalising constant
  const cumulative = [0];
  let s = 0;
  for (let k = 0; k < steps; k++) {
    const phi = -Math.PI / 2 + (k + 0.5) * width;
    s += c * Math.pow(Math.cos(phi), dimension - 3) * Math.cos(phi) * width;
    cumulative.push(s);
  }
  return (z) => {
    const pos = (Math.asin(Math.max(-1, Math.min(1, z))) + Math.PI / 2) / width;
    const k = Math.min(steps - 1, Math.max(0, Math.floor(pos)));
    const w = pos - k;
    return (1 - w) * cumulative[k]! + w * cumulative[k + 1]!;
  };
}

function ksStatistic(samples: readonly number[], dimension: number): number {
  const F = cdfOf(dimension);
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  let d = 0;
  sorted.forEach((x, i) => {
    const Fx = F(x);
    d = Math.max(d, Math.abs(Fx - i / n), Math.abs(Fx - (i + 1) / n));
  });
  return d;
}

describe("cosine similarity of independent uniform unit vectors (Theorem cosine-similarity-density)", () => {
  it(`the density integrates to 1 and has second moment 1/d (${COSINE_VARIANCE_CHECK.instances} dimensions)`, () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 400 }), (d) => {
        expect(integrate(d, () => 1)).toBeCloseTo(1, 6);
        expect(integrate(d, (x) => x)).toBeCloseTo(0, 9);
        expect(integrate(d, (x) => x * x)).toBeCloseTo(1 / d, 6);
        expect(cosineSimilarityVariance(d)).toBeCloseTo(1 / d, 15);
      }),
      { numRuns: COSINE_VARIANCE_CHECK.instances, seed: SEED },
    );
  });

  it(`Monte Carlo samples pass a Kolmogorov–Smirnov test against the density (${COSINE_DENSITY_CHECK.instances} dimensions × ${SAMPLES} pairs)`, () => {
    // critical value of the KS statistic at level 0.001 is about 1.95/√n
    const critical = 1.95 / Math.sqrt(SAMPLES);
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 60 }), fc.integer({ min: 1, max: 1_000_000 }), (d, seed) => {
        const z = sampleCosineSimilarities({ dimension: d, samples: SAMPLES, seed });
        expect(ksStatistic(z, d)).toBeLessThan(critical);
        // second moment within 5 standard errors of 1/d (Var Z² = 2(d−1)/(d²(d+2)))
        const m2 = z.reduce((s, x) => s + x * x, 0) / SAMPLES;
        const se = Math.sqrt((2 * (d - 1)) / (d * d * (d + 2)) / SAMPLES);
        expect(Math.abs(m2 - 1 / d)).toBeLessThan(5 * se);
      }),
      { numRuns: COSINE_DENSITY_CHECK.instances, seed: SEED + 1 },
    );
  });

  it("WRONG VARIANT: the source's variance 1/(d − 1) is rejected by the same Monte Carlo check", () => {
    const result = fc.check(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 1, max: 1_000_000 }), (d, seed) => {
        const z = sampleCosineSimilarities({ dimension: d, samples: SAMPLES, seed });
        const m2 = z.reduce((s, x) => s + x * x, 0) / SAMPLES;
        const se = Math.sqrt((2 * (d - 1)) / (d * d * (d + 2)) / SAMPLES);
        return Math.abs(m2 - 1 / (d - 1)) < 5 * se;
      }),
      { numRuns: 20, seed: SEED + 2 },
    );
    expect(result.failed).toBe(true);
  });

  it("WRONG VARIANT: the exponent (d − 2)/2 from the source's surface-area step does not give a probability density", () => {
    const result = fc.check(
      fc.property(fc.integer({ min: 3, max: 50 }), (d) => {
        const c = cosineSimilarityDensity(0, d); // same constant, wrong exponent
        const steps = 4000;
        let s = 0;
        for (let k = 0; k < steps; k++) {
          const phi = -Math.PI / 2 + ((k + 0.5) * Math.PI) / steps;
          s += c * Math.pow(Math.cos(phi) ** 2, (d - 2) / 2) * Math.cos(phi) * (Math.PI / steps);
        }
        return Math.abs(s - 1) < 1e-4;
      }),
      { numRuns: 20, seed: SEED + 3 },
    );
    expect(result.failed).toBe(true);
  });
});
