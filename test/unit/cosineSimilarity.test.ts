import { describe, expect, it } from "vitest";
import { cosineSimilarityDensity, cosineSimilarityVariance, sampleCosineSimilarities } from "../../src/lib/cosineSimilarity";
import { densityHistogram } from "../../src/lib/histogram";
import { logGamma } from "../../src/lib/special";

/** Midpoint rule on [a, b] with n panels (never evaluates the endpoints, where densities may blow up). */
function integrate(f: (x: number) => number, a: number, b: number, n = 20000): number {
  const h = (b - a) / n;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += f(a + (i + 0.5) * h);
  return sum * h;
}

describe("log-gamma", () => {
  it("matches known values", () => {
    expect(logGamma(1)).toBeCloseTo(0, 13);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 13);
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 11);
    expect(logGamma(101)).toBeCloseTo(363.73937555556347, 9); // ln(100!)
    expect(() => logGamma(0)).toThrow(/positive argument/);
  });
});

describe("cosine similarity of random unit vectors", () => {
  it.each([3, 4, 10, 50, 200])("density integrates to 1 and has second moment 1/d for d = %i", (d) => {
    expect(integrate((z) => cosineSimilarityDensity(z, d), -1, 1)).toBeCloseTo(1, 6);
    expect(integrate((z) => z * z * cosineSimilarityDensity(z, d), -1, 1)).toBeCloseTo(cosineSimilarityVariance(d), 6);
    expect(cosineSimilarityVariance(d)).toBe(1 / d);
  });

  it("has the arcsine density in two dimensions and the uniform density in three", () => {
    expect(cosineSimilarityDensity(0.3, 2)).toBeCloseTo(1 / (Math.PI * Math.sqrt(1 - 0.09)), 13);
    expect(cosineSimilarityDensity(0.7, 3)).toBeCloseTo(0.5, 13);
    expect(cosineSimilarityDensity(1, 3)).toBe(0);
  });

  it("Monte Carlo samples follow the density (binned chi-square) and the variance 1/d", () => {
    const dimension = 12;
    const samples = 20000;
    const values = sampleCosineSimilarities({ dimension, samples, seed: 5 });
    const bins = densityHistogram(values, -1, 1, 20);
    let chiSquare = 0;
    for (const bin of bins) {
      const expected = samples * integrate((z) => cosineSimilarityDensity(z, dimension), bin.x0, bin.x1, 400);
      if (expected > 5) chiSquare += (bin.count - expected) ** 2 / expected;
    }
    // 99.9% quantile of chi-square with at most 19 degrees of freedom is 43.8
    expect(chiSquare).toBeLessThan(43.8);
    const meanSquare = values.reduce((sum, z) => sum + z * z, 0) / samples;
    // standard error of the mean of Z² is below sqrt(E[Z⁴]/n) ≈ sqrt(3/(d(d+2))/n)
    expect(Math.abs(meanSquare - 1 / dimension)).toBeLessThan(4 * Math.sqrt(3 / (dimension * (dimension + 2)) / samples));
    // and the source's 1/(d − 1) is rejected at the same tolerance
    expect(Math.abs(meanSquare - 1 / (dimension - 1))).toBeGreaterThan(4 * Math.sqrt(3 / (dimension * (dimension + 2)) / samples));
  });

  it("is reproducible from its seed and rejects bad arguments", () => {
    expect(sampleCosineSimilarities({ dimension: 5, samples: 10, seed: 3 })).toEqual(sampleCosineSimilarities({ dimension: 5, samples: 10, seed: 3 }));
    expect(() => sampleCosineSimilarities({ dimension: 1, samples: 10, seed: 3 })).toThrow("dimension must be an integer of at least 2, got 1");
    expect(() => sampleCosineSimilarities({ dimension: 3, samples: 0, seed: 3 })).toThrow("samples must be a positive integer");
  });
});

describe("density histogram", () => {
  it("counts values into bins and normalises to a density", () => {
    const bins = densityHistogram([-1, -0.5, 0, 0.5, 1], -1, 1, 2);
    expect(bins.map((bin) => bin.count)).toEqual([2, 3]);
    expect(bins.reduce((sum, bin) => sum + bin.density * (bin.x1 - bin.x0), 0)).toBeCloseTo(1, 14);
    expect(() => densityHistogram([2], -1, 1, 2)).toThrow("value 2 lies outside [-1, 1]");
  });
});
