import { describe, expect, it } from "vitest";
import { uniformSource } from "../../../src/lib/random";
import {
  attributeUtility,
  defaultMisalignedAllocationControls,
  goalOptimum,
  marginalUtility,
  misalignedAllocation,
  projectOntoBudget,
  proxyOptimum,
  type MisalignedAllocationControls,
} from "../../../src/lib/literature/resourceAllocation";
import misalignedAllocationFigure from "../../../components/figures/misaligned-allocation/definition";
import { defaultControls } from "../../../components/figures/figure";

const run = (overrides: Partial<MisalignedAllocationControls> = {}) => misalignedAllocation({ ...defaultMisalignedAllocationControls, ...overrides });
const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);

describe("the utility of one attribute", () => {
  it("has u(0) = 0, the stated derivative, and marginal utility between 1 − c and 1 + c", () => {
    for (const c of [0, 0.3, 0.8]) {
      expect(attributeUtility(c, 0)).toBe(0);
      for (const x of [-50, -2, -0.5, 0, 0.7, 3, 50]) {
        const h = 1e-5;
        expect(marginalUtility(c, x)).toBeCloseTo((attributeUtility(c, x + h) - attributeUtility(c, x - h)) / (2 * h), 8);
        expect(marginalUtility(c, x)).toBeGreaterThanOrEqual(1 - c);
        expect(marginalUtility(c, x)).toBeLessThanOrEqual(1 + c);
      }
    }
  });
});

describe("projection onto the budget set", () => {
  it("returns the nearest feasible point: feasible, and (y − x)·(z − x) ≤ 0 for every feasible z", () => {
    const random = uniformSource(31);
    for (let trial = 0; trial < 300; trial++) {
      const size = 1 + Math.floor(random() * 6);
      const lower = Array.from({ length: size }, () => -3 + 3 * random());
      const budget = sum(lower) + (trial % 5 === 0 ? 0 : 4 * random());
      const y = Array.from({ length: size }, () => -5 + 10 * random());
      const x = projectOntoBudget(y, lower, budget);
      x.forEach((v, i) => expect(v).toBeGreaterThanOrEqual(lower[i]!));
      expect(sum(x)).toBeLessThanOrEqual(budget + 1e-9);
      // feasible test points: the vertices b + (B − Σb)e_i, the point b, and random convex combinations of them
      const slack = budget - sum(lower);
      const vertices = [lower, ...lower.map((_, i) => lower.map((b, k) => b + (k === i ? slack : 0)))];
      for (let k = 0; k < 20; k++) {
        const weights = vertices.map(() => random());
        const total = sum(weights);
        const z = lower.map((_, i) => sum(vertices.map((v, j) => (weights[j]! / total) * v[i]!)));
        expect(sum(y.map((v, i) => (v - x[i]!) * (z[i]! - x[i]!)))).toBeLessThanOrEqual(1e-9);
      }
      for (const z of vertices) expect(sum(y.map((v, i) => (v - x[i]!) * (z[i]! - x[i]!)))).toBeLessThanOrEqual(1e-9);
    }
  });

  it("leaves a feasible point alone and refuses bounds above the budget", () => {
    expect(projectOntoBudget([0.5, 0.25], [0, 0], 1)).toEqual([0.5, 0.25]);
    expect(projectOntoBudget([2, 2], [0, 0], 1)).toEqual([0.5, 0.5]);
    expect(projectOntoBudget([3, 0], [0, 0], 1)).toEqual([1, 0]);
    expect(() => projectOntoBudget([0, 0], [1, 1], 1)).toThrow(/above the budget/);
  });
});

describe("the proxy's optimum in closed form", () => {
  it("spends the budget, puts the unmentioned attributes at b, and its goal value is the formula", () => {
    const { mentionedShare, unmentionedShare, proxy, goal } = proxyOptimum(5, 2, -2, 0.5);
    expect(2 * mentionedShare + 3 * unmentionedShare).toBeCloseTo(5, 12);
    expect(unmentionedShare).toBe(-2);
    expect(mentionedShare).toBeCloseTo((5 + 3 * 2) / 2, 12);
    expect(proxy).toBeCloseTo(2 * attributeUtility(0.5, 5.5), 12);
    expect(goal).toBeCloseTo(2 * attributeUtility(0.5, 5.5) + 3 * attributeUtility(0.5, -2), 12);
  });

  it("falls like L + 2c(L − J)b as the bound goes to −∞, and stays at L for c = 0", () => {
    for (const [L, J, c] of [[5, 2, 0.5], [8, 1, 0.8], [3, 2, 0.1]] as const) {
      const gaps = [-1e2, -1e4, -1e6].map((b) => Math.abs(proxyOptimum(L, J, b, c).goal - (L + 2 * c * (L - J) * b)));
      expect(gaps[2]!).toBeLessThan(gaps[0]!);
      expect(gaps[2]!).toBeLessThan(1e-4);
      expect(proxyOptimum(L, J, -1e6, c).goal).toBeLessThan(proxyOptimum(L, J, -1e4, c).goal);
    }
    for (const b of [0, -1, -1e3]) expect(proxyOptimum(5, 2, b, 0).goal).toBeCloseTo(5, 9);
  });
});

