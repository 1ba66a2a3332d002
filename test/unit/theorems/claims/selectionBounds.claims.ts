/** Claims for content/model/selection-bounds.mdx. */
import fc from "fast-check";
import {
  BEST_OF_N_CHECK,
  CONDITIONING_CHECK,
  CONDITIONING_EQUALITY_CHECK,
  MOMENT_COROLLARY_CHECK,
  PROXY_GAP_CHECK,
  REWEIGHTING_CHECK,
} from "../../../../src/lib/theorems/checks";
import { bestOfNBound, conditioningBound, reweightingBound } from "../../../../src/lib/theorems/conditioningBound";
import {
  bestOfNLaw,
  conditionalExpectation,
  conditionalVariance,
  covariance,
  expectation,
  normalise,
  probability,
  variance,
} from "../../../../src/lib/theorems/discrete";
import { finite, tol } from "../arbitraries";
import type { Claim } from "../falsification";

/** Rounding scale of second moments of x: variances are differences of numbers of size max x². */
const squareScale = (x: readonly number[]) => Math.max(1, ...x.map((v) => v * v));

/** Outcome weights: mostly in [0.01, 1], sometimes 0 (an outcome of probability 0); not all 0. */
const weightsOf = (n: number) =>
  fc
    .array(fc.oneof({ arbitrary: finite(0.01, 1), weight: 6 }, { arbitrary: fc.constant(0), weight: 1 }), { minLength: n, maxLength: n })
    .filter((w) => w.some((v) => v > 0))
    .map(normalise);

/** Values of a random variable: random, constant, or from a few integers (so that ties and atoms are frequent). */
const valuesOf = (n: number) =>
  fc.oneof(
    { arbitrary: fc.array(finite(-10, 10), { minLength: n, maxLength: n }), weight: 6 },
    { arbitrary: fc.array(fc.integer({ min: -2, max: 2 }), { minLength: n, maxLength: n }), weight: 3 },
    { arbitrary: finite(-10, 10).map((c) => Array.from({ length: n }, () => c)), weight: 1 },
  );

/** An event: random, or the whole space (P(A) = 1); the empty event (P(A) = 0) occurs and fails the hypothesis. */
const eventOf = (n: number) =>
  fc.oneof(
    { arbitrary: fc.array(fc.boolean(), { minLength: n, maxLength: n }), weight: 8 },
    { arbitrary: fc.constant(Array.from({ length: n }, () => true)), weight: 1 },
  );

/** A finite probability space with random variables X, Y and an event A; one outcome included. */
const space = fc
  .integer({ min: 1, max: 8 })
  .chain((n) => fc.record({ p: weightsOf(n), x: valuesOf(n), y: valuesOf(n), event: eventOf(n) }));

type Space = { p: number[]; x: number[]; y: number[]; event: boolean[] };

/** P(A), exactly 1 when A holds almost surely (the sum of the probabilities may round to 1 − ε, and √ε is not small). */
const probabilityOf = (p: readonly number[], event: readonly boolean[]) => (p.every((pk, k) => pk === 0 || event[k]) ? 1 : probability(p, event));
const sd = (p: readonly number[], x: readonly number[]) => Math.sqrt(variance(p, x));
const shiftOf = ({ p, x, event }: Space) => Math.abs(conditionalExpectation(p, x, event) - expectation(p, x));
const boundOf = ({ p, x, event }: Space) => conditioningBound(sd(p, x), probabilityOf(p, event));
const eventHasMass = ({ p, event }: Space) => probabilityOf(p, event) > 0;

const conditioning: Claim<Space> = {
  check: CONDITIONING_CHECK,
  seed: 4242,
  sample: space,
  hypothesis: eventHasMass,
  conclusion: (s) => shiftOf(s) <= boundOf(s) + tol(10),
  mutants: [
    { change: "drop a constant: 0.99σ in place of σ", conclusion: (s) => shiftOf(s) <= 0.99 * boundOf(s) + tol(10) },
    { change: "flip the inequality", conclusion: (s) => shiftOf(s) >= boundOf(s) - tol(10) },
    {
      change: "(1 − P(A)) in place of (1 − P(A))/P(A)",
      conclusion: (s) => shiftOf(s) <= sd(s.p, s.x) * Math.sqrt(1 - probabilityOf(s.p, s.event)) + tol(10),
    },
  ],
};

