import { describe, expect, it } from "vitest";
import {
  defaultPolynomialRegressionControls,
  evaluateLegendre,
  fitRidgePolynomial,
  heldOutPointCount,
  legendreFeatures,
  maxDegree,
  polynomialRegression,
  type PolynomialRegressionControls,
} from "../../../src/lib/experiments/polynomialRegression";

describe("Legendre features", () => {
  it("match the explicit polynomials", () => {
    for (const x of [-1, -0.3, 0.2, 0.9]) {
      const [p0, p1, p2, p3] = legendreFeatures(x, 3);
      expect([p0, p1]).toEqual([1, x]);
      expect(p2).toBeCloseTo((3 * x * x - 1) / 2, 14);
      expect(p3).toBeCloseTo((5 * x ** 3 - 3 * x) / 2, 14);
    }
    expect(legendreFeatures(1, maxDegree).every((value) => Math.abs(value - 1) < 1e-12)).toBe(true);
  });
});

describe("ridge least squares", () => {
  const x = Float64Array.from({ length: 25 }, (_, i) => -1 + i / 12);

  it("recovers an exact polynomial from noise-free data without a penalty", () => {
    const y = x.map((v) => 1 - 2 * v + 0.5 * v ** 3 - 4 * v ** 6);
    const coefficients = fitRidgePolynomial(x, y, 10, 0);
    const grid = [-0.95, -0.2, 0.4, 0.99];
    const fitted = evaluateLegendre(coefficients, grid);
    grid.forEach((v, i) => expect(fitted[i]).toBeCloseTo(1 - 2 * v + 0.5 * v ** 3 - 4 * v ** 6, 11));
  });

  it("satisfies the optimality condition Aᵀ(Ac − y)/n + λDc = 0 with the constant unpenalised", () => {
    const y = x.map((v) => Math.cos(3 * v) + 0.1 * Math.sin(40 * v));
    const degree = 8;
    const lambda = 0.01;
    const coefficients = fitRidgePolynomial(x, y, degree, lambda);
    const residuals = evaluateLegendre(coefficients, x).map((value, i) => value - y[i]!);
    for (let k = 0; k <= degree; k++) {
      let gradient = 0;
      x.forEach((v, i) => (gradient += (legendreFeatures(v, degree)[k]! * residuals[i]!) / x.length));
      if (k > 0) gradient += lambda * coefficients[k]!;
      expect(Math.abs(gradient)).toBeLessThan(1e-12);
    }
  });

  it("stays well posed with more coefficients than points when λ > 0", () => {
    const few = Float64Array.from([-0.8, 0, 0.5]);
    const coefficients = fitRidgePolynomial(few, Float64Array.from([1, 0, 2]), 15, 1e-6);
    expect(coefficients.every(Number.isFinite)).toBe(true);
    const fitted = evaluateLegendre(coefficients, few);
    [1, 0, 2].forEach((target, i) => expect(fitted[i]).toBeCloseTo(target, 3));
  });
});

describe("polynomial regression figure", () => {
  const run = (overrides: Partial<PolynomialRegressionControls> = {}) =>
    polynomialRegression({ ...defaultPolynomialRegressionControls, ...overrides });

  it("shows overfitting: training error falls with degree while held-out error turns up", () => {
    const { errorByDegree, trainingError, heldOutError, points, curve } = run();
    expect(errorByDegree).toHaveLength(maxDegree + 1);
    // nested models: with a negligible penalty more degree never fits the training data worse
    errorByDegree.slice(1).forEach((row, i) => expect(row.trainingError).toBeLessThanOrEqual(errorByDegree[i]!.trainingError + 1e-9));
    const best = errorByDegree.reduce((a, b) => (b.heldOutError < a.heldOutError ? b : a));
    expect(best.degree).toBeGreaterThanOrEqual(3);
    expect(best.degree).toBeLessThan(defaultPolynomialRegressionControls.degree);
    expect(heldOutError).toBeGreaterThan(3 * best.heldOutError);
    expect(trainingError).toBe(errorByDegree[defaultPolynomialRegressionControls.degree]!.trainingError);
    expect(heldOutError).toBeGreaterThan(trainingError);
    expect(points.filter((point) => point.set === "heldOut")).toHaveLength(heldOutPointCount);
    expect(curve[0]!.x).toBe(-1);
    expect(curve.at(-1)!.x).toBe(1);
  });

  it("tames the high-degree fit with a moderate penalty and flattens it with a huge one", () => {
    const unpenalised = run();
    const moderate = run({ penalty: -2 });
    expect(moderate.heldOutError).toBeLessThan(unpenalised.heldOutError / 3);
    expect(moderate.trainingError).toBeGreaterThan(unpenalised.trainingError);
    // as λ → ∞ every non-constant coefficient → 0 and the fit tends to the mean of y
    const flat = run({ penalty: 2, noise: 0.5 });
    const trainingY = flat.points.filter((point) => point.set === "training").map((point) => point.y);
    const meanY = trainingY.reduce((a, b) => a + b, 0) / trainingY.length;
    const variance = trainingY.reduce((sum, y) => sum + (y - meanY) ** 2, 0) / trainingY.length;
    expect(Math.abs(flat.trainingError - variance) / variance).toBeLessThan(0.01);
  });

  it("interpolates noise-free samples with degree points − 1 and gets the truth nearly right", () => {
    const { trainingError, curve } = run({ noise: 0, degree: 14, penalty: -12 });
    expect(trainingError).toBeLessThan(1e-15);
    for (const point of curve) expect(Math.abs(point.fitted - point.truth)).toBeLessThan(1e-3);
  });

  it("is deterministic for a seed and validates its controls", () => {
    expect(run()).toEqual(run());
    expect(run({ seed: 2 }).heldOutError).not.toBe(run().heldOutError);
    expect(() => run({ degree: 16 })).toThrow(/degree must be an integer in \[0, 15\], got 16/);
    expect(() => run({ penalty: -13 })).toThrow(/penalty must be a number in \[-12, 2\], got -13/);
  });
});
