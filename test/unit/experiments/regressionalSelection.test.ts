import { describe, expect, it } from "vitest";
import {
  bestOfNKlDivergence,
  defaultRegressionalSelectionControls,
  expectedMaximumOfNormals,
  logSpacedCounts,
  regressionalSelection,
  type RegressionalSelectionControls,
} from "../../../src/lib/experiments/regressionalSelection";

describe("expected maximum of n standard normals", () => {
  it("matches the known closed forms and tabulated values", () => {
    expect(Math.abs(expectedMaximumOfNormals(1))).toBeLessThan(1e-12);
    expect(expectedMaximumOfNormals(2)).toBeCloseTo(1 / Math.sqrt(Math.PI), 12);
    expect(expectedMaximumOfNormals(3)).toBeCloseTo(3 / (2 * Math.sqrt(Math.PI)), 12);
    expect(expectedMaximumOfNormals(5)).toBeCloseTo(1.1629644736405196, 10);
    expect(expectedMaximumOfNormals(100)).toBeCloseTo(2.5075936, 6);
  });
});

describe("KL divergence of best-of-n from the base distribution", () => {
  it("agrees with direct numerical integration of n u^(n−1) log(n u^(n−1)) over [0, 1]", () => {
    for (const n of [2, 10, 100]) {
      // midpoint rule in u = F(x): the base is uniform there, so this is the KL itself
      const intervals = 200_000;
      let kl = 0;
      for (let i = 0; i < intervals; i++) {
        const u = (i + 0.5) / intervals;
        const density = n * u ** (n - 1);
        if (density > 0) kl += (density * Math.log(density)) / intervals;
      }
      expect(bestOfNKlDivergence(n)).toBeCloseTo(kl, 6);
    }
    expect(bestOfNKlDivergence(1)).toBe(0);
  });
});

describe("log-spaced candidate counts", () => {
  it("rises strictly from 1 to the maximum", () => {
    const counts = logSpacedCounts(1000);
    expect(counts[0]).toBe(1);
    expect(counts.at(-1)).toBe(1000);
    counts.slice(1).forEach((count, i) => expect(count).toBeGreaterThan(counts[i]!));
    expect(logSpacedCounts(1)).toEqual([1]);
  });
});

describe("best-of-n selection on a noisy proxy", () => {
  const run = (overrides: Partial<RegressionalSelectionControls>) =>
    regressionalSelection({ ...defaultRegressionalSelectionControls, ...overrides });

  it.each([0.5, 1, 2])("matches the Gaussian closed forms within Monte Carlo error (σ = %d)", (errorScale) => {
    for (const row of run({ errorScale, trials: 2000, seed: 3 })) {
      expect(Math.abs(row.goalMean - row.goalClosedForm!)).toBeLessThan(4.5 * row.goalStandardError);
      expect(Math.abs(row.proxyMean - row.proxyClosedForm!)).toBeLessThan(4.5 * row.proxyStandardError);
    }
  });

  it.each([
    ["studentT", { degreesOfFreedom: 2 }],
    ["pareto", { tailIndex: 2 }],
  ] as const)("lets E[U*] of the selected item fall back toward 0 with %s error", (errorDistribution, tail) => {
    const rows = run({ errorDistribution, ...tail, trials: 2000, seed: 5 });
    const peak = rows.reduce((best, row) => (row.goalMean > best.goalMean ? row : best));
    const last = rows.at(-1)!;
    expect(peak.candidates).toBeLessThan(100);
    // the fall from the peak is many standard errors, and ends near 0
    expect(peak.goalMean - last.goalMean).toBeGreaterThan(
      6 * Math.hypot(peak.goalStandardError, last.goalStandardError),
    );
    expect(last.goalMean).toBeLessThan(peak.goalMean / 3);
    // while the proxy of the selected item keeps rising
    expect(last.proxyMean).toBeGreaterThan(peak.proxyMean);
    expect(last).not.toHaveProperty("goalClosedForm");
  });

  it("is deterministic for a seed", () => {
    expect(run({ errorDistribution: "studentT", seed: 9 })).toEqual(run({ errorDistribution: "studentT", seed: 9 }));
    expect(run({ seed: 9 })).not.toEqual(run({ seed: 10 }));
  });

  it("selects nothing when n = 1: E[U*] near 0", () => {
    const [row] = run({ trials: 5000, maxCandidates: 1 });
    expect(row!.candidates).toBe(1);
    expect(Math.abs(row!.goalMean)).toBeLessThan(4 * row!.goalStandardError);
  });

  it("validates the controls, naming the field and range", () => {
    expect(() => run({ trials: 1 })).toThrow(/trials must be an integer in \[2, 100000\], got 1/);
    expect(() => run({ errorScale: -1 })).toThrow(/errorScale must be a number in \[0, 10\]/);
    expect(() => run({ errorDistribution: "cauchy" as never })).toThrow(/errorDistribution must be one of gaussian, studentT, pareto/);
  });
});
