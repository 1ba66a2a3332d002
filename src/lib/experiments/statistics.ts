/** Summary statistics shared by the Monte Carlo experiments. */

/** A sample mean with its standard error (sample standard deviation / sqrt(count)). */
export interface MeanEstimate {
  mean: number;
  standardError: number;
}

/** Mean and standard error from a count, a sum and a sum of squares (count ≥ 2). */
export function meanFromSums(count: number, sum: number, sumOfSquares: number): MeanEstimate {
  const mean = sum / count;
  // max(0, …) guards against a tiny negative variance from rounding
  const variance = Math.max(0, (sumOfSquares - count * mean * mean) / (count - 1));
  return { mean, standardError: Math.sqrt(variance / count) };
}

/** The Pearson correlation from running sums over `count` pairs (0 when either variance is 0). */
export function correlationFromSums(
  count: number,
  sumX: number,
  sumY: number,
  sumXX: number,
  sumYY: number,
  sumXY: number,
): number {
  const covariance = sumXY - (sumX * sumY) / count;
  const varianceX = sumXX - (sumX * sumX) / count;
  const varianceY = sumYY - (sumY * sumY) / count;
  const scale = Math.sqrt(varianceX * varianceY);
  return scale > 0 ? covariance / scale : 0;
}

/** The mean squared difference between predictions and targets. */
export function meanSquaredError(predictions: ArrayLike<number>, targets: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < targets.length; i++) sum += (predictions[i]! - targets[i]!) ** 2;
  return sum / targets.length;
}
