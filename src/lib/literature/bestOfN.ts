/**
 * Best-of-n sampling against a proxy, in the setting of Gao, Schulman and Hilton (2022): the gold
 * score of the selected item as a function of d = sqrt(KL(best-of-n ‖ initial)), computed exactly
 * and by seeded Monte Carlo, and the two-parameter form d(α − βd) fitted to the exact curve.
 *
 * The model: the proxy U ~ N(0, 1) and the goal U* = ρU + sqrt(1 − ρ²)ξ − κ(U² − 1) with ξ ~ N(0, 1)
 * independent of U. For κ = 0 the pair is jointly Gaussian with correlation ρ; κ > 0 makes the goal
 * penalise extreme proxy values while keeping E[U*] = 0. Since E[U* | U] = ρU − κ(U² − 1), the gold
 * score of the best of n is ρ e_n − κ(s_n − 1), with e_n and s_n the first two moments of the maximum
 * of n standard normals; the KL divergence is log n − (n − 1)/n because U has no atoms.
 */
import { standardNormal, uniformSource } from "../random";
import {
  bestOfNKlDivergence,
  expectedMaximumOfNormals,
  logSpacedCounts,
  maximumOfNormalsMoment,
} from "../experiments/regressionalSelection";
import { meanFromSums } from "../experiments/statistics";
import { requireInteger, requireNumber } from "../experiments/validation";

export interface BestOfNControls {
  seed: number;
  /** ρ: the correlation of proxy and goal when κ = 0, the slope of E[U* | U] at U = 0 in general. */
  correlation: number;
  /** κ ≥ 0: how strongly the goal penalises extreme proxy values; 0 is the jointly Gaussian case. */
  penalty: number;
  /** The largest n; the grid runs log-spaced from 1 to here. */
  maxCandidates: number;
  /** Independent best-of-n selections per grid point. */
  trials: number;
}

export const defaultBestOfNControls: BestOfNControls = {
  seed: 1,
  correlation: 0.6,
  penalty: 0.1,
  maxCandidates: 1000,
  // 200 selections of 1000 keep the default near 10 ms and the standard errors near 0.05
  trials: 200,
};

export function validateBestOfNControls(controls: BestOfNControls): void {
  requireInteger("seed", controls.seed, 0, 2 ** 31 - 1);
  requireNumber("correlation", controls.correlation, -1, 1);
  requireNumber("penalty", controls.penalty, 0, 10);
  requireInteger("maxCandidates", controls.maxCandidates, 1, 100_000);
  requireInteger("trials", controls.trials, 2, 100_000);
}

/** s_n = E[M²] for M the maximum of n iid N(0, 1); s_1 = s_2 = 1 exactly. */
export function secondMomentOfMaximumOfNormals(candidates: number): number {
  // n = 1 is N(0, 1) itself; for n = 2, max² and min² have the same law and sum to X₁² + X₂²
  if (candidates <= 2) return 1;
  return maximumOfNormalsMoment(candidates, 2);
}

// e_n and s_n by n: each is a quadrature, and no control but the largest n changes them
const momentsByCandidates = new Map<number, { mean: number; secondMoment: number }>();

function momentsOfMaximum(candidates: number): { mean: number; secondMoment: number } {
  let moments = momentsByCandidates.get(candidates);
  if (!moments) {
    moments = { mean: expectedMaximumOfNormals(candidates), secondMoment: secondMomentOfMaximumOfNormals(candidates) };
    momentsByCandidates.set(candidates, moments);
  }
  return moments;
}

/** d_n = sqrt(log n − (n − 1)/n), the square root of the best-of-n KL divergence. */
export function bestOfNDistance(candidates: number): number {
  // max(0, …): for n = 1 the two terms cancel and rounding must not make the root NaN
  return Math.sqrt(Math.max(0, bestOfNKlDivergence(candidates)));
}

