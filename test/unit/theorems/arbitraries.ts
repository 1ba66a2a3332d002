/** Shared fast-check generators and numerical helpers for the theorem falsification tests. */
import fc from "fast-check";
import type { Objective } from "../../../src/lib/theorems/stepCondition";
import { add, addScaled, dot, norm, type Vector } from "../../../src/lib/theorems/vectors";

/**
 * Numbers spread evenly over [min, max] (fast-check's own doubles crowd near 0 and the
 * extremes of the float range, which wastes most runs on denormals), with the endpoints and 0
 * as occasional special values.
 */
const GRID = 2 ** 30;
export const finite = (min: number, max: number) =>
  fc.oneof(
    { arbitrary: fc.integer({ min: 0, max: GRID }).map((k) => min + ((max - min) * k) / GRID), weight: 20 },
    { arbitrary: fc.constantFrom(min, max, Math.min(max, Math.max(min, 0))), weight: 1 },
  );

export const vector = (dimension: number, scale = 3) => fc.array(finite(-scale, scale), { minLength: dimension, maxLength: dimension });

/** A non-zero vector (length at least 1e-3). */
export const nonZeroVector = (dimension: number, scale = 3) => vector(dimension, scale).filter((v) => dot(v, v) > 1e-6);

/**
 * A random smooth objective on R^d with a certified curvature bound:
 *   f(x) = b·x + ½ xᵀQx + Σ a_i sin(w_i·x + φ_i),
 * ∇²f = Q − Σ a_i sin(·) w_i w_iᵀ, so ‖∇²f‖₂ ≤ ‖Q‖_F + Σ|a_i||w_i|² =: L.
 * With `worstCase`, Q = −λI and λ is a large share of L (the family where the bound is nearly tight).
 */
export interface SmoothObjective extends Objective {
  curvatureBound: number;
  dimension: number;
}

export function smoothObjective(dimension: number): fc.Arbitrary<SmoothObjective> {
  return fc
    .record({
      b: vector(dimension, 2),
      q: vector(dimension * dimension, 1.5),
      concave: finite(0, 3),
      useConcave: fc.boolean(),
      waves: fc.array(
        fc.record({ a: finite(-1, 1), w: vector(dimension, 1.5), phase: finite(0, 2 * Math.PI) }),
        { minLength: 0, maxLength: 4 },
      ),
    })
    .map(({ b, q, concave, useConcave, waves }) => {
      // symmetric Q, or −λI for the nearly tight family
      const Q: number[][] = [];
      for (let i = 0; i < dimension; i++) {
        const row: number[] = [];
        for (let j = 0; j < dimension; j++) {
          row.push(useConcave ? (i === j ? -concave : 0) : 0.5 * (q[i * dimension + j]! + q[j * dimension + i]!));
        }
        Q.push(row);
      }
      const frob = Math.sqrt(Q.reduce((s, row) => s + dot(row, row), 0));
      const spectral = useConcave ? concave : frob;
      const L = spectral + waves.reduce((s, { a, w }) => s + Math.abs(a) * dot(w, w), 0);
      const value = (x: Vector): number =>
        dot(b, x) +
        0.5 * Q.reduce((s, row, i) => s + x[i]! * dot(row, x), 0) +
        waves.reduce((s, { a, w, phase }) => s + a * Math.sin(dot(w, x) + phase), 0);
      const gradient = (x: Vector): number[] =>
        b.map(
          (bi, i) =>
            bi +
            dot(Q[i]!, x) +
            waves.reduce((s, { a, w, phase }) => s + a * Math.cos(dot(w, x) + phase) * w[i]!, 0),
        );
      return { value, gradient, curvatureBound: L, dimension };
    });
}

/** Relative tolerance for comparing quantities of size ~`scale`. */
export const tol = (scale: number) => 1e-9 * (1 + Math.abs(scale));

/** The angle between non-zero vectors, as 2·atan2(|â − b̂|, |â + b̂|): accurate near 0 and π, where acos of the cosine is not. */
export function angleBetween(a: Vector, b: Vector): number {
  const unitA = a.map((x) => x / norm(a));
  const unitB = b.map((x) => x / norm(b));
  return 2 * Math.atan2(norm(addScaled(unitA, -1, unitB)), norm(add(unitA, unitB)));
}
