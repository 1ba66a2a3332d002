import { randomLcg } from "d3-random";
import { describe, expect, it } from "vitest";
import {
  defaultRegularisedAscentControls,
  efficiencySlopeAtZero,
  goalLimit,
  recordedSteps,
  regularisedAscent,
  regularisedEfficiency,
  regularisedEfficiencyFromSplit,
  regularisedFixedPoint,
  splitAlong,
  validateRegularisedAscentControls,
} from "../../../src/lib/experiments/regularisedAscent";
import { dot, norm } from "../../../src/lib/experiments/vector";

/** Random instances: a proxy gradient g, a goal gradient g*, a penalty gradient r, in dimension 2–7. */
function* instances(count: number, seed: number) {
  const uniform = randomLcg(seed);
  const vector = (d: number) => Array.from({ length: d }, () => 2 * uniform() - 1);
  for (let k = 0; k < count; k++) {
    const d = 2 + Math.floor(uniform() * 6);
    yield { g: vector(d), goal: vector(d), r: vector(d), lambda: 3 * uniform(), c: 0.1 + 3 * uniform() };
  }
}

describe("the proposition on regularisation and efficiency, on random instances", () => {
  it("(1) the split formula equals the cosine of g − λr with g*", () => {
    for (const { g, goal, r, lambda } of instances(5000, 1)) {
      const exact = regularisedEfficiencyFromSplit(splitAlong(g, goal), splitAlong(r, goal), lambda);
      expect(Math.abs(exact - regularisedEfficiency(g, goal, r, lambda))).toBeLessThan(1e-12);
    }
  });

  it("splits a vector into a part along g* and an orthogonal remainder", () => {
    for (const { g, goal } of instances(500, 2)) {
      const { along, across } = splitAlong(g, goal);
      expect(Math.abs(dot(across, goal))).toBeLessThan(1e-12);
      expect(Math.abs(along * along + dot(across, across) - dot(g, g))).toBeLessThan(1e-12);
    }
    expect(() => splitAlong([1, 2], [0, 0])).toThrow(/non-zero/);
  });

  it("(2) the slope at λ = 0 is (a·(g⊥·r⊥) − b|g⊥|²)/|g|³", () => {
    const h = 1e-6;
    for (const { g, goal, r } of instances(5000, 3)) {
      const difference = (regularisedEfficiency(g, goal, r, h) - regularisedEfficiency(g, goal, r, -h)) / (2 * h);
      const slope = efficiencySlopeAtZero(g, goal, r);
      expect(Math.abs(difference - slope)).toBeLessThan(1e-5 * (1 + Math.abs(slope)));
    }
  });

  it("(3) with a > 0, b ≤ 0 and a shorter orthogonal part, the efficiency does not fall", () => {
    let applicable = 0;
    for (const { g, goal, r, lambda } of instances(20000, 4)) {
      const proxy = splitAlong(g, goal);
      const penalty = splitAlong(r, goal);
      const across = norm(proxy.across.map((value, i) => value - lambda * penalty.across[i]!));
      if (!(proxy.along > 0 && penalty.along <= 0 && across <= norm(proxy.across))) continue;
      applicable++;
      expect(regularisedEfficiency(g, goal, r, lambda)).toBeGreaterThanOrEqual(regularisedEfficiency(g, goal, r, 0) - 1e-12);
    }
    expect(applicable).toBeGreaterThan(500);
  });

  it("(4) a penalty whose gradient is c·g⊥ helps exactly for 0 < λ < 2/c when a > 0, and hurts when a < 0", () => {
    for (const { g, goal, lambda, c } of instances(20000, 5)) {
      const proxy = splitAlong(g, goal);
      if (norm(proxy.across) < 1e-6 || Math.abs(lambda - 2 / c) < 1e-6) continue;
      const r = proxy.across.map((value) => c * value);
      const before = regularisedEfficiency(g, goal, r, 0);
      const after = regularisedEfficiency(g, goal, r, lambda);
      if (Math.abs(after - before) < 1e-12) continue;
      if (proxy.along > 0) expect(after > before).toBe(lambda > 0 && lambda < 2 / c);
      if (proxy.along < 0) expect(after > before).toBe(!(lambda > 0 && lambda < 2 / c));
    }
  });

  it("WRONG VARIANT: a penalty gradient pointing along g* lowers the efficiency of an acute proxy", () => {
    // g = (1, 1), g* = (1, 0), r = (1, 0): a = 1, b = 1, g⊥ = (0, 1); the slope is −1/2^{3/2}
    expect(efficiencySlopeAtZero([1, 1], [1, 0], [1, 0])).toBeCloseTo(-1 / 2 ** 1.5, 14);
    expect(regularisedEfficiency([1, 1], [1, 0], [1, 0], 0.5)).toBeLessThan(regularisedEfficiency([1, 1], [1, 0], [1, 0], 0));
  });
});