describe("projected gradient ascent on the proxy", () => {
  it("ends at the closed-form optimum at every setting of the figure's controls within 600 steps", () => {
    for (let L = 2; L <= 8; L++)
      for (let J = 1; J < L; J++)
        for (const b of [-3, -1.5, -0.25, 0])
          for (const c of [0, 0.4, 0.8]) {
            const result = run({ attributes: L, mentioned: J, lowerBound: b, curvature: c, steps: 600 });
            const last = result.steps.at(-1)!;
            const optimum = proxyOptimum(L, J, b, c);
            expect(result.drainedAt, `L=${L} J=${J} b=${b} c=${c}`).toBeDefined();
            expect(last.unmentionedValue).toBe(b);
            expect(last.mentionedValue!).toBeCloseTo(optimum.mentionedShare, 9);
            expect(last.proxy).toBeCloseTo(optimum.proxy, 9);
            expect(last.goal).toBeCloseTo(optimum.goal, 9);
            expect(Math.abs(last.slack)).toBeLessThan(1e-9);
          }
  });

  it("raises the proxy at every step; the goal rises while budget is unspent and falls while the unmentioned attributes drain", () => {
    const { steps, drainedAt } = run();
    steps.slice(1).forEach((row, i) => expect(row.proxy).toBeGreaterThanOrEqual(steps[i]!.proxy - 1e-12));
    const binds = steps.findIndex((row) => row.slack < 1e-12);
    expect(binds).toBeGreaterThan(0);
    for (let t = 1; t <= binds - 1; t++) expect(steps[t]!.goal).toBeGreaterThan(steps[t - 1]!.goal);
    for (let t = binds + 1; t <= drainedAt!; t++) {
      expect(steps[t]!.goal).toBeLessThan(steps[t - 1]!.goal);
      expect(steps[t - 1]!.stepEfficiency).toBeLessThan(0);
    }
    for (let t = 0; t < binds - 1; t++) {
      expect(steps[t]!.stepEfficiency).toBeGreaterThan(0);
      expect(steps[t]!.stepEfficiency).toBeLessThan(1);
    }
    expect(steps.at(-1)!.goal).toBeLessThan(Math.max(...steps.map((row) => row.goal)));
  });

  it("shows no harm at the boundaries: J = L reaches the goal's optimum, J = 0 moves nothing, b = 0 and c = 0 never lower the goal", () => {
    const complete = run({ mentioned: 5, steps: 600 }).steps.at(-1)!;
    expect(complete.goal).toBeCloseTo(goalOptimum(5, 0.5), 9);
    const none = run({ mentioned: 0 }).steps;
    none.forEach((row) => expect([row.proxy, row.goal, row.slack]).toEqual([0, 0, 5]));
    for (const overrides of [{ lowerBound: 0 }, { curvature: 0 }]) {
      const { steps } = run({ ...overrides, steps: 400 });
      steps.slice(1).forEach((row, i) => expect(row.goal).toBeGreaterThanOrEqual(steps[i]!.goal - 1e-9));
    }
  });

  it("keeps the figure's compute fast at its most expensive setting", () => {
    const controls = { ...defaultControls(misalignedAllocationFigure), attributes: 8, mentioned: 1, lowerBound: -3, curvature: 0.8, steps: 600 };
    const start = performance.now();
    const data = misalignedAllocationFigure.compute(controls);
    expect(performance.now() - start).toBeLessThan(100);
    expect(data["limits"]![0]!["goal"]).toBeCloseTo(proxyOptimum(8, 1, -3, 0.8).goal, 9);
    expect(misalignedAllocationFigure.describe(data, controls)).toMatch(/every unmentioned attribute sits at its bound/);
  });
});
