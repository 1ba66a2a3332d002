import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { STEP_CONDITION_CHECK, STEP_SHARPNESS_CHECK, STEP_TRAJECTORY_CHECK } from "../../../src/lib/theorems/checks";
import {
  SHARP_STEP_CONSTANT,
  SOURCE_STEP_CONSTANT,
  ascentStep,
  checkAscentStep,
  guaranteedGoalChange,
  maxStepSize,
  stepConditionHolds,
  stepThreshold,
  tightInstance,
} from "../../../src/lib/theorems/stepCondition";
import { addScaled, dot, norm, optimizationEfficiency } from "../../../src/lib/theorems/vectors";
import { finite, nonZeroVector, smoothObjective, tol } from "./arbitraries";

const SEED = 20240518;

/** A random goal, a point, a proxy gradient, and a step size as a share of the largest allowed one. */
const stepInstance = fc
  .integer({ min: 1, max: 5 })
  .chain((d) =>
    fc.record({
      goal: smoothObjective(d),
      theta: nonZeroVector(d, 2),
      proxyGradient: nonZeroVector(d, 3),
      share: finite(0, 1),
      freeStep: finite(1e-6, 1),
    }),
  );

describe("step condition (Theorem step-condition)", () => {
  it(`the goal rises after every step that meets the hypothesis (${STEP_CONDITION_CHECK.instances} instances)`, () => {
    let hypothesisHeld = 0;
    fc.assert(
      fc.property(stepInstance, ({ goal, theta, proxyGradient, share, freeStep }) => {
        const L = goal.curvatureBound;
        const gs = goal.gradient(theta);
        // half the instances take the largest step the hypothesis allows, scaled by `share` ∈ [0, 1);
        // the other half take an unrelated step size
        const aMax = maxStepSize(optimizationEfficiency(proxyGradient, gs), norm(proxyGradient), norm(gs), L);
        const alpha = Number.isFinite(aMax) && aMax > 0 && share > 0.5 ? aMax * (share - 0.5) * 2 * (1 - 1e-9) : freeStep;
        if (!(alpha > 0)) return;
        const before = goal.value(theta);
        const after = goal.value(addScaled(theta, alpha, proxyGradient));
        const bound = guaranteedGoalChange(proxyGradient, gs, alpha, L);
        const scale = Math.abs(before) + alpha * norm(proxyGradient) * (norm(gs) + L * alpha * norm(proxyGradient));
        // the curvature inequality itself
        expect(after - before).toBeGreaterThanOrEqual(bound - tol(scale));
        if (stepConditionHolds(proxyGradient, gs, alpha, L)) {
          hypothesisHeld++;
          // the OE form and the division-free form agree
          const t = stepThreshold({ proxyGradientNorm: norm(proxyGradient), goalGradientNorm: norm(gs), stepSize: alpha, curvatureBound: L });
          if (norm(gs) > 1e-9) expect(optimizationEfficiency(proxyGradient, gs)).toBeGreaterThan(t - 1e-9);
          expect(bound).toBeGreaterThanOrEqual(0); // > 0 mathematically; may underflow
          if (bound > tol(scale)) expect(after).toBeGreaterThan(before);
        }
      }),
      { numRuns: STEP_CONDITION_CHECK.instances, seed: SEED },
    );
    // the hypothesis must actually be exercised
    expect(hypothesisHeld).toBeGreaterThan(STEP_CONDITION_CHECK.instances / 4);
  });

  it("the source's constant (1) is also sufficient, being stronger than 1/2", () => {
    fc.assert(
      fc.property(stepInstance, ({ goal, theta, proxyGradient, freeStep }) => {
        const gs = goal.gradient(theta);
        if (stepConditionHolds(proxyGradient, gs, freeStep, goal.curvatureBound, SOURCE_STEP_CONSTANT)) {
          expect(stepConditionHolds(proxyGradient, gs, freeStep, goal.curvatureBound, SHARP_STEP_CONSTANT)).toBe(true);
        }
      }),
      { numRuns: 500, seed: SEED + 1 },
    );
  });
});

