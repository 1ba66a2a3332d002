/**
 * Cosine of a sum (site: Lemma "cosine-of-sum"). For a ≠ 0 and b + c ≠ 0,
 *
 *   cos(a, b+c) = cos(a,b)·|b|/|b+c| + cos(a,c)·|c|/|b+c|,
 *
 * (with the 0/0 convention cos(a, 0) = 0) hence
 *
 *   cos(a,b)·|b|/|b+c| − |c|/|b+c| ≤ cos(a, b+c) ≤ cos(a,b)·|b|/|b+c| + |c|/|b+c|.
 *
 * Both bounds are attained (c parallel or antiparallel to a).
 */
import { add, norm, cosineSimilarity, type Vector } from "./vectors";

export interface CosineOfSumInputs {
  /** cos(a, b) */
  cosAB: number;
  /** |b| */
  normB: number;
  /** |c| */
  normC: number;
  /** |b + c| (must be > 0) */
  normSum: number;
}

/** The two bounds of the lemma, from scalar inputs only. */
export function cosineOfSumBounds({ cosAB, normB, normC, normSum }: CosineOfSumInputs): {
  lower: number;
  upper: number;
} {
  if (!(normSum > 0)) throw new RangeError("|b + c| must be positive");
  const centre = (cosAB * normB) / normSum;
  const spread = normC / normSum;
  return { lower: centre - spread, upper: centre + spread };
}

/** The exact decomposition of cos(a, b+c) and the bounds, from the vectors. */
export function cosineOfSum(a: Vector, b: Vector, c: Vector): {
  exact: number;
  decomposition: number;
  lower: number;
  upper: number;
} {
  const sum = add(b, c);
  const normSum = norm(sum);
  const cosAB = cosineSimilarity(a, b);
  const cosAC = cosineSimilarity(a, c);
  const { lower, upper } = cosineOfSumBounds({ cosAB, normB: norm(b), normC: norm(c), normSum });
  return {
    exact: cosineSimilarity(a, sum),
    decomposition: (cosAB * norm(b) + cosAC * norm(c)) / normSum,
    lower,
    upper,
  };
}

/**
 * The consequence used for gradients: if |c| ≤ r and |b| > r, then
 * cos(a, b+c) > 0 whenever cos(a,b)·|b| > r. Returns the guaranteed lower bound
 * (cos(a,b)|b| − r)/(|b| + r) when cos(a,b)|b| ≥ r (the worst case over |b+c| ∈ [|b|−r, |b|+r]).
 */
export function perturbedCosineLowerBound(cosAB: number, normB: number, perturbation: number): number {
  const numerator = cosAB * normB - perturbation;
  if (numerator >= 0) return numerator / (normB + perturbation);
  const denominator = normB - perturbation;
  return denominator > 0 ? Math.max(-1, numerator / denominator) : -1;
}

/**
 * The sharp perturbation form (site: Corollary "perturbed-angle"): if |c| ≤ r < |b| then
 *   ∠(a, b + c) ≤ ∠(a, b) + arcsin(r/|b|),
 * so cos(a, b+c) ≥ cos(min(π, ∠(a,b) + arcsin(r/|b|))). Equality for c tangent to the ball of
 * radius r about b, in the plane of a and b, turning away from a. Returns −1 when r ≥ |b|.
 */
export function perturbedCosineSharpBound(cosAB: number, normB: number, perturbation: number): number {
  if (!(perturbation < normB)) return -1;
  const angle = Math.acos(Math.max(-1, Math.min(1, cosAB))) + Math.asin(perturbation / normB);
  return Math.cos(Math.min(Math.PI, angle));
}
