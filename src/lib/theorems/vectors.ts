/**
 * Small dense-vector helpers shared by the theorem modules. Vectors are plain readonly
 * number arrays so that tests, figures and proofs can pass literals around.
 */
export type Vector = readonly number[];

export function dot(a: Vector, b: Vector): number {
  if (a.length !== b.length) throw new RangeError(`length mismatch: ${a.length} vs ${b.length}`);
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

export function norm(a: Vector): number {
  return Math.sqrt(dot(a, a));
}

/** a + t·b */
export function addScaled(a: Vector, t: number, b: Vector): number[] {
  if (a.length !== b.length) throw new RangeError(`length mismatch: ${a.length} vs ${b.length}`);
  return a.map((x, i) => x + t * b[i]!);
}

export function add(a: Vector, b: Vector): number[] {
  return addScaled(a, 1, b);
}

/**
 * Optimisation efficiency OE_d(f) = cos∠(d, ∇f), with the convention that it is 0 whenever
 * d = 0 or ∇f = 0 (the 0/0 case).
 */
export function optimizationEfficiency(direction: Vector, gradient: Vector): number {
  const nd = norm(direction);
  const ng = norm(gradient);
  if (nd === 0 || ng === 0) return 0;
  // clamp rounding noise so that arccos never sees 1 + 1e-16
  return Math.max(-1, Math.min(1, dot(direction, gradient) / (nd * ng)));
}

/** Optimisation pressure OP_d(f) = (d·∇f)/|∇f| = |d|·OE_d(f); 0 when ∇f = 0. */
export function optimizationPressure(direction: Vector, gradient: Vector): number {
  const ng = norm(gradient);
  if (ng === 0) return 0;
  return dot(direction, gradient) / ng;
}

/** Cosine similarity with the same 0/0 convention as OE. */
export const cosineSimilarity = optimizationEfficiency;
