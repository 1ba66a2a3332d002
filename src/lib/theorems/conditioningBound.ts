/**
 * Selection bounds (site: Lemma "conditioning-bound" and its corollaries).
 *
 * For a real random variable X with finite variance σ² and an event A with P(A) > 0,
 *
 *   |E[X | A] − E[X]| ≤ σ·√((1 − P(A))/P(A)),
 *
 * with equality iff X is (almost surely) an affine function of the indicator of A. More generally,
 * for any reweighting dQ = W dP with W ≥ 0 and E[W] = 1: |E_Q[X] − E[X]| ≤ σ·√Var(W). Conditioning is
 * W = 1_A/P(A), Var(W) = (1 − P(A))/P(A); best-of-n selection on a continuous proxy has
 * Var(W) = (n − 1)²/(2n − 1).
 */

/** σ·√((1 − p)/p): the bound on |E[X|A] − E[X]| when P(A) = p. */
export function conditioningBound(standardDeviation: number, probabilityOfEvent: number): number {
  // allow a few ulps of rounding above 1 (probabilities summed in floating point)
  if (!(probabilityOfEvent > 0 && probabilityOfEvent <= 1 + 1e-12)) {
    throw new RangeError(`P(A) must lie in (0, 1], got ${probabilityOfEvent}`);
  }
  const p = Math.min(1, probabilityOfEvent);
  return standardDeviation * Math.sqrt((1 - p) / p);
}

/** σ·√Var(W): the bound on the mean shift under a reweighting with density W. */
export function reweightingBound(standardDeviation: number, weightVariance: number): number {
  return standardDeviation * Math.sqrt(Math.max(0, weightVariance));
}

/** Var(W) for the best-of-n selection weight W = n·F(Y)^(n−1) (Y continuous; also an upper bound with atoms). */
export function bestOfNWeightVariance(n: number): number {
  if (!(Number.isInteger(n) && n >= 1)) throw new RangeError(`n must be a positive integer, got ${n}`);
  return (n - 1) ** 2 / (2 * n - 1);
}

/** σ·(n − 1)/√(2n − 1): the bound on E[X of the best of n by Y] − E[X]. */
export function bestOfNBound(standardDeviation: number, n: number): number {
  return standardDeviation * Math.sqrt(bestOfNWeightVariance(n));
}

/**
 * Corollary (moments): (E[X^k | A] − E[X^k])² ≤ Var(X^k)·(1 − p)/p. Returns the bound on
 * |E[X^k | A] − E[X^k]| given Var(X^k) = E[X^{2k}] − E[X^k]².
 */
export function momentShiftBound(varianceOfPower: number, probabilityOfEvent: number): number {
  return conditioningBound(Math.sqrt(Math.max(0, varianceOfPower)), probabilityOfEvent);
}

/**
 * Corollary (conditional variance, centred form): with μ = E[X], σ² = Var X,
 *
 *   Var(X | A) ≤ E[(X − μ)² | A] ≤ σ² + √(Var((X − μ)²)·(1 − p)/p)
 *
 * and also Var(X | A) ≤ σ²/p. Returns the smaller of the two.
 */
export function conditionalVarianceBound(
  varianceOfX: number,
  varianceOfSquaredDeviation: number,
  probabilityOfEvent: number,
): number {
  const viaLemma = varianceOfX + momentShiftBound(varianceOfSquaredDeviation, probabilityOfEvent);
  return Math.min(viaLemma, varianceOfX / probabilityOfEvent);
}

/**
 * The source's (uncentred) form of the same corollary, which is valid but not translation
 * invariant: Var(X | A) ≤ E[X² | A] ≤ E[X²] + √(Var(X²)(1 − p)/p).
 */
export function uncentredConditionalVarianceBound(
  secondMoment: number,
  varianceOfSquare: number,
  probabilityOfEvent: number,
): number {
  return secondMoment + momentShiftBound(varianceOfSquare, probabilityOfEvent);
}

/**
 * Corollary (selecting on a proxy): for any X, Y with finite variances and any event A (e.g.
 * A = {Y ≥ y}) with P(A) > 0,
 *
 *   |E[Y − X | A] − E[Y − X]| ≤ √(σ_X² + σ_Y² − 2·Cov(X,Y))·√((1 − p)/p).
 *
 * No sign condition on the covariance is needed.
 */
export function proxyGapBound(
  varianceOfX: number,
  varianceOfY: number,
  covarianceXY: number,
  probabilityOfEvent: number,
): number {
  const v = Math.max(0, varianceOfX + varianceOfY - 2 * covarianceXY);
  return conditioningBound(Math.sqrt(v), probabilityOfEvent);
}
