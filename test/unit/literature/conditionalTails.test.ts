import { describe, expect, it } from "vitest";
import {
  conditionalGoal,
  conditionalTails,
  defaultConditionalTailsControls,
  gaussianConditionalGoal,
  monteCarloConditionalGoal,
  type ErrorLaw,
} from "../../../src/lib/literature/conditionalTails";

describe("E[V | V + X ≥ t] by numerical integration", () => {
  it("equals the Gaussian closed form to 1e−8 (relative to max(1, value)) for σ from 0.5 to 3 and t up to 60", () => {
    for (const scale of [0.5, 1, 1.75, 3]) {
      for (let t = -5; t <= 60; t += 0.5) {
        const integral = conditionalGoal({ kind: "gaussian", scale }, t);
        const closed = gaussianConditionalGoal(1, scale, t);
        expect(Math.abs(integral - closed)).toBeLessThan(1e-8 * Math.max(1, Math.abs(closed)));
      }
    }
  });

  it("has the closed form's limits: E[V] = 0 at t → −∞ and growth like t σ_V²/σ_U² for Gaussian error", () => {
    expect(Math.abs(gaussianConditionalGoal(1, 1, -40))).toBeLessThan(1e-12);
    // the Mills ratio exceeds s, so E[V | U ≥ t] ≥ t/σ_U² = t/2 here
    for (const t of [1, 5, 20, 35]) expect(gaussianConditionalGoal(1, 1, t)).toBeGreaterThan(t / 2);
  });

  it("returns towards E[V] = 0 for Student-t error: t·E[V | U ≥ t] is within 1% of ν at t = 100 and 0.1% at t = 1000", () => {
    // for a tail P(X > x) ~ C x^(−ν), P(X ≥ t − v)/P(X ≥ t) = 1 + νv/t + O(t⁻²), whence E[V | U ≥ t] ≈ ν Var(V)/t
    for (const degreesOfFreedom of [1, 2, 3, 5, 10, 30]) {
      const error: ErrorLaw = { kind: "studentT", scale: 1, degreesOfFreedom };
      expect(Math.abs((100 * conditionalGoal(error, 100)) / degreesOfFreedom - 1)).toBeLessThan(0.01);
      expect(Math.abs((1000 * conditionalGoal(error, 1000)) / degreesOfFreedom - 1)).toBeLessThan(0.001);
    }
  });
});

describe("the Monte Carlo estimates", () => {
  it("agree with the integral within 4 standard errors at every shown threshold, for both laws and several seeds", () => {
    // a 4 s.e. band misses a correct value with probability 6e−5 per point; about 30 points per run
    for (const seed of [1, 2, 3]) {
      for (const degreesOfFreedom of [1, 3, 10]) {
        const { monteCarlo } = conditionalTails({ ...defaultConditionalTailsControls, seed, degreesOfFreedom });
        expect(monteCarlo.length).toBeGreaterThanOrEqual(8);
        for (const point of monteCarlo) {
          const law: ErrorLaw =
            point.error === "gaussian" ? { kind: "gaussian", scale: 1 } : { kind: "studentT", scale: 1, degreesOfFreedom };
          expect(Math.abs(point.mean - conditionalGoal(law, point.threshold))).toBeLessThan(4 * point.standardError);
        }
      }
    }
  });

  it("are the sample mean of V over exactly the pairs with U ≥ t (the suffix sums agree with a direct count)", () => {
    const [first] = monteCarloConditionalGoal({ kind: "gaussian", scale: 1 }, [0], 1000, 7);
    expect(first!.accepted).toBeGreaterThan(400);
    expect(first!.accepted).toBeLessThan(600);
  });
});

describe("the figure's compute", () => {
  it("is deterministic and stays within budget at the extreme controls", () => {
    const a = conditionalTails(defaultConditionalTailsControls);
    expect(conditionalTails(defaultConditionalTailsControls)).toEqual(a);
    const start = performance.now();
    conditionalTails({ ...defaultConditionalTailsControls, maxThreshold: 60, degreesOfFreedom: 30, errorScale: 0.5 });
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
