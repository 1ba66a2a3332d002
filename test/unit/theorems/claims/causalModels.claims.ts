/** Claims for content/model/causal-models.mdx, computed exactly on finite laws and finite structural causal models. */
import fc from "fast-check";
import {
  MARKOV_FACTORISATION_CHECK,
  QUANTILE_GALOIS_CHECK,
  STANDARD_FORM_CHECK,
  STANDARD_FORM_MULTIVARIATE_CHECK,
} from "../../../../src/lib/theorems/checks";
import { factorisedProbabilities, isLocallyMarkov, marginal, sameConditionalLaw, scmLaw, type Dag, type FiniteLaw } from "../../../../src/lib/theorems/finiteScm";
import { cdf, generalisedInverse, inverseMeasure, standardFormLaw, type FiniteDistribution } from "../../../../src/lib/theorems/standardForm";
import type { Claim } from "../falsification";

const nodesBefore = (i: number) => Array.from({ length: i }, (_, j) => j);
const totalWeight = (law: FiniteLaw) => law.weights.reduce((s, w) => s + w, 0);

/** Whether two finite laws on the same nodes give every configuration the same probability (weights normalised). */
function sameLaw(a: FiniteLaw, b: FiniteLaw): boolean {
  const nodes = nodesBefore(a.outcomes[0]?.length ?? 0);
  const [pa, pb] = [a, b].map((law) => {
    const total = totalWeight(law);
    return new Map([...marginal(law, nodes)].map(([key, w]) => [key, w / total]));
  });
  return [...new Set([...pa!.keys(), ...pb!.keys()])].every((key) => Math.abs((pa!.get(key) ?? 0) - (pb!.get(key) ?? 0)) <= 1e-12);
}

// ---- random finite models ----

interface FiniteModel {
  dag: Dag;
  law: FiniteLaw;
}

/** A DAG on 1 to 4 nodes in topological order (any edge set, empty and complete included) and the number of values of each node. */
const dagWithArities = fc.integer({ min: 1, max: 4 }).chain((n) =>
  fc
    .record({
      arities: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: n, maxLength: n }),
      edges: fc.array(fc.boolean(), { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 }),
    })
    .map(({ arities, edges }) => {
      let edge = 0;
      const parents = arities.map((_, i) => nodesBefore(i).filter(() => edges[edge++]));
      return { dag: { parents }, arities };
    }),
);

/** Small integer weights, zeros included, not all zero. */
const weights = (length: number) => fc.array(fc.integer({ min: 0, max: 3 }), { minLength: length, maxLength: length }).filter((w) => w.some((x) => x > 0));

/** A finite SCM on the DAG: independent noises with 1 to 3 values, and a random table for each mechanism. */
const scmModel: fc.Arbitrary<FiniteModel> = dagWithArities.chain(({ dag, arities }) =>
  fc
    .tuple(
      ...arities.map((_, i) => {
        const cells = dag.parents[i]!.reduce((s, p) => s * arities[p]!, 1) * 3;
        return fc.integer({ min: 1, max: 3 }).chain((noiseValues) => fc.record({ noise: weights(noiseValues), table: fc.array(fc.nat(1000), { minLength: cells, maxLength: cells }) }));
      }),
    )
    .map((nodes) => {
      const law = scmLaw({
        dag,
        noiseWeights: nodes.map(({ noise }) => noise),
        mechanism: (i, parentValues, noise) => {
          const cell = parentValues.reduce((index, value, k) => index * arities[dag.parents[i]![k]!]! + value, 0) * 3 + noise;
          return nodes[i]!.table[cell]! % arities[i]!;
        },
      });
      return { dag, law };
    }),
);

/** Every configuration of the given numbers of values. */
const configurations = (arities: readonly number[]): number[][] =>
  arities.reduce<number[][]>((partial, arity) => partial.flatMap((values) => Array.from({ length: arity }, (_, v) => [...values, v])), [[]]);