/** E[U* of the best of n by U] − E[U*] = ρ e_n − κ(s_n − 1). */
export function bestOfNGoldScore(candidates: number, correlation: number, penalty: number): number {
  const { mean, secondMoment } = momentsOfMaximum(candidates);
  return correlation * mean - penalty * (secondMoment - 1);
}

/** Least-squares coefficients of R(d) = d(α − βd) through the origin, with the largest residual. */
export type FunctionalFormFit = {
  alpha: number;
  beta: number;
  maxResidual: number;
};

/** Fits R(d) = αd − βd² by least squares: the 2 × 2 normal equations in (α, −β). */
export function fitBestOfNForm(points: readonly { distance: number; score: number }[]): FunctionalFormFit {
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  let r1 = 0;
  let r2 = 0;
  for (const { distance: d, score } of points) {
    s2 += d * d;
    s3 += d * d * d;
    s4 += d * d * d * d;
    r1 += score * d;
    r2 += score * d * d;
  }
  const determinant = s2 * s4 - s3 * s3;
  // fewer than two distinct positive distances leave the two coefficients undetermined
  if (!(determinant > 1e-12 * s2 * s4)) throw new RangeError("the fit needs at least two distinct positive distances");
  const alpha = (r1 * s4 - s3 * r2) / determinant;
  const beta = -(s2 * r2 - s3 * r1) / determinant;
  const maxResidual = Math.max(...points.map(({ distance: d, score }) => Math.abs(score - d * (alpha - beta * d))));
  return { alpha, beta, maxResidual };
}

/** One grid point n. */
export type BestOfNRow = {
  candidates: number;
  klDivergence: number;
  distance: number;
  /** E[U] of the winner, e_n. */
  proxyExact: number;
  goldExact: number;
  goldMean: number;
  goldStandardError: number;
};

export interface BestOfNResult {
  rows: BestOfNRow[];
  fit: FunctionalFormFit;
}

export function bestOfNOveroptimisation(controls: BestOfNControls): BestOfNResult {
  validateBestOfNControls(controls);
  const { correlation, penalty, maxCandidates, trials } = controls;
  const normal = standardNormal(uniformSource(controls.seed));
  const noiseScale = Math.sqrt(1 - correlation * correlation);
  const grid = logSpacedCounts(maxCandidates);
  const sums = grid.map(() => ({ gold: 0, goldSquares: 0 }));
  // one pass of maxCandidates draws per trial serves every grid point: the best of the first n draws
  // is a best-of-n selection
  for (let trial = 0; trial < trials; trial++) {
    let bestProxy = -Infinity;
    let bestGold = 0;
    let gridIndex = 0;
    for (let candidate = 1; candidate <= maxCandidates; candidate++) {
      const proxy = normal();
      // ξ is independent of every proxy value, so the winner's ξ can be drawn when it wins: one
      // normal per candidate and one per new leader rather than two per candidate
      if (proxy > bestProxy) {
        bestProxy = proxy;
        bestGold = correlation * proxy + noiseScale * normal() - penalty * (proxy * proxy - 1);
      }
      if (candidate === grid[gridIndex]) {
        const sum = sums[gridIndex]!;
        sum.gold += bestGold;
        sum.goldSquares += bestGold * bestGold;
        gridIndex++;
      }
    }
  }
  const rows = grid.map((candidates, i): BestOfNRow => {
    const sum = sums[i]!;
    const gold = meanFromSums(trials, sum.gold, sum.goldSquares);
    return {
      candidates,
      klDivergence: bestOfNKlDivergence(candidates),
      distance: bestOfNDistance(candidates),
      proxyExact: momentsOfMaximum(candidates).mean,
      goldExact: bestOfNGoldScore(candidates, correlation, penalty),
      goldMean: gold.mean,
      goldStandardError: gold.standardError,
    };
  });
  const fit = fitBestOfNForm(rows.map((row) => ({ distance: row.distance, score: row.goldExact })));
  return { rows, fit };
}
