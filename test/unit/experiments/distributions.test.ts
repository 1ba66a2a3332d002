import { describe, expect, it } from "vitest";
import { uniformSource } from "../../../src/lib/random";
import {
  normalCdf,
  normalPdf,
  normalQuantile,
  normalUpperTail,
  studentT,
  symmetricPareto,
} from "../../../src/lib/experiments/distributions";

/** Fraction of `count` draws satisfying `predicate`, with its binomial standard error. */
function proportion(draw: () => number, count: number, predicate: (x: number) => boolean) {
  let hits = 0;
  for (let i = 0; i < count; i++) if (predicate(draw())) hits++;
  const p = hits / count;
  return { p, standardError: Math.sqrt((p * (1 - p)) / count) };
}

describe("normal distribution functions", () => {
  it("matches reference values of Φ in the centre and the tails", () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1)).toBeCloseTo(0.8413447460685429, 14);
    expect(normalCdf(2)).toBeCloseTo(0.9772498680518208, 14);
    expect(normalCdf(-3)).toBeCloseTo(0.0013498980316300946, 15);
    // deep tails must be accurate relative to their size, not just absolutely
    expect(normalUpperTail(5) / 2.866515718791939e-7 - 1).toBeLessThan(1e-12);
    expect(Math.abs(normalCdf(-8) / 6.22096057427178e-16 - 1)).toBeLessThan(1e-10);
  });

  it("is continuous where the series hands over to the continued fraction", () => {
    for (const edge of [-3, 3]) {
      const below = normalCdf(edge - 1e-9);
      const above = normalCdf(edge + 1e-9);
      expect(Math.abs(above - below - 2e-9 * normalPdf(edge))).toBeLessThan(1e-15);
    }
  });

  it("inverts Φ with the quantile function", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantile(0.5)).toBe(0);
    for (const p of [1e-12, 1e-4, 0.02, 0.02425, 0.3, 0.7, 0.97575, 0.999, 1 - 1e-9]) {
      const x = normalQuantile(p);
      const tail = p < 0.5 ? normalCdf(x) / p : normalUpperTail(x) / (1 - p);
      expect(Math.abs(tail - 1)).toBeLessThan(1e-9);
    }
    expect(() => normalQuantile(1)).toThrow(RangeError);
  });
});

describe("Student-t sampler", () => {
  // the t distribution function has a closed form for ν = 1 (Cauchy) and ν = 3
  const tailOfT3 = (t: number) =>
    0.5 - (Math.atan(t / Math.sqrt(3)) + (t / Math.sqrt(3)) / (1 + (t * t) / 3)) / Math.PI;

  it.each([
    [1, 1, 0.25],
    [3, 2, tailOfT3(2)],
    [3, 0.5, tailOfT3(0.5)],
  ])("with ν = %d has P(T > %d) matching the closed form", (nu, t, expected) => {
    const { p, standardError } = proportion(studentT(uniformSource(11), nu), 200_000, (x) => x > t);
    expect(Math.abs(p - expected)).toBeLessThan(4 * standardError);
  });

  it("is deterministic for a seed and rejects ν ≤ 0", () => {
    const a = studentT(uniformSource(5), 4);
    const b = studentT(uniformSource(5), 4);
    expect(Array.from({ length: 10 }, a)).toEqual(Array.from({ length: 10 }, b));
    expect(() => studentT(uniformSource(5), 0)).toThrow(RangeError);
  });
});

describe("symmetric Pareto sampler", () => {
  it("has P(|X| > x) = (1 + x)^(−α) and is symmetric", () => {
    const count = 200_000;
    for (const [alpha, x] of [[2, 1], [1.5, 9]] as const) {
      const { p, standardError } = proportion(symmetricPareto(uniformSource(3), alpha), count, (v) => Math.abs(v) > x);
      expect(Math.abs(p - (1 + x) ** -alpha)).toBeLessThan(4 * standardError);
    }
    const positive = proportion(symmetricPareto(uniformSource(4), 2), count, (v) => v > 0);
    expect(Math.abs(positive.p - 0.5)).toBeLessThan(4 * positive.standardError);
  });
});