/** X is almost surely a + b·1_A: one value on the outcomes of A, one off it (outcomes of probability 0 ignored). */
function affineInIndicator({ p, x, event }: Space): boolean {
  const valuesOn = (inA: boolean) => new Set(x.filter((_, k) => p[k]! > 0 && event[k] === inA));
  return valuesOn(true).size <= 1 && valuesOn(false).size <= 1;
}

const equalityHolds = (s: Space) => Math.abs(shiftOf(s) - boundOf(s)) <= tol(boundOf(s));

/**
 * For the equality case the values are small integers, or affine in the indicator: a non-affine X then
 * falls short of the bound by far more than rounding, so "equality" can be decided with a tolerance.
 */
const equalitySpace = fc
  .integer({ min: 1, max: 8 })
  .chain((n) =>
    fc.record({
      p: weightsOf(n),
      x: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: n, maxLength: n }),
      y: fc.constant([] as number[]),
      event: eventOf(n),
      affine: fc.option(fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -3, max: 3 })), { freq: 2 }),
    }),
  )
  .map(({ affine, ...s }): Space => (affine === null ? s : { ...s, x: s.event.map((inA) => affine[0] + (inA ? affine[1] : 0)) }));

const certainEvent = ({ p, event }: Space) => Math.abs(probabilityOf(p, event) - 1) <= 1e-12;

const conditioningEquality: Claim<Space> = {
  check: CONDITIONING_EQUALITY_CHECK,
  seed: 4243,
  sample: equalitySpace,
  hypothesis: eventHasMass,
  conclusion: (s) => (certainEvent(s) ? shiftOf(s) <= tol(10) && boundOf(s) <= tol(10) : equalityHolds(s) === affineInIndicator(s)),
  mutants: [
    { change: "equality iff affine also when P(A) = 1", conclusion: (s) => equalityHolds(s) === affineInIndicator(s) },
    { change: "equality for every X", conclusion: equalityHolds },
  ],
};

/** A density W ≥ 0 with E[W] = 1: from random non-negative values (zeros included), or W = 1_A/P(A), or W = 1. */
type Reweighting = Space & { w: number[]; indicatorOf: boolean[] | undefined };

type Density = { raw: number[]; indicatorOf: boolean[] | undefined };
const reweighting = space.chain((s) =>
  fc
    .oneof(
      {
        arbitrary: fc.array(fc.oneof(finite(0, 5), fc.constant(0)), { minLength: s.p.length, maxLength: s.p.length }).map((raw): Density => ({ raw, indicatorOf: undefined })),
        weight: 5,
      },
      { arbitrary: fc.constant<Density>({ raw: s.event.map((inA) => (inA ? 1 : 0)), indicatorOf: s.event }), weight: 2 },
      { arbitrary: fc.constant<Density>({ raw: s.p.map(() => 1), indicatorOf: undefined }), weight: 1 },
    )
    .chain(({ raw, indicatorOf }) => {
      const mean = expectation(s.p, raw);
      const w = raw.map((v) => (mean > 0 ? v / mean : Number.NaN));
      // X affine in W attains the bound (equality in Cauchy–Schwarz), so the constant is tested as well
      return fc
        .option(fc.tuple(finite(-3, 3), finite(-3, 3)), { freq: 3 })
        .map((affine): Reweighting => ({ ...s, w, indicatorOf, x: affine === null ? s.x : w.map((v) => affine[0] + affine[1] * v) }));
    }),
);

const reweightedShift = ({ p, x, w }: Reweighting) => Math.abs(expectation(p.map((pk, k) => pk * w[k]!), x) - expectation(p, x));
const reweightedBound = ({ p, x, w }: Reweighting) => reweightingBound(sd(p, x), variance(p, w));

