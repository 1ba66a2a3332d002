/** Quadrature rules shared by the compute modules. */

/**
 * The coefficients 1, 4, 2, 4, …, 2, 4, 1 of the composite Simpson rule on `intervals` equal
 * intervals of width h: ∫ f ≈ (h/3) Σ_i c_i f(x_i) over the intervals + 1 nodes. They are small
 * integers, so callers may apply h/3 before or after summing as their rounding needs.
 */
export function simpsonCoefficients(intervals: number): Float64Array {
  if (!Number.isInteger(intervals) || intervals < 2 || intervals % 2 !== 0) {
    throw new RangeError(`simpsonCoefficients: the number of intervals must be even and at least 2, got ${intervals}`);
  }
  return Float64Array.from({ length: intervals + 1 }, (_, i) => (i === 0 || i === intervals ? 1 : i % 2 === 1 ? 4 : 2));
}
