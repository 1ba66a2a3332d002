/**
 * The angle form of the step condition (site: Corollary "step-condition-angle").
 *
 * With t = (αL/2)|∇Ū|/|∇Ū*|, the hypothesis OE > t reads ∠(∇Ū, ∇Ū*) < arccos(t) for t ∈ [0, 1];
 * for t ≥ 1 no angle satisfies it. Expansion at t = 0:
 *
 *   arccos t = π/2 − t − t³/6 − 3t⁵/40 − …,
 *
 * every omitted term is negative, and on [0, 1]
 *
 *   (3/40) t⁵ ≤ (π/2 − t − t³/6) − arccos t ≤ (π/2 − 7/6) t⁵.
 */

/** The largest admissible angle, arccos(t), or NaN when t is outside [−1, 1]. */
export function maxAngle(threshold: number): number {
  if (threshold > 1 || threshold < -1 || Number.isNaN(threshold)) return Number.NaN;
  return Math.acos(threshold);
}

/** Taylor polynomial of arccos at 0 through order 1, 3 or 5. */
export function maxAngleExpansion(threshold: number, order: 1 | 3 | 5 = 3): number {
  const t = threshold;
  let value = Math.PI / 2 - t;
  if (order >= 3) value -= t ** 3 / 6;
  if (order >= 5) value -= (3 * t ** 5) / 40;
  return value;
}

/** Lower and upper bounds on (π/2 − t − t³/6) − arccos t for t ∈ [0, 1]. */
export function cubicRemainderBounds(threshold: number): { lower: number; upper: number } {
  const t5 = threshold ** 5;
  return { lower: (3 / 40) * t5, upper: (Math.PI / 2 - 7 / 6) * t5 };
}

/** The angle in [0, π] between two non-zero vectors given their OE. */
export function angleFromEfficiency(oe: number): number {
  return Math.acos(Math.max(-1, Math.min(1, oe)));
}
