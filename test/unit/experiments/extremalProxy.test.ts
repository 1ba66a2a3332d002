import { describe, expect, it } from "vitest";
import {
  defaultExtremalProxyControls,
  extremalProxy,
  negativeIntervals,
  type ExtremalProxyControls,
} from "../../../src/lib/experiments/extremalProxy";

describe("maximal negative intervals", () => {
  it("finds every maximal run of negative values, inclusive", () => {
    expect(negativeIntervals([])).toEqual([]);
    expect(negativeIntervals([1, 0, 2])).toEqual([]);
    expect(negativeIntervals([-1])).toEqual([[0, 0]]);
    expect(negativeIntervals([1, -1, -2, 0, -3, 4, -5, -5])).toEqual([[1, 2], [4, 4], [6, 7]]);
  });
});

describe("gradient ascent on a saturating proxy", () => {
  const run = (overrides: Partial<ExtremalProxyControls> = {}) => extremalProxy({ ...defaultExtremalProxyControls, ...overrides });

  it("helps the goal at first, then harms it for good once the proxy saturates", () => {
    const { steps, negativeEfficiencyIntervals } = run();
    expect(steps).toHaveLength(defaultExtremalProxyControls.steps + 1);
    expect(steps[0]!.optimizationEfficiency).toBeGreaterThan(0.9);
    expect(negativeEfficiencyIntervals).toHaveLength(1);
    const [start, end] = negativeEfficiencyIntervals[0]!;
    expect(end).toBe(defaultExtremalProxyControls.steps);
    expect(start).toBeGreaterThan(0);
    // the proxy rises at every step; the goal peaks where efficiency turns negative
    steps.slice(1).forEach((row, i) => expect(row.proxy).toBeGreaterThan(steps[i]!.proxy));
    const peak = steps.reduce((best, row) => (row.goal > best.goal ? row : best));
    expect(Math.abs(peak.step - start)).toBeLessThanOrEqual(1);
    expect(steps.at(-1)!.goal).toBeLessThan(0);
  });

  it("computes efficiency as the cosine between ∇U = (sech²x, w) and ∇U* = (1, −c·y)", () => {
    const row = run().steps[30]!;
    const { independentCauseWeight: w, sideEffectCost: c } = defaultExtremalProxyControls;
    const sech2 = 1 / Math.cosh(row.x) ** 2;
    const expected = (sech2 - c * w * row.y) / (Math.hypot(sech2, w) * Math.hypot(1, c * row.y));
    expect(row.optimizationEfficiency).toBeCloseTo(expected, 14);
  });

  it("never harms the goal when the independent cause is free or absent", () => {
    expect(run({ sideEffectCost: 0 }).negativeEfficiencyIntervals).toEqual([]);
    const alone = run({ independentCauseWeight: 0 });
    expect(alone.negativeEfficiencyIntervals).toEqual([]);
    for (const row of alone.steps) expect(row.optimizationEfficiency).toBeCloseTo(1, 14);
  });

  it("keeps helping for longer when the proxy saturates later", () => {
    const early = run({ saturation: 0.5 }).negativeEfficiencyIntervals[0]![0];
    const late = run({ saturation: 3 }).negativeEfficiencyIntervals[0]![0];
    expect(late).toBeGreaterThan(early);
  });

  it("validates the controls, naming the field and range", () => {
    expect(() => run({ stepSize: 0 })).toThrow(/stepSize must be a number in \[0.001, 2\], got 0/);
    expect(() => run({ steps: 0 })).toThrow(/steps must be an integer in \[1, 10000\]/);
  });
});
