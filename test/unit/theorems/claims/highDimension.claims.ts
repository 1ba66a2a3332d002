/** Claims for content/model/high-dimension.mdx: the law of the cosine of two random directions, and its concentration. */
import fc from "fast-check";
import { cosineSimilarityDensity, cosineSimilarityVariance, sampleCosineSimilarities } from "../../../../src/lib/cosineSimilarity";
import { logGamma } from "../../../../src/lib/special";
import { CONCENTRATION_CHECK, COSINE_DENSITY_CHECK, COSINE_VARIANCE_CHECK } from "../../../../src/lib/theorems/checks";
import { finite } from "../arbitraries";
import type { Claim } from "../falsification";

/** Monte Carlo pairs per instance. */
const PAIRS = 2000;
const CONCENTRATION_PAIRS = 1000;

/** Samples of Z = A·B for independent uniform A, B on the sphere, remembered so that mutants reuse them. */
const drawn = new Map<string, number[]>();
function similarities(dimension: number, samples: number, seed: number): number[] {
  const key = `${dimension},${samples},${seed}`;
  let z = drawn.get(key);
  if (z === undefined) drawn.set(key, (z = sampleCosineSimilarities({ dimension, samples, seed })));
  return z;
}

/**
 * ∫ h(x) c (1 − x²)^e dx over [−1, z] by the midpoint rule in φ = arcsin x, which removes the
 * endpoint singularity of (1 − x²)^(−1/2) at d = 2: the integrand becomes h(sin φ) c cos(φ)^(2e+1).
 */
function integrate(h: (x: number) => number, constant: number, exponent: number, from = -1, to = 1, steps = 1500): number {
  const lower = Math.asin(from);
  const width = (Math.asin(to) - lower) / steps;
  let sum = 0;
  for (let k = 0; k < steps; k++) {
    const phi = lower + (k + 0.5) * width;
    sum += h(Math.sin(phi)) * constant * Math.pow(Math.cos(phi), 2 * exponent + 1);
  }
  return sum * width;
}

/** Kolmogorov–Smirnov distance between samples and the law with density c (1 − x²)^e, its distribution function tabulated in φ = arcsin x. */
function ksDistance(samples: readonly number[], constant: number, exponent: number, steps = 4000): number {
  const width = Math.PI / steps;
  const cumulative = [0];
  for (let k = 0; k < steps; k++) cumulative.push(cumulative[k]! + constant * Math.pow(Math.cos(-Math.PI / 2 + (k + 0.5) * width), 2 * exponent + 1) * width);
  const F = (x: number) => {
    const position = (Math.asin(x) + Math.PI / 2) / width;
    const k = Math.min(steps - 1, Math.floor(position));
    return cumulative[k]! + (position - k) * (cumulative[k + 1]! - cumulative[k]!);
  };
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  return sorted.reduce((d, x, i) => Math.max(d, Math.abs(F(x) - i / n), Math.abs(F(x) - (i + 1) / n)), 0);
}

const densityConstant = (d: number) => cosineSimilarityDensity(0, d);
const dimension = (max: number) => fc.oneof({ arbitrary: fc.constantFrom(2, 3), weight: 1 }, { arbitrary: fc.integer({ min: 2, max }), weight: 3 });

// ---- the law, against Monte Carlo ----

interface MonteCarloInstance {
  d: number;
  seed: number;
}

/** KS test at level 0.001 (critical value 1.95/√n), and the sample mean and second moment within 5 standard errors. */
function agreesWithSamples({ d, seed }: MonteCarloInstance, law: { constant: number; exponent: number }, secondMoment: number): boolean {
  const z = similarities(d, PAIRS, seed);
  const mean = z.reduce((s, x) => s + x, 0) / PAIRS;
  const m2 = z.reduce((s, x) => s + x * x, 0) / PAIRS;
  // Var Z = 1/d and Var Z² = 2(d − 1)/(d²(d + 2))
  const meanError = Math.sqrt(1 / d / PAIRS);
  const m2Error = Math.sqrt((2 * (d - 1)) / (d * d * (d + 2)) / PAIRS);
  return ksDistance(z, law.constant, law.exponent) < 1.95 / Math.sqrt(PAIRS) && Math.abs(mean) < 5 * meanError && Math.abs(m2 - secondMoment) < 5 * m2Error;
}

const statedLaw = (d: number) => ({ constant: densityConstant(d), exponent: (d - 3) / 2 });

const density: Claim<MonteCarloInstance> = {
  check: COSINE_DENSITY_CHECK,
  seed: 99001,
  sample: fc.record({ d: dimension(60), seed: fc.integer({ min: 1, max: 1_000_000 }) }),
  hypothesis: ({ d }) => d >= 2,
  conclusion: (s) => agreesWithSamples(s, statedLaw(s.d), 1 / s.d),
  minimumCoverage: 1,
  mutants: [
    { change: "the source's variance 1/(d − 1)", conclusion: (s) => agreesWithSamples(s, statedLaw(s.d), 1 / (s.d - 1)) },
    {
      change: "the source's exponent (d − 2)/2 (density renormalised)",
      conclusion: (s) => {
        const exponent = (s.d - 2) / 2;
        return agreesWithSamples(s, { constant: 1 / integrate(() => 1, 1, exponent), exponent }, 1 / s.d);
      },
    },
  ],
};