/** An arbitrary finite law on the DAG's nodes: Markov for it only by accident (always when the DAG is complete). */
const anyLawModel: fc.Arbitrary<FiniteModel> = dagWithArities.chain(({ dag, arities }) => {
  const outcomes = configurations(arities);
  return weights(outcomes.length).map((w) => ({ dag, law: { outcomes, weights: w } }));
});

const finiteModel = fc.oneof(scmModel, anyLawModel);
const isMarkovModel = ({ dag, law }: FiniteModel) => totalWeight(law) > 0 && isLocallyMarkov(law, dag);

// ---- factorisation ----

function factorises({ dag, law }: FiniteModel): boolean {
  const total = totalWeight(law);
  const product = factorisedProbabilities(law, dag);
  const matches = product.every((p, k) => Math.abs(p - law.weights[k]! / total) <= 1e-12);
  // the product puts all its mass on the law's outcomes, so it determines the law
  return matches && Math.abs(product.reduce((s, p) => s + p, 0) - 1) <= 1e-12;
}

const markovFactorisation: Claim<FiniteModel> = {
  check: MARKOV_FACTORISATION_CHECK,
  seed: 3801,
  sample: finiteModel,
  hypothesis: isMarkovModel,
  conclusion: (model) => model.dag.parents.every((pa, i) => sameConditionalLaw(model.law, i, nodesBefore(i), pa)) && factorises(model),
  minimumCoverage: 0.4,
  mutants: [
    { change: "drop the Markov assumption", hypothesis: ({ law }) => totalWeight(law) > 0 },
    { change: "the law given all earlier nodes equals the law given none", conclusion: ({ law }) => law.outcomes[0]!.every((_, i) => sameConditionalLaw(law, i, nodesBefore(i), [])) },
  ],
};

// ---- the generalised inverse ----

interface GaloisInstance {
  distribution: FiniteDistribution;
  u: number;
  x: number;
}

/**
 * A finite law with dyadic probabilities (so that its distribution function takes the breakpoints
 * k/64 exactly), a support point of probability 0 now and then, and one-point laws.
 */
const dyadicLaw: fc.Arbitrary<FiniteDistribution> = fc
  .uniqueArray(fc.integer({ min: 1, max: 63 }), { minLength: 0, maxLength: 6 })
  .chain((cuts) => {
    const sorted = [0, ...cuts.sort((a, b) => a - b), 64];
    const probabilities = sorted.slice(1).map((c, i) => (c - sorted[i]!) / 64);
    return fc.tuple(
      fc.uniqueArray(fc.integer({ min: -20, max: 20 }), { minLength: probabilities.length + 1, maxLength: probabilities.length + 1 }),
      fc.boolean(),
    ).map(([support, withNullPoint]) => ({
      support: withNullPoint ? support : support.slice(0, -1),
      probabilities: withNullPoint ? [...probabilities, 0] : probabilities,
    }));
  });

const galoisInstance: fc.Arbitrary<GaloisInstance> = dyadicLaw.chain((distribution) =>
  fc.record({
    distribution: fc.constant(distribution),
    // breakpoints of F exactly, and points near 0 and 1
    u: fc.oneof(fc.integer({ min: 0, max: 64 }).map((k) => k / 64), fc.constantFrom(1e-12, 1 - 1e-12), fc.double({ min: 0, max: 1, noNaN: true })),
    // support points, points between them and beyond
    x: fc.oneof(fc.constantFrom(...distribution.support), fc.integer({ min: -42, max: 42 }).map((k) => k / 2)),
  }),
);

/** inf{x : F(x) > u}, the right-continuous inverse, which differs from F⁻ exactly at the breakpoints. */
function rightInverse(distribution: FiniteDistribution, u: number): number {
  const sorted = [...distribution.support].sort((a, b) => a - b);
  return sorted.find((x) => cdf(distribution, x) > u) ?? sorted[sorted.length - 1]!;
}

