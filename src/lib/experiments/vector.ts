/** Small vector helpers shared by the experiments; vectors are any array-like of numbers. */
export type Vector = ArrayLike<number>;

/** The dot product a·b; the vectors must have the same length. */
export function dot(a: Vector, b: Vector): number {
  if (a.length !== b.length) throw new RangeError(`vectors differ in length: ${a.length} and ${b.length}`);
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

/** The Euclidean length |a|. */
export function norm(a: Vector): number {
  return Math.sqrt(dot(a, a));
}

/**
 * The cosine of the angle between a and b, with the site's convention that it is 0 when either
 * vector is zero (the 0/0 case). Clamped to [-1, 1] so rounding never pushes acos out of range.
 */
export function cosine(a: Vector, b: Vector): number {
  const lengths = norm(a) * norm(b);
  if (lengths === 0) return 0;
  return Math.min(1, Math.max(-1, dot(a, b) / lengths));
}

/** The angle between a and b in degrees: acos of `cosine`, so 90° when either vector is zero. */
export function angleDegrees(a: Vector, b: Vector): number {
  return (Math.acos(cosine(a, b)) * 180) / Math.PI;
}