// ---- the law, by quadrature ----

interface QuadratureInstance {
  d: number;
  /** a point of (0, 1) at which the law of Z² is compared with the Beta density */
  x: number;
}

/** The Beta(p, q) density at x. */
const betaDensity = (p: number, q: number, x: number) =>
  Math.exp((p - 1) * Math.log(x) + (q - 1) * Math.log1p(-x) - (logGamma(p) + logGamma(q) - logGamma(p + q)));

/** The density of Z² at x, from f_d: (f_d(√x) + f_d(−√x))/(2√x). */
const squareDensity = (d: number, x: number) => (cosineSimilarityDensity(Math.sqrt(x), d) + cosineSimilarityDensity(-Math.sqrt(x), d)) / (2 * Math.sqrt(x));

function moments(d: number) {
  const law = statedLaw(d);
  return { total: integrate(() => 1, law.constant, law.exponent), mean: integrate((x) => x, law.constant, law.exponent), second: integrate((x) => x * x, law.constant, law.exponent) };
}

const closeTo = (value: number, target: number, tolerance: number) => Math.abs(value - target) <= tolerance * (1 + Math.abs(target));

const quadrature: Claim<QuadratureInstance> = {
  check: COSINE_VARIANCE_CHECK,
  seed: 99002,
  sample: fc.record({ d: dimension(400), x: fc.oneof(finite(1e-6, 0.999), finite(1e-3, 0.05)) }),
  hypothesis: ({ d, x }) => d >= 2 && x > 0 && x < 1,
  conclusion: ({ d, x }) => {
    const { total, mean, second } = moments(d);
    const beta = closeTo(squareDensity(d, x), betaDensity(0.5, (d - 1) / 2, x), 1e-9);
    return closeTo(total, 1, 1e-6) && Math.abs(mean) <= 1e-9 && closeTo(second, 1 / d, 1e-6) && cosineSimilarityVariance(d) === 1 / d && beta;
  },
  minimumCoverage: 1,
  mutants: [
    { change: "the second moment 1/(d − 1)", conclusion: ({ d }) => closeTo(moments(d).second, 1 / (d - 1), 1e-6) },
    { change: "Z² with the Beta(1/2, d/2) law", conclusion: ({ d, x }) => closeTo(squareDensity(d, x), betaDensity(0.5, d / 2, x), 1e-9) },
  ],
};

// ---- concentration ----

interface ConcentrationInstance {
  d: number;
  epsilon: number;
  seed: number;
}

/** P(|Z| ≥ ε) from the density, and its Monte Carlo frequency over independent uniform pairs. */
function tail({ d, epsilon, seed }: ConcentrationInstance) {
  const law = statedLaw(d);
  const exact = epsilon >= 1 ? 0 : 2 * integrate(() => 1, law.constant, law.exponent, epsilon, 1);
  const z = similarities(d, CONCENTRATION_PAIRS, seed);
  return { exact, frequency: z.filter((x) => Math.abs(x) >= epsilon).length / CONCENTRATION_PAIRS };
}

/** Both the exact tail and, within 4.5 standard errors, the sampled one lie below `bound`. */
function tailBelow(instance: ConcentrationInstance, bound: number): boolean {
  const { exact, frequency } = tail(instance);
  // the frequency of an event of probability P ≤ bound has standard deviation at most √(q(1 − q)/n), q = min(bound, 1/2)
  const q = Math.min(bound, 0.5);
  return exact <= bound + 1e-9 && frequency <= bound + 4.5 * Math.sqrt((q * (1 - q)) / CONCENTRATION_PAIRS);
}

const chebyshevBound = ({ d, epsilon }: ConcentrationInstance) => 1 / (d * epsilon * epsilon);

const concentration: Claim<ConcentrationInstance> = {
  check: CONCENTRATION_CHECK,
  seed: 99003,
  sample: fc.record({
    d: fc.oneof({ arbitrary: fc.constant(2), weight: 2 }, { arbitrary: fc.integer({ min: 2, max: 50 }), weight: 3 }),
    epsilon: fc.oneof({ arbitrary: finite(0.01, 1.2), weight: 8 }, { arbitrary: fc.constantFrom(1, 0.8), weight: 1 }),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
  }),
  hypothesis: ({ d, epsilon }) => d >= 2 && epsilon > 0,
  conclusion: (s) => tailBelow(s, chebyshevBound(s)),
  minimumCoverage: 1,
  mutants: [
    { change: "half the bound, 1/(2dε²)", conclusion: (s) => tailBelow(s, chebyshevBound(s) / 2) },
    { change: "1/(d²ε²) in place of 1/(dε²)", conclusion: (s) => tailBelow(s, chebyshevBound(s) / s.d) },
    { change: "flip the inequality", conclusion: (s) => tail(s).exact >= chebyshevBound(s) },
  ],
};

export const claims = [density, quadrature, concentration];
