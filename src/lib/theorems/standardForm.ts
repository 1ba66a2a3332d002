/**
 * The standard form of a causal model (site: Theorem "standard-form"): every node becomes a
 * deterministic function of its parents and of its own uniform root, through the generalised
 * inverse of its conditional distribution function, applied coordinate by coordinate
 * (the sequential conditional-quantile, or Rosenblatt, construction) for vector-valued nodes.
 */

/** A distribution function on a finite support: sorted support points and their probabilities. */
export interface FiniteDistribution {
  support: readonly number[];
  probabilities: readonly number[];
}

/** F(x) = P(X ≤ x). */
export function cdf(dist: FiniteDistribution, x: number): number {
  let s = 0;
  for (let k = 0; k < dist.support.length; k++) if (dist.support[k]! <= x) s += dist.probabilities[k]!;
  return Math.min(1, s);
}

/**
 * Generalised inverse F⁻(u) = inf{x : F(x) ≥ u} for u ∈ (0, 1]. For a finite support this is the
 * smallest support point whose cumulative probability reaches u (ties in rounding resolved upwards).
 */
export function generalisedInverse(dist: FiniteDistribution, u: number): number {
  if (!(u > 0 && u <= 1)) throw new RangeError(`u must lie in (0, 1], got ${u}`);
  const order = dist.support.map((x, k) => [x, k] as const).sort((a, b) => a[0] - b[0]);
  let s = 0;
  for (const [x, k] of order) {
    s += dist.probabilities[k]!;
    if (s >= u) return x;
  }
  // rounding: the total may fall a hair short of 1
  const last = order[order.length - 1];
  if (last === undefined) throw new RangeError("empty support");
  return last[0];
}

/**
 * A two-coordinate node (X₁, X₂) with finite joint law, generated from two independent uniforms
 * by the sequential construction X₁ = F₁⁻(u₁), X₂ = F⁻_{2|X₁}(u₂).
 */
export interface FiniteJoint {
  /** outcomes (x1, x2) with positive probability */
  points: readonly (readonly [number, number])[];
  probabilities: readonly number[];
}

export function marginalOfFirst(joint: FiniteJoint): FiniteDistribution {
  const map = new Map<number, number>();
  joint.points.forEach(([x1], k) => map.set(x1, (map.get(x1) ?? 0) + joint.probabilities[k]!));
  return { support: [...map.keys()], probabilities: [...map.values()] };
}

export function conditionalOfSecond(joint: FiniteJoint, x1: number): FiniteDistribution {
  const map = new Map<number, number>();
  let total = 0;
  joint.points.forEach(([a, b], k) => {
    if (a !== x1) return;
    const p = joint.probabilities[k]!;
    map.set(b, (map.get(b) ?? 0) + p);
    total += p;
  });
  if (total === 0) throw new RangeError(`x1 = ${x1} has probability 0`);
  return { support: [...map.keys()], probabilities: [...map.values()].map((p) => p / total) };
}

export function sequentialQuantileTransform(joint: FiniteJoint, u1: number, u2: number): [number, number] {
  const x1 = generalisedInverse(marginalOfFirst(joint), u1);
  const x2 = generalisedInverse(conditionalOfSecond(joint, x1), u2);
  return [x1, x2];
}

/**
 * Exact law of the sequential transform: the uniform square is cut into rectangles, one per
 * outcome, of area P(X₁ = a)·P(X₂ = b | X₁ = a). Returns the probability the construction gives to
 * each of `joint.points`, computed by measuring those u-intervals through the generalised inverses
 * themselves (so it checks the inverses, not just the formula).
 */
export function pushforwardProbabilities(joint: FiniteJoint): number[] {
  const first = marginalOfFirst(joint);
  const out = joint.points.map(() => 0);
  for (const a of first.support) {
    const lenA = intervalLength(first, a);
    const cond = conditionalOfSecond(joint, a);
    for (const b of cond.support) {
      const lenB = intervalLength(cond, b);
      const k = joint.points.findIndex(([x, y]) => x === a && y === b);
      if (k >= 0) out[k] = out[k]! + lenA * lenB;
    }
  }
  return out;
}

/** Length of {u ∈ (0,1] : F⁻(u) = x}, found from the breakpoints of F and checked by evaluating F⁻. */
function intervalLength(dist: FiniteDistribution, x: number): number {
  const breaks = [0, ...dist.support.map((s) => cdf(dist, s)), 1].sort((p, q) => p - q);
  let length = 0;
  for (let i = 0; i + 1 < breaks.length; i++) {
    const lo = breaks[i]!;
    const hi = breaks[i + 1]!;
    if (hi <= lo) continue;
    if (generalisedInverse(dist, (lo + hi) / 2) === x) length += hi - lo;
  }
  return length;
}
