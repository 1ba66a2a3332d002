import { describe, expect, it } from "vitest";
import { regularizedIncompleteBeta, studentTDensity, studentTUpperTail } from "../../src/lib/special";

describe("regularizedIncompleteBeta", () => {
  it("matches the closed forms I_x(1, 1) = x, I_x(a, 1) = x^a, I_x(1, b) = 1 − (1 − x)^b and I_{1/2}(a, a) = 1/2", () => {
    for (const x of [0, 1e-12, 0.1, 0.37, 0.5, 0.9, 1 - 1e-9, 1]) {
      expect(regularizedIncompleteBeta(x, 1, 1)).toBeCloseTo(x, 14);
      expect(regularizedIncompleteBeta(x, 3.5, 1)).toBeCloseTo(x ** 3.5, 13);
      expect(regularizedIncompleteBeta(x, 1, 2.5)).toBeCloseTo(1 - (1 - x) ** 2.5, 13);
    }
    for (const a of [0.5, 1, 7, 40]) expect(regularizedIncompleteBeta(0.5, a, a)).toBeCloseTo(0.5, 13);
  });

  it("matches a tabulated value: I_{0.4}(2, 3) = 0.5248 (the binomial sum P(Bin(4, 0.4) ≥ 2))", () => {
    // P(Bin(4, p) ≥ 2) = 1 − (1 − p)^4 − 4p(1 − p)^3 = I_p(2, 3)
    const p = 0.4;
    expect(regularizedIncompleteBeta(p, 2, 3)).toBeCloseTo(1 - (1 - p) ** 4 - 4 * p * (1 - p) ** 3, 14);
  });

  it("refuses arguments out of range", () => {
    expect(() => regularizedIncompleteBeta(1.5, 1, 1)).toThrow(RangeError);
    expect(() => regularizedIncompleteBeta(0.5, 0, 1)).toThrow(RangeError);
  });
});

describe("studentTUpperTail", () => {
  it("is the Cauchy tail 1/2 − atan(x)/π for ν = 1 and 1/2 − x/(2√(2 + x²)) for ν = 2, far into both tails", () => {
    for (const x of [-50, -3, -0.5, 0, 0.01, 1, 4, 100, 1e6]) {
      const cauchy = x > 0 ? Math.atan(1 / x) / Math.PI : 0.5 - Math.atan(x) / Math.PI;
      expect(studentTUpperTail(x, 1) / cauchy).toBeCloseTo(1, 12);
      // 1/2 − x/(2√(2 + x²)) = 1/(√(2 + x²)(√(2 + x²) + x)) for x > 0, written without cancellation
      const root = Math.sqrt(2 + x * x);
      const two = x > 0 ? 1 / (root * (root + x)) : 0.5 - x / (2 * root);
      expect(studentTUpperTail(x, 2) / two).toBeCloseTo(1, 12);
    }
  });

  it("gives the tabulated quantiles: t_{0.975}(10) = 2.228138852, t_{0.995}(30) = 2.749995653", () => {
    expect(studentTUpperTail(2.228138851986, 10)).toBeCloseTo(0.025, 11);
    expect(studentTUpperTail(2.749995653567, 30)).toBeCloseTo(0.005, 11);
  });

  it("tends to the normal tail as ν grows and has the regularly varying tail C x^(−ν)", () => {
    expect(studentTUpperTail(1.959963984540054, 1e7)).toBeCloseTo(0.025, 6);
    // P(T > x) ~ density(x)·x/ν for x → ∞
    const x = 1e5;
    expect(studentTUpperTail(x, 3) / ((studentTDensity(x, 3) * x) / 3)).toBeCloseTo(1, 6);
  });

  it("has a density that integrates to the tail: P(T > 1) − P(T > 2) = ∫₁² density (ν = 3)", () => {
    const n = 2000;
    let integral = 0;
    for (let i = 0; i <= n; i++) integral += (i === 0 || i === n ? 0.5 : 1) * studentTDensity(1 + i / n, 3);
    expect(integral / n).toBeCloseTo(studentTUpperTail(1, 3) - studentTUpperTail(2, 3), 7);
  });
});
