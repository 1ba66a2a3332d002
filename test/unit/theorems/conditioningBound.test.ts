import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BEST_OF_N_CHECK,
  CONDITIONING_CHECK,
  MOMENT_COROLLARY_CHECK,
  PROXY_GAP_CHECK,
} from "../../../src/lib/theorems/checks";
import {
  bestOfNBound,
  conditionalVarianceBound,
  conditioningBound,
  momentShiftBound,
  proxyGapBound,
  reweightingBound,
  uncentredConditionalVarianceBound,
} from "../../../src/lib/theorems/conditioningBound";
import {
  conditionalExpectation,
  conditionalVariance,
  covariance,
  expectation,
  normalise,
  probability,
  variance,
} from "../../../src/lib/theorems/discrete";
import { finite } from "./arbitraries";

const SEED = 4242;
const rel = (x: number) => 1e-9 * (1 + Math.abs(x));

/** A finite probability space with a random variable X and an event A of positive probability. */
const space = fc
  .integer({ min: 1, max: 8 })
  .chain((n) =>
    fc.record({
      weights: fc.array(finite(0.01, 1), { minLength: n, maxLength: n }),
      x: fc.array(finite(-10, 10), { minLength: n, maxLength: n }),
      y: fc.array(finite(-10, 10), { minLength: n, maxLength: n }),
      event: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
    }),
  )
  .filter(({ event }) => event.some(Boolean))
  .map(({ weights, x, y, event }) => ({ p: normalise(weights), x, y, event }));

describe("conditioning bound (Lemma conditioning-bound)", () => {
  it(`|E[X|A] − E[X]| ≤ σ√((1−P(A))/P(A)) exactly on random finite spaces (${CONDITIONING_CHECK.instances} instances)`, () => {
    fc.assert(
      fc.property(space, ({ p, x, event }) => {
        const shift = Math.abs(conditionalExpectation(p, x, event) - expectation(p, x));
        expect(shift).toBeLessThanOrEqual(conditioningBound(Math.sqrt(variance(p, x)), probability(p, event)) + rel(10));
      }),
      { numRuns: CONDITIONING_CHECK.instances, seed: SEED },
    );
  });

  it("equality when X is an affine function of the indicator of A", () => {
    fc.assert(
      fc.property(space, finite(-5, 5), finite(-5, 5), ({ p, event }, a, b) => {
        const x = event.map((inA) => (inA ? a : b));
        const shift = Math.abs(conditionalExpectation(p, x, event) - expectation(p, x));
        expect(shift).toBeCloseTo(conditioningBound(Math.sqrt(variance(p, x)), probability(p, event)), 9);
      }),
      { numRuns: 500, seed: SEED + 1 },
    );
  });

  it("the general reweighting form |E_Q[X] − E[X]| ≤ σ·√Var(W)", () => {
    fc.assert(
      fc.property(space, ({ p, x, y }) => {
        // W ∝ any non-negative function, normalised so that E[W] = 1
        const raw = y.map((v) => Math.exp(v / 3));
        const m = expectation(p, raw);
        const w = raw.map((v) => v / m);
        const q = p.map((pk, k) => pk * w[k]!);
        const shift = Math.abs(expectation(q, x) - expectation(p, x));
        expect(shift).toBeLessThanOrEqual(reweightingBound(Math.sqrt(variance(p, x)), variance(p, w)) + rel(10));
      }),
      { numRuns: 1000, seed: SEED + 2 },
    );
  });

  it("WRONG VARIANT: the constant 0.99 in place of 1 is falsified", () => {
    const result = fc.check(
      fc.property(space, ({ p, x, event }) => {
        const shift = Math.abs(conditionalExpectation(p, x, event) - expectation(p, x));
        return shift <= 0.99 * conditioningBound(Math.sqrt(variance(p, x)), probability(p, event)) + 1e-12;
      }),
      { numRuns: CONDITIONING_CHECK.instances, seed: SEED + 3 },
    );
    expect(result.failed).toBe(true);
  });

  it("WRONG VARIANT: the source's proof line E[X²] = σ² − E[X]² is falsified", () => {
    const result = fc.check(
      fc.property(space, ({ p, x }) => Math.abs(expectation(p, x.map((v) => v * v)) - (variance(p, x) - expectation(p, x) ** 2)) < 1e-9),
      { numRuns: 200, seed: SEED + 4 },
    );
    expect(result.failed).toBe(true);
  });
});

