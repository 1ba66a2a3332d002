/**
 * Exact expectations on finite probability spaces: the falsification tests for the selection
 * bounds compute every conditional quantity exactly rather than by sampling.
 */

/** A finite probability space: outcome k has probability weights[k]/Σweights. */
export interface FiniteSpace {
  probabilities: readonly number[];
}

/** Normalises non-negative weights into a probability vector (at least one weight must be positive). */
export function normalise(weights: readonly number[]): number[] {
  const total = weights.reduce((s, w) => s + w, 0);
  if (!(total > 0)) throw new RangeError("weights must have a positive sum");
  return weights.map((w) => w / total);
}

/** E[X] for X given by its value on each outcome. */
export function expectation(p: readonly number[], x: readonly number[]): number {
  let s = 0;
  for (let k = 0; k < p.length; k++) s += p[k]! * x[k]!;
  return s;
}

export function variance(p: readonly number[], x: readonly number[]): number {
  const m = expectation(p, x);
  return expectation(p, x.map((v) => (v - m) ** 2));
}

export function covariance(p: readonly number[], x: readonly number[], y: readonly number[]): number {
  const mx = expectation(p, x);
  const my = expectation(p, y);
  return expectation(p, x.map((v, k) => (v - mx) * (y[k]! - my)));
}

/** P(A) for an event given as a membership mask. */
export function probability(p: readonly number[], event: readonly boolean[]): number {
  let s = 0;
  for (let k = 0; k < p.length; k++) if (event[k]) s += p[k]!;
  return s;
}

/** E[X | A]; NaN when P(A) = 0. */
export function conditionalExpectation(p: readonly number[], x: readonly number[], event: readonly boolean[]): number {
  const pa = probability(p, event);
  if (pa === 0) return Number.NaN;
  let s = 0;
  for (let k = 0; k < p.length; k++) if (event[k]) s += p[k]! * x[k]!;
  return s / pa;
}

/** Var(X | A) = E[(X − E[X|A])² | A]. */
export function conditionalVariance(p: readonly number[], x: readonly number[], event: readonly boolean[]): number {
  const m = conditionalExpectation(p, x, event);
  return conditionalExpectation(p, x.map((v) => (v - m) ** 2), event);
}

/**
 * Law of the outcome chosen by best-of-n selection: n independent draws from p, the draw with the
 * largest y wins, and among equal y the earliest draw wins. Computed exactly by following the current
 * winner draw by draw (a later draw replaces it only if its y is strictly larger).
 */
export function bestOfNLaw(p: readonly number[], y: readonly number[], n: number): number[] {
  if (!(Number.isInteger(n) && n >= 1)) throw new RangeError(`n must be a positive integer, got ${n}`);
  let winner = [...p];
  for (let draw = 2; draw <= n; draw++) {
    const next = p.map(() => 0);
    winner.forEach((w, k) => {
      if (w === 0) return;
      p.forEach((pj, j) => {
        next[y[j]! > y[k]! ? j : k]! += w * pj;
      });
    });
    winner = next;
  }
  return winner;
}
