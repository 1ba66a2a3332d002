/** One bin of a histogram normalised as a density (its bars integrate to 1). A type, not an interface, so that it is a plain table row. */
export type DensityBin = {
  /** Left edge of the bin. */
  x0: number;
  /** Right edge of the bin. */
  x1: number;
  /** How many values fell in [x0, x1) (the last bin also takes its right edge). */
  count: number;
  /** count / (total · width): the histogram's estimate of the density on the bin. */
  density: number;
};

/** A density histogram of `values` over [min, max] with `bins` equal bins; values outside are an error. */
export function densityHistogram(values: readonly number[], min: number, max: number, bins: number): DensityBin[] {
  if (!(max > min)) throw new RangeError(`histogram range must have max > min, got [${min}, ${max}]`);
  if (!Number.isInteger(bins) || bins < 1) throw new RangeError(`bins must be a positive integer, got ${bins}`);
  const width = (max - min) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (const value of values) {
    if (!(value >= min && value <= max)) throw new RangeError(`value ${value} lies outside [${min}, ${max}]`);
    const index = Math.min(bins - 1, Math.floor((value - min) / width));
    counts[index]!++;
  }
  const total = values.length;
  return counts.map((count, i) => ({
    x0: min + i * width,
    x1: min + (i + 1) * width,
    count,
    density: total === 0 ? 0 : count / (total * width),
  }));
}
