/**
 * The angle form of the step condition (site: Corollary "step-condition-angle").
 *
 * With t = (αL/2)|∇Ū|/|∇Ū*| < 1, the hypothesis OE > t reads ∠(∇Ū, ∇Ū*) < arccos(t); for t ≥ 1 no
 * angle satisfies it. Expansion at t = 0:
 *
 *   arccos t = π/2 − t − t³/6 − 3t⁵/40 − …,
 *
 * every omitted term is negative, and on [0, 1]
 *
 *   (3/40) t⁵ ≤ (π/2 − t − t³/6) − arccos t ≤ (π/2 − 7/6) t⁵.
 *
 * So the truncations π/2 − t and π/2 − t − t³/6 lie ABOVE arccos t: they are necessary, not
 * sufficient (an angle between arccos t and a truncation meets it while the goal falls). Since arccos
 * is concave on [0, 1] it lies above its chord, and the linear angle (π/2)(1 − t) is sufficient.
 */

/** The largest admissible angle, arccos(t), or NaN when t is outside [−1, 1]. */
export function maxAngle(threshold: number): number {
  if (threshold > 1 || threshold < -1 || Number.isNaN(threshold)) return Number.NaN;
  return Math.acos(threshold);
}

/** The chord (π/2)(1 − t) of arccos on [0, 1]: an angle below it meets the step condition. */
export function linearSufficientAngle(threshold: number): number {
  return (Math.PI / 2) * (1 - threshold);
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