describe("moment corollaries (Corollary conditional-moments)", () => {
  it(`shifts of E[X^k] and the conditional variance (${MOMENT_COROLLARY_CHECK.instances} instances)`, () => {
    fc.assert(
      fc.property(space, fc.integer({ min: 1, max: 3 }), ({ p, x, event }, k) => {
        const pa = probability(p, event);
        const xk = x.map((v) => v ** k);
        const shift = Math.abs(conditionalExpectation(p, xk, event) - expectation(p, xk));
        expect(shift).toBeLessThanOrEqual(momentShiftBound(variance(p, xk), pa) + rel(1000));
        // centred conditional-variance bound (and σ²/P(A))
        const mu = expectation(p, x);
        const dev2 = x.map((v) => (v - mu) ** 2);
        const condVar = conditionalVariance(p, x, event);
        expect(condVar).toBeLessThanOrEqual(conditionalExpectation(p, dev2, event) + rel(100));
        expect(condVar).toBeLessThanOrEqual(conditionalVarianceBound(variance(p, x), variance(p, dev2), pa) + rel(100));
        // the source's uncentred form is valid as an inequality
        const x2 = x.map((v) => v * v);
        expect(condVar).toBeLessThanOrEqual(conditionalExpectation(p, x2, event) + rel(100));
        expect(condVar).toBeLessThanOrEqual(uncentredConditionalVarianceBound(expectation(p, x2), variance(p, x2), pa) + rel(100));
      }),
      { numRuns: MOMENT_COROLLARY_CHECK.instances, seed: SEED + 5 },
    );
  });

  it("WRONG VARIANT: the source's identity Var(X|A) = E[X²|A] is falsified", () => {
    const result = fc.check(
      fc.property(space, ({ p, x, event }) =>
        Math.abs(conditionalVariance(p, x, event) - conditionalExpectation(p, x.map((v) => v * v), event)) < 1e-9,
      ),
      { numRuns: 200, seed: SEED + 6 },
    );
    expect(result.failed).toBe(true);
  });
});

describe("selecting on a proxy (Corollary proxy-gap)", () => {
  it(`|E[Y−X | Y ≥ y] − E[Y−X]| ≤ √Var(Y−X)·√((1−P)/P) for any sign of Cov(X,Y) (${PROXY_GAP_CHECK.instances} instances)`, () => {
    let negative = 0;
    fc.assert(
      fc.property(space, fc.nat(), ({ p, x, y }, pick) => {
        const threshold = y[pick % y.length]!; // so that P(Y ≥ y) > 0
        const event = y.map((v) => v >= threshold);
        const gap = y.map((v, k) => v - x[k]!);
        const cov = covariance(p, x, y);
        if (cov < 0) negative++;
        const shift = Math.abs(conditionalExpectation(p, gap, event) - expectation(p, gap));
        expect(shift).toBeLessThanOrEqual(proxyGapBound(variance(p, x), variance(p, y), cov, probability(p, event)) + rel(20));
      }),
      { numRuns: PROXY_GAP_CHECK.instances, seed: SEED + 7 },
    );
    // the hypothesis Cov(X,Y) > 0 of the source is not needed: plenty of instances had Cov < 0
    expect(negative).toBeGreaterThan(PROXY_GAP_CHECK.instances / 5);
  });
});

describe("best-of-n selection (Proposition best-of-n)", () => {
  it(`E[X of the best of n by Y] − E[X] ≤ σ(n−1)/√(2n−1) (${BEST_OF_N_CHECK.instances} instances)`, () => {
    fc.assert(
      fc.property(space, fc.integer({ min: 1, max: 64 }), ({ p, x, y }, n) => {
        // distinct proxy values: sort outcomes by y and break ties by index (a strict order)
        const order = y.map((v, k) => [v, k] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, k]) => k);
        // exact law of the selected outcome: P(best = k) = F(k)^n − F(k−)^n in the strict order
        let F = 0;
        let selected = 0;
        for (const k of order) {
          const below = F;
          F += p[k]!;
          selected += (F ** n - below ** n) * x[k]!;
        }
        const shift = Math.abs(selected - expectation(p, x));
        expect(shift).toBeLessThanOrEqual(bestOfNBound(Math.sqrt(variance(p, x)), n) + rel(10));
      }),
      { numRuns: BEST_OF_N_CHECK.instances, seed: SEED + 8 },
    );
  });
});
