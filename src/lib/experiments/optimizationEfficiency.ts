/**
 * Optimisation efficiency and optimisation pressure of a direction d on an objective f:
 * OE_d(f) = cos(d, ∇f) = d·∇f/(|d||∇f|) and OP_d(f) = d·∇f/|∇f| = |d|·OE_d(f).
 * Where either is 0/0 (a zero vector) it is defined to be 0, as on the site.
 */
import { requireNumber } from "./validation";
import { angleDegrees, cosine, dot, norm, type Vector } from "./vector";

/** OE_d(f): the cosine between the direction and the gradient, 0 if either is zero. */
export function optimizationEfficiency(direction: Vector, gradient: Vector): number {
  return cosine(direction, gradient);
}

/** OP_d(f): the signed length of d's component along ∇f, 0 if the gradient is zero. */
export function optimizationPressure(direction: Vector, gradient: Vector): number {
  const gradientLength = norm(gradient);
  return gradientLength === 0 ? 0 : dot(direction, gradient) / gradientLength;
}

/** The angle between direction and gradient in degrees; 90° when either is zero (OE = 0). */
export function optimizationAngleDegrees(direction: Vector, gradient: Vector): number {
  return angleDegrees(direction, gradient);
}

/** The two 2-D vectors the reader drags in the geometry figure. */
export interface OptimizationGeometryControls {
  directionX: number;
  directionY: number;
  gradientX: number;
  gradientY: number;
}

export const defaultOptimizationGeometryControls: OptimizationGeometryControls = {
  directionX: 2,
  directionY: 1.5,
  gradientX: 1.5,
  gradientY: 0,
};

/** Components are limited to the figure's drawing area. */
export const geometryComponentLimit = 10;

export function validateOptimizationGeometryControls(controls: OptimizationGeometryControls): void {
  for (const field of ["directionX", "directionY", "gradientX", "gradientY"] as const) {
    requireNumber(field, controls[field], -geometryComponentLimit, geometryComponentLimit);
  }
}

/** One arrow from (x1, y1) to (x2, y2), for Plot's arrow or link mark. */
export interface GeometryArrow {
  name: "direction" | "gradient" | "projection";
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface OptimizationGeometry {
  /** d, ∇f, and the projection of d onto the line of ∇f, all drawn from the origin. */
  arrows: GeometryArrow[];
  optimizationEfficiency: number;
  optimizationPressure: number;
  angleDegrees: number;
}

/**
 * The geometry figure's data. The projection of d onto ∇f is (d·∇f/|∇f|²)∇f, whose signed length
 * along ∇f is OP; it is the zero vector when ∇f is zero.
 */
export function optimizationGeometry(controls: OptimizationGeometryControls): OptimizationGeometry {
  validateOptimizationGeometryControls(controls);
  const direction = [controls.directionX, controls.directionY];
  const gradient = [controls.gradientX, controls.gradientY];
  const gradientLengthSquared = dot(gradient, gradient);
  const projectionScale = gradientLengthSquared === 0 ? 0 : dot(direction, gradient) / gradientLengthSquared;
  const arrow = (name: GeometryArrow["name"], x: number, y: number): GeometryArrow => ({ name, x1: 0, y1: 0, x2: x, y2: y });
  return {
    arrows: [
      arrow("direction", controls.directionX, controls.directionY),
      arrow("gradient", controls.gradientX, controls.gradientY),
      arrow("projection", projectionScale * controls.gradientX, projectionScale * controls.gradientY),
    ],
    optimizationEfficiency: optimizationEfficiency(direction, gradient),
    optimizationPressure: optimizationPressure(direction, gradient),
    angleDegrees: optimizationAngleDegrees(direction, gradient),
  };
}
