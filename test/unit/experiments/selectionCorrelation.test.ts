import { describe, expect, it } from "vitest";
import { normalCdf, normalPdf, normalQuantile } from "../../../src/lib/experiments/distributions";
import {
  defaultSelectionCorrelationControls,
  selectionCorrelation,
  truncatedNormalCorrelation,
  type SelectionCorrelationControls,
} from "../../../src/lib/experiments/selectionCorrelation";

/** ∫ f(t) φ(t) dt over [a, b] by Simpson's rule. */
function integrateAgainstNormal(f: (t: number) => number, a: number, b: number, intervals = 20_000): number {
  const h = (b - a) / intervals;
  let sum = 0;
  for (let i = 0; i <= intervals; i++) {
    const weight = i === 0 || i === intervals ? 1 : i % 2 ? 4 : 2;
    const t = a + i * h;
    sum += weight * f(t) * normalPdf(t);
  }
  return (sum * h) / 3;
}

describe("closed-form correlation after truncation", () => {
  it("uses the right truncated variance: checked by integrating the conditional moments", () => {
    const rho = 0.6;
    for (const q of [0.2, 0.5, 0.9, 0.99]) {
      const z = normalQuantile(q);
      const mass = 1 - normalCdf(z);
      const mean = integrateAgainstNormal((t) => t, z, 12) / mass;
      const variance = integrateAgainstNormal((t) => t * t, z, 12) / mass - mean * mean;
      // Cov(X, Z | Z > z) = ρ·Var(Z | ·) and Var(X | ·) = ρ²Var(Z | ·) + 1 − ρ²
      const expected = (rho * variance) / Math.sqrt(variance * (rho * rho * variance + 1 - rho * rho));
      expect(truncatedNormalCorrelation(rho, q)).toBeCloseTo(expected, 9);
    }
  });

  it("starts at ρ and falls as the quantile rises", () => {
    expect(truncatedNormalCorrelation(0.7, 0)).toBe(0.7);
    let previous = 0.7;
    for (let q = 0.05; q < 1; q += 0.05) {
      const correlation = truncatedNormalCorrelation(0.7, q);
      expect(correlation).toBeLessThan(previous);
      previous = correlation;
    }
  });
});

describe("proxy–goal correlation among selected points", () => {
  const run = (overrides: Partial<SelectionCorrelationControls>) =>
    selectionCorrelation({ ...defaultSelectionCorrelationControls, ...overrides });

  it("matches the closed form for Gaussian error within sampling error", () => {
    for (const row of run({ samples: 200_000, seed: 2 })) {
      // the standard error of a sample correlation r from k points is about (1 − r²)/sqrt(k)
      const standardError = (1 - row.gaussianClosedForm ** 2) / Math.sqrt(row.selectedCount);
      expect(Math.abs(row.gaussianCorrelation - row.gaussianClosedForm)).toBeLessThan(4.5 * standardError);
    }
  });

  it("collapses faster with heavy-tailed error of the same variance", () => {
    const rows = run({ samples: 100_000, seed: 4 });
    const first = rows[0]!;
    expect(first.selectedCount).toBe(100_000);
    // both errors have standard deviation σ, so before selection both correlations are 1/sqrt(2)
    expect(Math.abs(first.gaussianCorrelation - Math.SQRT1_2)).toBeLessThan(0.01);
    expect(Math.abs(first.heavyTailedCorrelation - Math.SQRT1_2)).toBeLessThan(0.03);
    const top = rows.find((row) => row.quantile === 0.9)!;
    expect(top.selectedCount).toBe(10_000);
    expect(top.heavyTailedCorrelation).toBeLessThan(top.gaussianCorrelation - 0.1);
  });

  it("is deterministic for a seed and validates its controls", () => {
    expect(run({ samples: 2000, seed: 8 })).toEqual(run({ samples: 2000, seed: 8 }));
    expect(() => run({ degreesOfFreedom: 2 })).toThrow(/degreesOfFreedom must be a number in \[2.1, 100\], got 2/);
    expect(() => run({ samples: 10.5 })).toThrow(/samples must be an integer/);
  });
});