const reweightingClaim: Claim<Reweighting> = {
  check: REWEIGHTING_CHECK,
  seed: 4244,
  sample: reweighting,
  hypothesis: ({ w }) => w.every((v) => v >= 0),
  conclusion: (s) => {
    const wVariance = variance(s.p, s.w);
    const conditioningCase = s.indicatorOf === undefined || Math.abs(wVariance - (1 - probabilityOf(s.p, s.indicatorOf)) / probabilityOf(s.p, s.indicatorOf)) <= tol(wVariance);
    return conditioningCase && reweightedShift(s) <= reweightedBound(s) + tol(reweightedBound(s));
  },
  mutants: [
    { change: "0.99σ in place of σ", conclusion: (s) => reweightedShift(s) <= 0.99 * reweightedBound(s) + tol(reweightedBound(s)) },
    { change: "E[W²] − 1 replaced by E[W²] − 2", conclusion: (s) => reweightedShift(s) <= sd(s.p, s.x) * Math.sqrt(Math.max(0, expectation(s.p, s.w.map((v) => v * v)) - 2)) + tol(10) },
  ],
};

/** Best of n ∈ [1, 64] on a finite joint law of (X, Y); the proxy Y has atoms, so ties are frequent. */
type BestOfN = Space & { n: number };
const bestOfN = fc.record({ s: space, n: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 64 })) }).map(({ s, n }): BestOfN => ({ ...s, n }));

/** The law of X_I as a density W = q/p with respect to the law of the pair, on outcomes of positive probability. */
function selectionWeight({ p, y, n }: BestOfN): number[] {
  const q = bestOfNLaw(p, y, n);
  return q.map((qk, k) => (p[k]! > 0 ? qk / p[k]! : 0));
}

const bestShift = (s: BestOfN) => Math.abs(expectation(bestOfNLaw(s.p, s.y, s.n), s.x) - expectation(s.p, s.x));

const bestOfNClaim: Claim<BestOfN> = {
  check: BEST_OF_N_CHECK,
  seed: 4245,
  sample: bestOfN,
  hypothesis: () => true,
  conclusion: (s) => {
    const w = selectionWeight(s);
    // W is a function of the proxy: equal y, equal weight
    const functionOfProxy = w.every((wk, k) => s.p[k] === 0 || w.every((wj, j) => s.p[j] === 0 || s.y[j] !== s.y[k] || Math.abs(wj - wk) <= tol(wk)));
    return (
      functionOfProxy &&
      w.every((v) => v >= 0 && v <= s.n + tol(s.n)) &&
      variance(s.p, w) <= (s.n - 1) ** 2 / (2 * s.n - 1) + tol(s.n) &&
      bestShift(s) <= bestOfNBound(sd(s.p, s.x), s.n) + tol(10)
    );
  },
  mutants: [
    { change: "W ≤ n − 1 in place of W ≤ n", conclusion: (s) => selectionWeight(s).every((v) => v <= s.n - 1 + tol(s.n)) },
    { change: "σ(n − 1)/(2n − 1) in place of σ(n − 1)/√(2n − 1)", conclusion: (s) => bestShift(s) <= (sd(s.p, s.x) * (s.n - 1)) / (2 * s.n - 1) + tol(10) },
    { change: "the best of n has the law of X", conclusion: (s) => bestShift(s) <= tol(10) },
  ],
};

/** The conditional-moments corollary, for a power k ∈ {1, 2, 3}. */
type Moments = Space & { k: number };
const moments = fc.record({ s: space, k: fc.integer({ min: 1, max: 3 }) }).map(({ s, k }): Moments => ({ ...s, k }));

const powerShiftHolds = ({ p, x, event, k }: Moments, factor = (pa: number) => (1 - pa) / pa) => {
  const pa = probabilityOf(p, event);
  const xk = x.map((v) => v ** k);
  const spread = expectation(p, x.map((v) => v ** (2 * k))) - expectation(p, xk) ** 2;
  return (conditionalExpectation(p, xk, event) - expectation(p, xk)) ** 2 <= spread * factor(pa) + tol(squareScale(xk) / pa);
};