const quantileGalois: Claim<GaloisInstance> = {
  check: QUANTILE_GALOIS_CHECK,
  seed: 1234,
  sample: galoisInstance,
  hypothesis: ({ u }) => u > 0 && u < 1,
  conclusion: ({ distribution, u, x }) =>
    generalisedInverse(distribution, u) <= x === u <= cdf(distribution, x) && // P(F⁻(Z) ≤ x), measured through F⁻ itself
    Math.abs(inverseMeasure(distribution, (y) => y <= x) - cdf(distribution, x)) <= 1e-15,
  minimumCoverage: 0.5,
  mutants: [
    { change: "u < F(x) in place of u ≤ F(x)", conclusion: ({ distribution, u, x }) => generalisedInverse(distribution, u) <= x === u < cdf(distribution, x) },
    { change: "F⁻(u) < x in place of F⁻(u) ≤ x", conclusion: ({ distribution, u, x }) => generalisedInverse(distribution, u) < x === u <= cdf(distribution, x) },
    { change: "the right-continuous inverse inf{x : F(x) > u}", conclusion: ({ distribution, u, x }) => rightInverse(distribution, u) <= x === u <= cdf(distribution, x) },
  ],
};

// ---- the standard form ----

const standardForm: Claim<FiniteModel> = {
  check: STANDARD_FORM_CHECK,
  seed: 1235,
  sample: finiteModel,
  hypothesis: isMarkovModel,
  conclusion: ({ dag, law }) => sameLaw(standardFormLaw(law, dag), law),
  minimumCoverage: 0.4,
  mutants: [
    { change: "drop the Markov assumption", hypothesis: ({ law }) => totalWeight(law) > 0 },
    { change: "each node from its marginal law, ignoring its parents", conclusion: ({ dag, law }) => sameLaw(standardFormLaw(law, { parents: dag.parents.map(() => []) }), law) },
  ],
};

// ---- vector-valued nodes ----

interface VectorNode {
  /** the number of parent coordinates W, kept as they are */
  parents: number;
  /** the number of coordinates of the node */
  coordinates: number;
  law: FiniteLaw;
}

/** An arbitrary finite joint law of (W, X⁽¹⁾, …, X⁽ᵏ⁾): W of dimension 0 to 2, k from 1 to 3. */
const vectorNode: fc.Arbitrary<VectorNode> = fc
  .record({ parents: fc.integer({ min: 0, max: 2 }), coordinates: fc.integer({ min: 1, max: 3 }) })
  .chain(({ parents, coordinates }) =>
    fc.array(fc.integer({ min: 1, max: 3 }), { minLength: parents + coordinates, maxLength: parents + coordinates }).chain((arities) => {
      const outcomes = configurations(arities);
      return weights(outcomes.length).map((w) => ({ parents, coordinates, law: { outcomes, weights: w } }));
    }),
  );

/** The law of (W, X′) when coordinate j is generated from its conditional law given the nodes `conditioning(j)`. */
function rosenblattLaw({ parents, coordinates, law }: VectorNode, conditioning: (node: number) => number[]): FiniteLaw {
  const dag = { parents: nodesBefore(parents + coordinates).map((node) => (node < parents ? [] : conditioning(node))) };
  return standardFormLaw(law, dag, parents);
}

const multivariate: Claim<VectorNode> = {
  check: STANDARD_FORM_MULTIVARIATE_CHECK,
  seed: 1236,
  sample: vectorNode,
  hypothesis: ({ law }) => totalWeight(law) > 0,
  conclusion: (node) => sameLaw(rosenblattLaw(node, nodesBefore), node.law),
  minimumCoverage: 1,
  mutants: [
    { change: "each coordinate given W only, as from the marginal distribution functions", conclusion: (node) => sameLaw(rosenblattLaw(node, () => nodesBefore(node.parents)), node.law) },
    { change: "the coordinates given the earlier ones but not W", conclusion: (node) => sameLaw(rosenblattLaw(node, (j) => nodesBefore(j).slice(node.parents)), node.law) },
  ],
};

export const claims = [markovFactorisation, quantileGalois, standardForm, multivariate];
