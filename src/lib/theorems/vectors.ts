/**
 * Vector helpers for the theorem modules. Dot products, lengths, the cosine and OE/OP with the
 * 0/0 convention are the experiments' own (one implementation for the whole site); this file adds
 * the readonly-array type the theorem modules pass around and the few operations only they need.
 */
export { dot, norm, cosine as cosineSimilarity } from "../experiments/vector";
export { optimizationEfficiency, optimizationPressure } from "../experiments/optimizationEfficiency";

export type Vector = readonly number[];

/** a + t·b */
export function addScaled(a: Vector, t: number, b: Vector): number[] {
  if (a.length !== b.length) throw new RangeError(`length mismatch: ${a.length} vs ${b.length}`);
  return a.map((x, i) => x + t * b[i]!);
}

export function add(a: Vector, b: Vector): number[] {
  return addScaled(a, 1, b);
}

/** c·a */
export function scale(a: Vector, c: number): number[] {
  return a.map((x) => c * x);
}
