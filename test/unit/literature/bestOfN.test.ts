// The best-of-n figure's numbers against closed forms: the Monte Carlo gold scores against the exact
// ones, the KL formula against a Monte Carlo estimate, and E[max of n normals] against known values.
import { describe, expect, it } from "vitest";
import figure from "../../../components/figures/best-of-n-overoptimisation/definition";
import { defaultControls } from "../../../components/figures/figure";
import { bestOfNKlDivergence, expectedMaximumOfNormals } from "../../../src/lib/experiments/regressionalSelection";
import {
  bestOfNDistance,
  bestOfNGoldScore,
  bestOfNOveroptimisation,
  defaultBestOfNControls,
  fitBestOfNForm,
  secondMomentOfMaximumOfNormals,
} from "../../../src/lib/literature/bestOfN";
import { normalCdf } from "../../../src/lib/experiments/distributions";
import { standardNormal, uniformSource } from "../../../src/lib/random";

describe("moments of the maximum of n standard normals", () => {
  it("match the known values for n = 1, 2, 3, 5", () => {
    expect(expectedMaximumOfNormals(1)).toBe(0);
    expect(expectedMaximumOfNormals(2)).toBeCloseTo(1 / Math.sqrt(Math.PI), 10);
    expect(expectedMaximumOfNormals(3)).toBeCloseTo(3 / (2 * Math.sqrt(Math.PI)), 10);
    // e_5 = 5/(4√π) + 15/(2π^{3/2}) arcsin(1/3), from the tables of order statistics
    expect(expectedMaximumOfNormals(5)).toBeCloseTo(5 / (4 * Math.sqrt(Math.PI)) + (15 / (2 * Math.PI ** 1.5)) * Math.asin(1 / 3), 8);
    expect(secondMomentOfMaximumOfNormals(2)).toBe(1);
    // E[max(X1, X2, X3)²] = 1 + √3/(2π)
    expect(secondMomentOfMaximumOfNormals(3)).toBeCloseTo(1 + Math.sqrt(3) / (2 * Math.PI), 8);
  });
});

describe("the best-of-n KL divergence log n − (n − 1)/n", () => {
  // E_Q[log dQ/dP] with dQ/dP = n Φ(M)^(n−1) at the winner M, estimated from simulated winners
  it.each([2, 5, 30, 300])("agrees with a Monte Carlo estimate within 4 standard errors for n = %i", (n) => {
    const normal = standardNormal(uniformSource(7 + n));
    const selections = 20_000;
    let sum = 0;
    let squares = 0;
    let belowMedian = 0;
    for (let s = 0; s < selections; s++) {
      let best = -Infinity;
      for (let k = 0; k < n; k++) best = Math.max(best, normal());
      const logRatio = Math.log(n) + (n - 1) * Math.log(normalCdf(best));
      sum += logRatio;
      squares += logRatio * logRatio;
      if (normalCdf(best) ** n <= 0.5) belowMedian++;
    }
    const mean = sum / selections;
    const standardError = Math.sqrt((squares / selections - mean * mean) / selections);
    expect(Math.abs(mean - bestOfNKlDivergence(n))).toBeLessThan(4 * standardError);
    // Φ(M) ~ Beta(n, 1), so Φ(M)^n is uniform: its median is 1/2 (binomial s.e. 0.0035)
    expect(Math.abs(belowMedian / selections - 0.5)).toBeLessThan(4 * Math.sqrt(0.25 / selections));
  });
});

describe("the figure's data", () => {
  // ~30 grid points per run and 3 runs: at 4 standard errors a false alarm has probability below 0.01
  it.each([
    { correlation: 0.6, penalty: 0 },
    { correlation: 0.9, penalty: 0.1 },
    { correlation: 0.3, penalty: 0.25 },
  ])("Monte Carlo gold scores lie within 4 standard errors of the exact ones (%o)", ({ correlation, penalty }) => {
    const { rows } = bestOfNOveroptimisation({ ...defaultBestOfNControls, correlation, penalty });
    for (const row of rows) {
      expect(Math.abs(row.goldMean - row.goldExact), `n = ${row.candidates}`).toBeLessThanOrEqual(4 * row.goldStandardError);
    }
  });

  it("starts at d = 0 with gold score 0, and has d_n² = log n − (n − 1)/n", () => {
    const { rows } = bestOfNOveroptimisation(defaultBestOfNControls);
    expect(rows[0]).toMatchObject({ candidates: 1, distance: 0, goldExact: 0 });
    for (const row of rows) expect(row.distance ** 2).toBeCloseTo(Math.log(row.candidates) - (row.candidates - 1) / row.candidates, 12);
  });

  it("the fit recovers α and β from points on d(α − βd), and the Gaussian fit has β ≤ 0", () => {
    const points = [0.3, 0.8, 1.5, 2.2].map((distance) => ({ distance, score: distance * (0.7 - 0.2 * distance) }));
    const fit = fitBestOfNForm(points);
    expect(fit.alpha).toBeCloseTo(0.7, 12);
    expect(fit.beta).toBeCloseTo(0.2, 12);
  });

  it("gives the fits the chapter quotes (ρ = 0.6, n up to 1000, and up to 100)", () => {
    const gaussian = bestOfNOveroptimisation({ ...defaultBestOfNControls, correlation: 0.6, penalty: 0 });
    expect(gaussian.fit.alpha).toBeCloseTo(0.760, 3);
    expect(gaussian.fit.beta).toBeCloseTo(-0.016, 3);
    expect(gaussian.fit.maxResidual).toBeLessThan(0.0012);
    const ratio = (n: number) => bestOfNGoldScore(n, 0.6, 0) / bestOfNDistance(n);
    expect(ratio(2)).toBeCloseTo(0.770, 3);
    expect(ratio(1000)).toBeCloseTo(0.800, 3);
    const penalised = bestOfNOveroptimisation({ ...defaultBestOfNControls, correlation: 0.6, penalty: 0.1 });
    expect(penalised.fit.alpha).toBeCloseTo(0.855, 3);
    expect(penalised.fit.beta).toBeCloseTo(0.185, 3);
    const peak = penalised.rows.reduce((best, row) => (row.goldExact > best.goldExact ? row : best));
    expect(peak.candidates).toBe(562);
    expect(peak.distance).toBeCloseTo(2.31, 2);
    const early = bestOfNOveroptimisation({ ...defaultBestOfNControls, correlation: 0.6, penalty: 0.1, maxCandidates: 100 }).fit;
    expect(early.alpha / (2 * early.beta)).toBeCloseTo(2.33, 2);
  });

  it("the gold score of the quadratic penalty case turns down: below the Gaussian one and eventually negative", () => {
    expect(bestOfNGoldScore(2, 0.5, 0.2)).toBeCloseTo(0.5 / Math.sqrt(Math.PI), 10);
    expect(bestOfNGoldScore(100_000, 0.5, 0.2)).toBeLessThan(0);
    expect(bestOfNDistance(1)).toBe(0);
  });

  it("computes the default figure in well under 100 ms", () => {
    const controls = defaultControls(figure);
    figure.compute(controls);
    const start = performance.now();
    figure.compute(controls);
    expect(performance.now() - start).toBeLessThan(100);
    const slowest = { ...controls, maxCandidates: 10000 };
    const startSlow = performance.now();
    figure.compute(slowest);
    expect(performance.now() - startSlow).toBeLessThan(400);
  });
});