const varianceBoundsHold = ({ p, x, event }: Space, secondTerm: (dev2: number[], pa: number) => number) => {
  const pa = probabilityOf(p, event);
  const mu = expectation(p, x);
  const dev2 = x.map((v) => (v - mu) ** 2);
  const condVar = conditionalVariance(p, x, event);
  const centred = conditionalExpectation(p, dev2, event);
  const tolerance = tol(squareScale(x) / pa);
  return condVar <= centred + tolerance && centred <= variance(p, x) + secondTerm(dev2, pa) + tolerance && condVar <= variance(p, x) / pa + tolerance;
};
const lemmaTerm = (p: number[]) => (dev2: number[], pa: number) => Math.sqrt((variance(p, dev2) * (1 - pa)) / pa);

const momentsClaim: Claim<Moments> = {
  check: MOMENT_COROLLARY_CHECK,
  seed: 4246,
  sample: moments,
  hypothesis: eventHasMass,
  conclusion: (s) => powerShiftHolds(s) && varianceBoundsHold(s, lemmaTerm(s.p)),
  mutants: [
    { change: "the source's identity Var(X | A) = E[X² | A]", conclusion: (s) => Math.abs(conditionalVariance(s.p, s.x, s.event) - conditionalExpectation(s.p, s.x.map((v) => v * v), s.event)) <= tol(100) },
    { change: "Var(X | A) ≤ σ² (no 1/p)", conclusion: (s) => conditionalVariance(s.p, s.x, s.event) <= variance(s.p, s.x) + tol(100) },
    { change: "drop the second term of the centred bound", conclusion: (s) => varianceBoundsHold(s, () => 0) },
    { change: "(1 − p) in place of (1 − p)/p in part 1", conclusion: (s) => powerShiftHolds(s, (pa) => 1 - pa) },
  ],
};

/** Selecting on Y ≥ y, the threshold drawn from the values of Y or above them all (then P(Y ≥ y) = 0). */
type ProxyGap = Space & { threshold: number };
const proxyGap = fc
  .record({ s: space, pick: fc.nat(), above: fc.boolean() })
  .map(({ s, pick, above }): ProxyGap => {
    const threshold = above && pick % 10 === 0 ? Math.max(...s.y) + 1 : s.y[pick % s.y.length]!;
    return { ...s, threshold, event: s.y.map((v) => v >= threshold) };
  });

const gapOf = ({ x, y }: ProxyGap) => y.map((v, k) => v - x[k]!);
const gapShift = (s: ProxyGap) => Math.abs(conditionalExpectation(s.p, gapOf(s), s.event) - expectation(s.p, gapOf(s)));
const gapBound = (s: ProxyGap, covarianceSign: number) =>
  conditioningBound(Math.sqrt(Math.max(0, variance(s.p, s.x) + variance(s.p, s.y) - covarianceSign * 2 * covariance(s.p, s.x, s.y))), probabilityOf(s.p, s.event));
const gapVarianceHolds = (s: ProxyGap, withSecondTerm: boolean) => {
  const d = gapOf(s);
  const pa = probabilityOf(s.p, s.event);
  const mean = expectation(s.p, d);
  const second = withSecondTerm ? Math.sqrt((variance(s.p, d.map((v) => (v - mean) ** 2)) * (1 - pa)) / pa) : 0;
  return conditionalVariance(s.p, d, s.event) <= variance(s.p, d) + second + tol(squareScale(d) / pa);
};

const proxyGapClaim: Claim<ProxyGap> = {
  check: PROXY_GAP_CHECK,
  seed: 4247,
  sample: proxyGap,
  hypothesis: eventHasMass,
  conclusion: (s) => gapShift(s) <= gapBound(s, 1) + tol(20) && gapVarianceHolds(s, true),
  mutants: [
    { change: "+2γ in place of −2γ", conclusion: (s) => gapShift(s) <= gapBound(s, -1) + tol(20) },
    { change: "drop the second term of the variance bound", conclusion: (s) => gapVarianceHolds(s, false) },
    { change: "flip the first inequality", conclusion: (s) => gapShift(s) >= gapBound(s, 1) - tol(20) },
  ],
};

export const claims = [conditioning, conditioningEquality, reweightingClaim, bestOfNClaim, momentsClaim, proxyGapClaim];
