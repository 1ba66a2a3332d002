import { describe, expect, it } from "vitest";
import { simpsonCoefficients } from "../../src/lib/quadrature";

describe("simpsonCoefficients", () => {
  it("gives 1, 4, 1 on two intervals and 1, 4, 2, 4, 1 on four", () => {
    expect([...simpsonCoefficients(2)]).toEqual([1, 4, 1]);
    expect([...simpsonCoefficients(4)]).toEqual([1, 4, 2, 4, 1]);
  });

  it("integrates cubics exactly and sums to 3 × intervals (the rule is exact for constants)", () => {
    const intervals = 10;
    const [a, b] = [-1.5, 2];
    const h = (b - a) / intervals;
    const c = simpsonCoefficients(intervals);
    const cubic = (x: number) => 2 * x ** 3 - x ** 2 + 3 * x - 5;
    const antiderivative = (x: number) => x ** 4 / 2 - x ** 3 / 3 + (3 * x ** 2) / 2 - 5 * x;
    const estimate = (h / 3) * c.reduce((sum, coefficient, i) => sum + coefficient * cubic(a + i * h), 0);
    expect(estimate).toBeCloseTo(antiderivative(b) - antiderivative(a), 12);
    expect(c.reduce((sum, x) => sum + x, 0)).toBe(3 * intervals);
  });

  it("refuses an odd, a fractional or a too small number of intervals", () => {
    for (const intervals of [0, 1, 3, 2.5, -2]) expect(() => simpsonCoefficients(intervals)).toThrow(RangeError);
  });
});
