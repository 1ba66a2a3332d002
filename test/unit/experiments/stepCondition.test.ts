import { describe, expect, it } from "vitest";
import { uniformSource } from "../../../src/lib/random";
import {
  defaultInstance,
  defaultStepConditionControls,
  largestEigenvalue,
  quadraticMatrix,
  quadraticObjective,
  runStepCondition,
  stepConditionExperiment,
  validateStepConditionControls,
  type StepConditionInstance,
} from "../../../src/lib/experiments/stepCondition";

/** A random instance: two concave quadratics with random curvatures, axes and optima, and a random start. */
function randomInstance(source: () => number): StepConditionInstance {
  const between = (low: number, high: number) => low + (high - low) * source();
  const major = between(0.1, 5);
  const proxyMajor = between(0.1, 3);
  return {
    goal: { centre: [between(-3, 3), between(-3, 3)], matrix: quadraticMatrix(major, major * between(0.01, 1), between(0, Math.PI)) },
    proxy: { centre: [between(-3, 3), between(-3, 3)], matrix: quadraticMatrix(proxyMajor, proxyMajor * between(0.01, 1), between(0, Math.PI)) },
    start: [between(-5, 5), between(-5, 5)],
  };
}

describe("quadratic objectives", () => {
  it("builds M = R diag(major, minor) Rᵀ, whose largest eigenvalue is L", () => {
    const m = quadraticMatrix(3, 0.5, 0.7);
    expect(largestEigenvalue(m)).toBeCloseTo(3, 12);
    expect(m[0] + m[2]).toBeCloseTo(3.5, 12);
    expect(m[0] * m[2] - m[1] * m[1]).toBeCloseTo(1.5, 12);
  });

  it("has the gradient of its value (central differences)", () => {
    const f = quadraticObjective({ centre: [1, -2], matrix: quadraticMatrix(2, 0.3, 1.1) });
    const theta = [0.4, 0.9];
    const h = 1e-6;
    const numeric = [0, 1].map((i) => {
      const plus = [...theta];
      const minus = [...theta];
      plus[i]! += h;
      minus[i]! -= h;
      return (f.value(plus) - f.value(minus)) / (2 * h);
    });
    const exact = f.gradient(theta);
    expect(exact[0]).toBeCloseTo(numeric[0]!, 6);
    expect(exact[1]).toBeCloseTo(numeric[1]!, 6);
    expect(f.value([1, -2])).toBe(-0);
  });
});

describe("gradient ascent on the proxy, checked against the step condition", () => {
  it("never lets Ū* fall at a step where the condition held (random instances)", () => {
    const source = uniformSource(2024);
    let held = 0;
    let roseWithoutCondition = 0;
    for (let trial = 0; trial < 300; trial++) {
      const instance = randomInstance(source);
      const stepSize = 10 ** (-2 + 2.5 * source());
      const run = runStepCondition(instance, stepSize, 30);
      for (const step of run.steps) {
        if (!Number.isFinite(step.goalChange)) continue;
        // the descent lemma: the actual change is never below the bound
        expect(step.goalChange).toBeGreaterThanOrEqual(step.lowerBound - 1e-9 * (1 + Math.abs(step.lowerBound)));
        if (step.conditionHeld) {
          held++;
          expect(step.goalRose).toBe(true);
          expect(step.optimizationEfficiency).toBeGreaterThan(step.threshold);
        } else if (step.goalRose) roseWithoutCondition++;
        // the break-even OE never exceeds the theorem's threshold: the condition is sufficient, not necessary
        expect(step.breakEven).toBeLessThanOrEqual(step.threshold * (1 + 1e-12) + 1e-300);
        expect(step.goalRose).toBe(step.optimizationEfficiency > step.breakEven || (step.goalChange > 0 && step.optimizationEfficiency >= step.breakEven));
      }
    }
    expect(held).toBeGreaterThan(100);
    // and the condition is not necessary: Ū* often rises where it fails
    expect(roseWithoutCondition).toBeGreaterThan(10);
  });

  it("records the goal change as the difference of Ū* between consecutive points", () => {
    const run = runStepCondition(defaultInstance(8), 0.4, 20);
    run.steps.forEach((step, i) => {
      expect(step.goalChange).toBeCloseTo(run.points[i + 1]!.goal - run.points[i]!.goal, 12);
    });
    expect(run.points).toHaveLength(21);
    expect(run.smoothness).toBeCloseTo(2, 12);
  });

  it("makes the condition exact when the goal is isotropic (κ = 1), and strictly weaker otherwise", () => {
    for (const stepSize of [0.05, 0.3, 1, 3]) {
      const isotropic = runStepCondition(defaultInstance(1), stepSize, 40);
      for (const step of isotropic.steps) expect(step.breakEven).toBeCloseTo(step.threshold, 12);
    }
    const anisotropic = stepConditionExperiment({ ...defaultStepConditionControls, stepSize: 1 });
    const held = anisotropic.steps.filter((step) => step.conditionHeld).length;
    const rose = anisotropic.steps.filter((step) => step.goalRose).length;
    expect(rose).toBeGreaterThan(held);
  });

  it("at the defaults: Ū* rises first and falls once the path passes the goal's optimum (Goodhart)", () => {
    const { steps, points } = stepConditionExperiment(defaultStepConditionControls);
    expect(steps).toHaveLength(defaultStepConditionControls.steps);
    expect(steps[0]!.goalRose).toBe(true);
    expect(steps.at(-1)!.goalRose).toBe(false);
    expect(steps.at(-1)!.optimizationEfficiency).toBeLessThan(0);
    // the proxy rises at every step (its own ascent is stable for α < 2/0.3)
    points.slice(1).forEach((point, i) => expect(point.proxy).toBeGreaterThan(points[i]!.proxy));
  });

  it("rejects invalid controls, naming the field", () => {
    expect(() => validateStepConditionControls({ ...defaultStepConditionControls, stepSize: 0 })).toThrow("stepSize");
    expect(() => validateStepConditionControls({ ...defaultStepConditionControls, steps: 1.5 })).toThrow("steps");
    expect(() => validateStepConditionControls({ ...defaultStepConditionControls, goalConditionNumber: 0.5 })).toThrow("goalConditionNumber");
  });
});
