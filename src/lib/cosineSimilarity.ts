/**
 * The cosine similarity of two independent, uniformly random unit vectors in R^d.
 *
 * This is the optimisation efficiency one should expect when the proxy's gradient carries no
 * information about the goal's: its density is proportional to (1 − z²)^((d−3)/2) on [−1, 1]
 * and its variance is 1/d, so in high dimension random directions are nearly orthogonal.
 */
import { logGamma } from "./special";
import { standardNormal, uniformSource, uniformUnitVector } from "./random";

/** The normalising constant Γ(d/2) / (Γ((d−1)/2) √π) of the density, for d ≥ 2. */
function densityConstant(dimension: number): number {
  return Math.exp(logGamma(dimension / 2) - logGamma((dimension - 1) / 2)) / Math.sqrt(Math.PI);
}

function assertDimension(dimension: number): void {
  if (!Number.isInteger(dimension) || dimension < 2) {
    throw new RangeError(`dimension must be an integer of at least 2, got ${dimension}`);
  }
}

/** The exact density of the cosine similarity at z, for dimension d ≥ 2 (0 outside (−1, 1)). */
export function cosineSimilarityDensity(z: number, dimension: number): number {
  assertDimension(dimension);
  if (z <= -1 || z >= 1) return 0;
  return densityConstant(dimension) * Math.pow(1 - z * z, (dimension - 3) / 2);
}

/** The exact variance of the cosine similarity: E[Z²] = 1/d (its mean is 0 by symmetry). */
export function cosineSimilarityVariance(dimension: number): number {
  assertDimension(dimension);
  return 1 / dimension;
}

export interface CosineSimilaritySampling {
  /** The dimension d of the space the vectors live in. */
  dimension: number;
  /** How many independent pairs of vectors to draw. */
  samples: number;
  /** Seed of the random source; the same seed gives the same samples. */
  seed: number;
}

/** Monte Carlo: the cosine similarities of `samples` independent pairs of uniform unit vectors. */
export function sampleCosineSimilarities({ dimension, samples, seed }: CosineSimilaritySampling): number[] {
  assertDimension(dimension);
  if (!Number.isInteger(samples) || samples < 1) {
    throw new RangeError(`samples must be a positive integer, got ${samples}`);
  }
  const normal = standardNormal(uniformSource(seed));
  const similarities = new Array<number>(samples);
  for (let s = 0; s < samples; s++) {
    const u = uniformUnitVector(dimension, normal);
    const v = uniformUnitVector(dimension, normal);
    let dot = 0;
    for (let i = 0; i < dimension; i++) dot += u[i]! * v[i]!;
    // rounding can push the dot product of two unit vectors a hair past ±1
    similarities[s] = Math.max(-1, Math.min(1, dot));
  }
  return similarities;
}
