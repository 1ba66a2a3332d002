import { describe, expect, it } from "vitest";
import goodhartTailsFigure from "../../../components/figures/goodhart-tails/definition";
import { defaultControls } from "../../../components/figures/figure";
import { normalQuantile } from "../../../src/lib/experiments/distributions";
import {
  discrepancyFamilies,
  gaussianSelectedGoal,
  monteCarloSelectedGoal,
  proxyQuantile,
  selectedFractions,
  selectedGoalCurve,
  selectedGoalLimit,
  tailIntegrals,
  type Discrepancy,
} from "../../../src/lib/literature/quantileSelection";

const goal = { mean: 0, standardDeviation: 1 };

describe("quantile selection on U = U* + ξ", () => {
  it.each([0.25, 1, 3])("matches the Gaussian closed form down to p = 1e-10 (scale %d)", (scale) => {
    const rows = selectedGoalCurve(goal, { family: "gaussian", scale, tailIndex: 1 }, selectedFractions(1e-10, 6));
    for (const row of rows) {
      const closed = gaussianSelectedGoal(goal, scale, row.fraction);
      expect(Math.abs(row.selectedGoal - closed)).toBeLessThan(1e-9 * (1 + closed));
    }
  });

  it("inverts P(U ≥ q) = p: the Gaussian quantile found by Newton is the closed-form one", () => {
    const discrepancy: Discrepancy = { family: "gaussian", scale: 0.5, tailIndex: 1 };
    for (const fraction of [0.5, 0.01, 1e-6, 1e-10]) {
      const q = proxyQuantile(goal, discrepancy, fraction, -50);
      expect(q).toBeCloseTo(-Math.hypot(1, 0.5) * normalQuantile(fraction), 9);
      expect(tailIntegrals(goal, discrepancy, q).survival / fraction).toBeCloseTo(1, 10);
    }
  });

  // The top ⌈pN⌉ of N = 400,000 seeded draws: the standard error ignores the randomness of the
  // empirical threshold, which is of smaller order, so the tolerance is 4.5 standard errors.
  it.each(discrepancyFamilies.flatMap((family) => [0.1, 0.01].map((fraction) => [family, fraction] as const)))(
    "agrees with seeded Monte Carlo (%s discrepancy, p = %d)",
    (family, fraction) => {
      const discrepancy: Discrepancy = { family, scale: 1, tailIndex: 2.5 };
      const exact = selectedGoalCurve(goal, discrepancy, [0.5, fraction]).at(-1)!.selectedGoal;
      const estimate = monteCarloSelectedGoal(goal, discrepancy, fraction, 400_000, 11);
      expect(estimate.selected).toBe(Math.ceil(fraction * 400_000));
      expect(Math.abs(estimate.mean - exact)).toBeLessThan(4.5 * estimate.standardError);
    },
  );

  it("approaches the proved limits: Laplace to μ + λσ*², the power law to μ", () => {
    const laplace: Discrepancy = { family: "laplace", scale: 1, tailIndex: 1 };
    expect(selectedGoalCurve(goal, laplace, [0.5, 1e-8]).at(-1)!.selectedGoal).toBeCloseTo(selectedGoalLimit(goal, laplace), 6);
    const powerLaw: Discrepancy = { family: "powerLaw", scale: 1, tailIndex: 3 };
    const far = selectedGoalCurve(goal, powerLaw, [0.5, 1e-6, 1e-8]);
    expect(far[2]!.selectedGoal).toBeLessThan(far[1]!.selectedGoal);
    expect(far[2]!.selectedGoal).toBeLessThan(0.01);
    expect(far[2]!.selectedGoal).toBeGreaterThan(0);
  });

  it("rejects fractions that do not decrease", () => {
    expect(() => selectedGoalCurve(goal, { family: "laplace", scale: 1, tailIndex: 1 }, [0.1, 0.2])).toThrow(/must decrease/);
  });
});

describe("the goodhart-tails figure", () => {
  it("computes its default data in well under the redraw budget", () => {
    const controls = defaultControls(goodhartTailsFigure);
    goodhartTailsFigure.compute(controls);
    const start = performance.now();
    const data = goodhartTailsFigure.compute(controls);
    expect(performance.now() - start).toBeLessThan(250);
    expect(data["curves"]).toHaveLength(3 * selectedFractions(1e-8, 6).length);
    expect(data["limits"]!.map((row) => row["family"])).toEqual(["laplace", "powerLaw"]);
    expect(goodhartTailsFigure.describe(data, controls)).toMatch(/peaks at 1\.4\d for p = /);
  });
});