describe("regularised against unregularised gradient ascent", () => {
  it("validates its controls", () => {
    expect(() => validateRegularisedAscentControls(defaultRegularisedAscentControls)).not.toThrow();
    expect(() => regularisedAscent({ ...defaultRegularisedAscentControls, lambda: -0.1 })).toThrow(/lambda must be a number in \[0, 1\]/);
    expect(() => regularisedAscent({ ...defaultRegularisedAscentControls, stepSize: 0.6 })).toThrow(/stepSize/);
    expect(() => regularisedAscent({ ...defaultRegularisedAscentControls, steps: 2.5 })).toThrow(/steps must be an integer/);
    expect(() => regularisedAscent({ ...defaultRegularisedAscentControls, weakness: Number.NaN })).toThrow(/weakness/);
  });

  it("records step 0, the last step, and log-spaced steps in between, each once", () => {
    const steps = recordedSteps(1000);
    expect(steps[0]).toBe(0);
    expect(steps.at(-1)).toBe(1000);
    expect(new Set(steps).size).toBe(steps.length);
    expect(recordedSteps(1)).toEqual([0, 1]);
  });

  it("matches plain gradient ascent iterated on θ", () => {
    const controls = { ...defaultRegularisedAscentControls, steps: 60 };
    const { lambda, weakness, spurious, stepSize } = controls;
    let x = 0;
    let y = 0;
    const rows = regularisedAscent(controls).rows.filter((row) => row.run === "regularised");
    for (let step = 0; step <= 60; step++) {
      const row = rows.find((candidate) => candidate.step === step);
      if (row) {
        expect(row.x).toBeCloseTo(x, 12);
        expect(row.y).toBeCloseTo(y, 12);
      }
      const dx = -2 * (x - 1) - lambda * x;
      const dy = -2 * weakness * (y - spurious) - lambda * y;
      x += stepSize * dx;
      y += stepSize * dy;
    }
  });

  it("at the defaults: both runs start at goal 0; the plain run peaks and then falls below its start, the regularised one stays high", () => {
    const { rows, summary } = regularisedAscent(defaultRegularisedAscentControls);
    for (const run of ["unregularised", "regularised"] as const) {
      const first = rows.find((row) => row.run === run)!;
      expect(first.goal).toBe(0);
      expect(first.efficiency).toBeGreaterThan(0.9);
    }
    expect(summary.unregularisedPeakGoal).toBeGreaterThan(0.99);
    expect(summary.unregularisedFinalGoal).toBeLessThan(0);
    expect(summary.regularisedFinalGoal).toBeGreaterThan(0.95);
    expect(summary.unregularisedFirstNegativeStep).toBeGreaterThan(0);
    expect(summary.regularisedFinalGoal).toBeCloseTo(summary.regularisedGoalLimit, 9);
    expect(summary.unregularisedGoalLimit).toBeCloseTo(1 - 1.2 ** 2, 14);
  });

  it("converges to the fixed point of U − λR, whose goal value is the closed form", () => {
    const controls = { lambda: 0.35, spurious: 2, weakness: 0.1, stepSize: 0.4, steps: 5000 };
    const last = regularisedAscent(controls).rows.filter((row) => row.run === "regularised").at(-1)!;
    const [x, y] = regularisedFixedPoint(0.35, 0.1, 2);
    expect(last.x).toBeCloseTo(x, 12);
    expect(last.y).toBeCloseTo(y, 12);
    expect(last.goal).toBeCloseTo(goalLimit(0.35, 0.1, 2), 12);
    expect(goalLimit(0.35, 0.1, 2)).toBeCloseTo(1 - (0.35 / 2.35) ** 2 - (0.4 / 0.55) ** 2, 14);
  });

  it("regularisation raises the limit of the goal when s² ≥ 1, for every λ in (0, 1]", () => {
    for (let lambda = 0.05; lambda <= 1; lambda += 0.05) {
      for (const weakness of [0.001, 0.02, 0.5]) {
        expect(goalLimit(lambda, weakness, 1.5)).toBeGreaterThan(goalLimit(0, weakness, 1.5));
      }
    }
  });

  it("is deterministic", () => {
    expect(regularisedAscent(defaultRegularisedAscentControls)).toEqual(regularisedAscent(defaultRegularisedAscentControls));
  });
});
