/**
 * Seeded randomness for every computation on the site.
 *
 * Figures are computed twice, once at build time and once in the reader's browser, and both
 * renders must come from the same numbers. So nothing here touches `Math.random`: every
 * generator is derived from an explicit integer seed through d3-random's linear congruential
 * source, which produces the same sequence on every JavaScript engine.
 */
import { randomLcg, randomNormal } from "d3-random";

/** A source of uniform numbers in [0, 1). */
export type UniformSource = () => number;

/** A uniform source for `seed`; the same seed always yields the same sequence. */
export function uniformSource(seed: number): UniformSource {
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  return randomLcg(seed);
}

/** A standard normal sampler (mean 0, standard deviation 1) drawing from `source`. */
export function standardNormal(source: UniformSource): () => number {
  return randomNormal.source(source)(0, 1);
}

/**
 * A point drawn uniformly from the unit sphere in R^dimension: a standard Gaussian vector
 * normalised to length 1 (the Gaussian is rotation-invariant, so its direction is uniform).
 */
export function uniformUnitVector(dimension: number, normal: () => number): Float64Array {
  const vector = new Float64Array(dimension);
  let squaredLength = 0;
  // a zero vector has probability 0, but redraw rather than divide by zero
  while (squaredLength === 0) {
    squaredLength = 0;
    for (let i = 0; i < dimension; i++) {
      vector[i] = normal();
      squaredLength += vector[i]! * vector[i]!;
    }
  }
  const length = Math.sqrt(squaredLength);
  for (let i = 0; i < dimension; i++) vector[i]! /= length;
  return vector;
}