describe("sharpness (Proposition step-condition-sharp)", () => {
  // parametrised by the sharp threshold t ∈ (0, 1): L = 2tS/(αG)
  const tight = fc
    .record({
      G: finite(0.1, 10),
      S: finite(0.1, 10),
      alpha: finite(0.001, 1),
      t: finite(1e-3, 0.999),
      epsilon: finite(1e-4, 0.5),
    })
    .map(({ G, S, alpha, t, epsilon }) => ({ G, S, alpha, epsilon, L: (2 * t * S) / (alpha * G) }));

  it(`the concave quadratic attains the bound (${STEP_SHARPNESS_CHECK.instances} instances)`, () => {
    let used = 0;
    fc.assert(
      fc.property(tight, ({ G, S, alpha, L, epsilon }) => {
        const p = { proxyGradientNorm: G, goalGradientNorm: S, stepSize: alpha, curvatureBound: L };
        const t = stepThreshold(p);
        if (!(t * (1 + epsilon) < 1)) return;
        used++;
        for (const [oe, sign] of [
          [t * (1 + epsilon), 1],
          [t * (1 - epsilon), -1],
        ] as const) {
          const inst = tightInstance(p, oe);
          const step = checkAscentStep(
            inst.goal,
            { value: () => 0, gradient: () => inst.proxyGradient },
            inst.theta,
            alpha,
            L,
          );
          // equality in the curvature inequality, and the predicted sign
          expect(step.goalChange).toBeCloseTo(step.lowerBound, 9);
          expect(step.goalChange).toBeCloseTo(inst.exactGoalChange, 9);
          expect(Math.sign(step.goalChange)).toBe(sign);
        }
        // exactly at the threshold the goal does not rise (zero change)
        const at = tightInstance(p, t);
        expect(Math.abs(at.exactGoalChange)).toBeLessThan(1e-12 * (1 + alpha * G * S));
      }),
      { numRuns: STEP_SHARPNESS_CHECK.instances, seed: SEED + 2 },
    );
    expect(used).toBeGreaterThan(STEP_SHARPNESS_CHECK.instances / 4);
  });

  it("WRONG VARIANT: any constant below 1/2 (here 0.45) is falsified by fast-check", () => {
    const result = fc.check(
      // OE ranges over [0, 2]× the sharp threshold (capped at 1): the search space of the theorem
      fc.property(tight, finite(0, 2), ({ G, S, alpha, L }, factor) => {
        const p = { proxyGradientNorm: G, goalGradientNorm: S, stepSize: alpha, curvatureBound: L };
        const oe = Math.min(1, factor * stepThreshold(p));
        if (!(oe > stepThreshold(p, 0.45))) return true;
        return tightInstance(p, oe).exactGoalChange > 0;
      }),
      { numRuns: 2000, seed: SEED + 3 },
    );
    expect(result.failed).toBe(true);
  });

  it("WRONG VARIANT: gradient DESCENT θ − α∇Ū under the same hypothesis is falsified", () => {
    const result = fc.check(
      fc.property(stepInstance, ({ goal, theta, proxyGradient, freeStep }) => {
        const gs = goal.gradient(theta);
        if (!stepConditionHolds(proxyGradient, gs, freeStep, goal.curvatureBound)) return true;
        return goal.value(addScaled(theta, -freeStep, proxyGradient)) > goal.value(theta);
      }),
      { numRuns: 500, seed: SEED + 4 },
    );
    expect(result.failed).toBe(true);
  });
});

describe("trajectories (Corollary step-condition-trajectory)", () => {
  const trajectory = fc
    .integer({ min: 1, max: 4 })
    .chain((d) => fc.record({ goal: smoothObjective(d), proxy: smoothObjective(d), theta0: nonZeroVector(d, 2), alpha: finite(1e-3, 0.3) }));

  it(`along gradient ascent on the proxy, the goal rises at every step that meets the hypothesis (${STEP_TRAJECTORY_CHECK.instances} trajectories)`, () => {
    let wholeTrajectories = 0;
    let checkedSteps = 0;
    fc.assert(
      fc.property(trajectory, ({ goal, proxy, theta0, alpha }) => {
        let theta = theta0;
        let allHeld = true;
        const values = [goal.value(theta)];
        for (let t = 0; t < 40; t++) {
          const step = checkAscentStep(goal, proxy, theta, alpha, goal.curvatureBound);
          const scale = Math.abs(values[values.length - 1]!) + 1;
          expect(step.goalChange).toBeGreaterThanOrEqual(step.lowerBound - tol(scale));
          if (step.hypothesis) {
            checkedSteps++;
            if (step.lowerBound > tol(scale)) expect(step.goalChange).toBeGreaterThan(0);
          } else allHeld = false;
          theta = step.next;
          values.push(goal.value(theta));
          if (!theta.every(Number.isFinite)) return;
        }
        if (allHeld) {
          wholeTrajectories++;
          for (let t = 1; t < values.length; t++) expect(values[t]!).toBeGreaterThanOrEqual(values[t - 1]! - tol(values[t - 1]!));
        }
      }),
      { numRuns: STEP_TRAJECTORY_CHECK.instances, seed: SEED + 5 },
    );
    expect(checkedSteps).toBeGreaterThan(STEP_TRAJECTORY_CHECK.instances);
    expect(wholeTrajectories).toBeGreaterThan(0);
  });

  it("ascentStep moves along the proxy gradient", () => {
    const proxy = { value: (x: readonly number[]) => dot(x, x), gradient: (x: readonly number[]) => x.map((v) => 2 * v) };
    expect(ascentStep(proxy, [1, 2], 0.5)).toEqual([2, 4]);
  });
});
