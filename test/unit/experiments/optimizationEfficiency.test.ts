import { describe, expect, it } from "vitest";
import {
  defaultOptimizationGeometryControls,
  optimizationAngleDegrees,
  optimizationEfficiency,
  optimizationGeometry,
  optimizationPressure,
  validateOptimizationGeometryControls,
} from "../../../src/lib/experiments/optimizationEfficiency";
import { dot } from "../../../src/lib/experiments/vector";

describe("optimisation efficiency and pressure", () => {
  it("is the cosine between direction and gradient", () => {
    expect(optimizationEfficiency([2, 0], [5, 0])).toBe(1);
    expect(optimizationEfficiency([2, 0], [-5, 0])).toBe(-1);
    expect(optimizationEfficiency([0, 3], [5, 0])).toBe(0);
    expect(optimizationEfficiency([1, 1], [1, 0])).toBeCloseTo(Math.SQRT1_2, 15);
    expect(optimizationAngleDegrees([1, 1], [1, 0])).toBeCloseTo(45, 12);
    expect(optimizationAngleDegrees([-1, 0], [1, 0])).toBeCloseTo(180, 12);
  });

  it("defines the 0/0 cases as 0", () => {
    expect(optimizationEfficiency([0, 0], [1, 2])).toBe(0);
    expect(optimizationEfficiency([1, 2], [0, 0])).toBe(0);
    expect(optimizationPressure([1, 2], [0, 0])).toBe(0);
    expect(optimizationPressure([0, 0], [1, 2])).toBe(0);
    expect(optimizationAngleDegrees([0, 0], [0, 0])).toBe(90);
  });

  it("satisfies OP = |d|·OE and ignores the gradient's length", () => {
    const direction = [3, -4, 1];
    const gradient = [0.5, 2, -1];
    const pressure = optimizationPressure(direction, gradient);
    expect(pressure).toBeCloseTo(Math.hypot(...direction) * optimizationEfficiency(direction, gradient), 13);
    expect(optimizationPressure(direction, gradient.map((g) => 7 * g))).toBeCloseTo(pressure, 13);
    expect(optimizationEfficiency(direction.map((d) => 0.1 * d), gradient)).toBeCloseTo(
      optimizationEfficiency(direction, gradient),
      14,
    );
  });

  it("rejects vectors of different lengths", () => {
    expect(() => optimizationEfficiency([1, 2], [1, 2, 3])).toThrow(/differ in length/);
  });
});

describe("geometry figure data", () => {
  it("projects d onto ∇f with signed length OP, leaving an orthogonal remainder", () => {
    const controls = { directionX: -1, directionY: 2, gradientX: 3, gradientY: 1 };
    const figure = optimizationGeometry(controls);
    const projection = figure.arrows.find((arrow) => arrow.name === "projection")!;
    const gradientLength = Math.hypot(3, 1);
    expect(projection.x2).toBeCloseTo((figure.optimizationPressure * 3) / gradientLength, 14);
    expect(projection.y2).toBeCloseTo((figure.optimizationPressure * 1) / gradientLength, 14);
    expect(dot([-1 - projection.x2, 2 - projection.y2], [3, 1])).toBeCloseTo(0, 14);
    expect(figure.optimizationPressure).toBeLessThan(0);
    expect(figure.angleDegrees).toBeGreaterThan(90);
  });

  it("draws a zero projection for a zero gradient", () => {
    const figure = optimizationGeometry({ directionX: 1, directionY: 1, gradientX: 0, gradientY: 0 });
    expect(figure.arrows.find((arrow) => arrow.name === "projection")).toMatchObject({ x2: 0, y2: 0 });
    expect(figure.optimizationEfficiency).toBe(0);
  });

  it("validates the controls, naming the field and range", () => {
    expect(() => validateOptimizationGeometryControls(defaultOptimizationGeometryControls)).not.toThrow();
    expect(() => optimizationGeometry({ ...defaultOptimizationGeometryControls, gradientY: 11 })).toThrow(
      /gradientY must be a number in \[-10, 10\], got 11/,
    );
    expect(() => optimizationGeometry({ ...defaultOptimizationGeometryControls, directionX: Number.NaN })).toThrow(RangeError);
  });
});
