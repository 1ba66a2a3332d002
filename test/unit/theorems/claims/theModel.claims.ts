/** Claims for content/model/the-model.mdx: differentiating under the expectation, and the geometry of OP and OE. */
import fc from "fast-check";
import { GRADIENT_INTERCHANGE_CHECK, OE_GEOMETRY_CHECK } from "../../../../src/lib/theorems/checks";
import { addScaled, dot, norm, optimizationEfficiency, optimizationPressure, type Vector } from "../../../../src/lib/theorems/vectors";
import { angleBetween, finite, nonZeroVector, smoothObjective, vector, type SmoothObjective } from "../arbitraries";
import type { Claim } from "../falsification";

/** Central differences of f at x along each coordinate. */
const centralGradient = (f: (x: Vector) => number, x: Vector, step: number) =>
  x.map((_, j) => {
    const e = x.map((_, i) => (i === j ? step : 0));
    return (f(addScaled(x, 1, e)) - f(addScaled(x, -1, e))) / (2 * step);
  });

// ---- differentiating under the expectation ----

interface Wave {
  a: number;
  w: number[];
  phase: number;
}

/** One value of the environment: its probability, U(θ, e) = b·θ + Σ a sin(w·θ + φ), and a tilt used only when the law depends on θ. */
interface Outcome {
  probability: number;
  b: number[];
  waves: Wave[];
  tilt: number[];
}

interface InterchangeInstance {
  outcomes: Outcome[];
  theta: number[];
  /** whether the law of the environment is tilted by θ (outside the standard form) */
  lawDependsOnTheta: boolean;
}

const valueAt = ({ b, waves }: Outcome, theta: Vector) => dot(b, theta) + waves.reduce((s, { a, w, phase }) => s + a * Math.sin(dot(w, theta) + phase), 0);
const gradientAt = ({ b, waves }: Outcome, theta: Vector) => b.map((bj, j) => bj + waves.reduce((s, { a, w, phase }) => s + a * w[j]! * Math.cos(dot(w, theta) + phase), 0));

/** The law of the environment at θ: fixed, or tilted by exp(tilt·θ). */
function lawAt({ outcomes, lawDependsOnTheta }: InterchangeInstance, theta: Vector): number[] {
  const weights = outcomes.map(({ probability, tilt }) => probability * (lawDependsOnTheta ? Math.exp(dot(tilt, theta)) : 1));
  const total = weights.reduce((s, w) => s + w, 0);
  return weights.map((w) => w / total);
}

/** Ū(θ) = E[U(θ, E)], exactly (a finite sum). */
const expectedValue = (instance: InterchangeInstance, theta: Vector) => lawAt(instance, theta).reduce((s, p, k) => s + p * valueAt(instance.outcomes[k]!, theta), 0);
/** E[∇_θ U(θ, E)] under the law at θ. */
const expectedGradient = (instance: InterchangeInstance, weights = lawAt(instance, instance.theta)) =>
  instance.theta.map((_, j) => weights.reduce((s, p, k) => s + p * gradientAt(instance.outcomes[k]!, instance.theta)[j]!, 0));

const STEP = 1e-4;
/** Central differences err by at most (h²/6)·sup|∂³Ū|; here sup|∂³U| ≤ Σ|a||w|³ for every outcome. */
function differenceTolerance({ outcomes, theta }: InterchangeInstance): number {
  const third = Math.max(...outcomes.map(({ waves }) => waves.reduce((s, { a, w }) => s + Math.abs(a) * norm(w) ** 3, 0)));
  const scale = Math.max(...outcomes.map((o) => Math.abs(valueAt(o, theta)) + norm(o.b) * (1 + norm(theta))));
  return ((STEP * STEP) / 6) * third * 1.01 + 1e-10 * (1 + scale);
}

/** ∇Ū by central differences of the exact expectation, against E[∇U], coordinate by coordinate. */
const interchanges = (instance: InterchangeInstance, weights?: number[]) => {
  const numeric = centralGradient((theta) => expectedValue(instance, theta), instance.theta, STEP);
  const interchanged = expectedGradient(instance, weights);
  return numeric.every((g, j) => Math.abs(g - interchanged[j]!) <= differenceTolerance(instance));
};

const interchangeInstance: fc.Arbitrary<InterchangeInstance> = fc
  .record({ d: fc.integer({ min: 1, max: 4 }), count: fc.integer({ min: 1, max: 5 }), lawDependsOnTheta: fc.boolean() })
  .chain(({ d, count, lawDependsOnTheta }) =>
    fc.record({
      outcomes: fc
        .array(
          fc.record({
            // probability-0 outcomes included
            probability: fc.oneof({ arbitrary: finite(0.01, 1), weight: 5 }, { arbitrary: fc.constant(0), weight: 1 }),
            b: vector(d, 2),
            waves: fc.array(fc.record({ a: finite(-1, 1), w: vector(d, 2), phase: finite(0, 2 * Math.PI) }), { maxLength: 3 }),
            tilt: vector(d, 1),
          }),
          { minLength: count, maxLength: count },
        )
        .filter((outcomes) => outcomes.some(({ probability }) => probability > 0)),
      theta: vector(d, 3),
      lawDependsOnTheta: fc.constant(lawDependsOnTheta),
    }),
  );

const gradientInterchange: Claim<InterchangeInstance> = {
  check: GRADIENT_INTERCHANGE_CHECK,
  seed: 2801,
  sample: interchangeInstance,
  // Θ = R^d; every U(·, e) is smooth with |∇U| ≤ |b| + Σ|a||w|, a bound that is integrable because E is finite
  hypothesis: ({ lawDependsOnTheta }) => !lawDependsOnTheta,
  conclusion: (instance) => interchanges(instance),
  minimumCoverage: 0.4,
  mutants: [
    { change: "the law of the environment may depend on θ", hypothesis: () => true },
    { change: "E[∇U] with every value of the environment weighted equally", conclusion: (instance) => interchanges(instance, instance.outcomes.map(() => 1 / instance.outcomes.length)) },
  ],
};

// ---- geometry of OP and OE ----

interface GeometryInstance {
  f: SmoothObjective;
  x: number[];
  v: number[];
  /** a positive factor for v */
  c: number;
  /** h(y) = slope·y + wobble·sin y, with h′(f(x)) of either sign */
  slope: number;
  wobble: number;
}

const gradientOf = ({ f, x }: GeometryInstance) => f.gradient(x);
const outerSlope = ({ f, x, slope, wobble }: GeometryInstance) => slope + wobble * Math.cos(f.value(x));
/** ∇(h∘f)(x) by central differences, not by the chain rule. */
const composedGradient = ({ f, x, slope, wobble }: GeometryInstance) => centralGradient((y) => slope * f.value(y) + wobble * Math.sin(f.value(y)), x, 1e-5);

const near = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance;

function geometryHolds(s: GeometryInstance, { opIsScaled = true, chainTolerance = 1e-6 } = {}): boolean {
  const { v, c, f, x } = s;
  const g = gradientOf(s);
  const oe = optimizationEfficiency(v, g);
  const op = optimizationPressure(v, g);
  const phi = angleBetween(v, g);
  // (1) OE is the cosine of the angle, and OP the signed length |v| cos φ of the projection
  const first = near(oe, Math.cos(phi), 1e-12) && oe >= -1 && oe <= 1 && near(op, norm(v) * Math.cos(phi), 1e-12 * (1 + norm(v)));
  // (2) positive multiples of v
  const cv = v.map((vi) => c * vi);
  const second = near(optimizationEfficiency(cv, g), oe, 1e-12) && near(optimizationPressure(cv, g), opIsScaled ? c * op : op, 1e-12 * (1 + c * norm(v)));
  // (3) h∘f with h′(f(x)) > 0; the tolerance covers the error of the central differences
  const composed = composedGradient(s);
  const relative = chainTolerance * (1 + 1e-3 * (1 + Math.abs(f.value(x))) / norm(composed));
  const third = near(optimizationEfficiency(v, composed), oe, relative) && near(optimizationPressure(v, composed), op, relative * (1 + norm(v)));
  // (4) the first-order change along v, also as a difference quotient of f
  const change = dot(v, g);
  const directional = (f.value(addScaled(x, 1e-5, v)) - f.value(addScaled(x, -1e-5, v))) / 2e-5;
  const fourth =
    near(change, op * norm(g), 1e-12 * (1 + norm(v) * norm(g))) && near(change, oe * norm(v) * norm(g), 1e-12 * (1 + norm(v) * norm(g))) && near(directional, change, 1e-6 * (1 + Math.abs(f.value(x))));
  return first && second && third && fourth;
}

const geometry: Claim<GeometryInstance> = {
  check: OE_GEOMETRY_CHECK,
  seed: 2802,
  sample: fc.integer({ min: 1, max: 5 }).chain((d) =>
    fc.record({
      f: smoothObjective(d),
      x: vector(d, 2),
      v: nonZeroVector(d),
      c: fc.oneof(finite(1e-3, 10), fc.constant(1)),
      slope: finite(-1, 3),
      wobble: finite(-2, 2),
    }),
  ),
  hypothesis: (s) => norm(s.v) > 0 && norm(gradientOf(s)) > 1e-3 && s.c > 0 && outerSlope(s) > 0,
  conclusion: (s) => geometryHolds(s),
  minimumCoverage: 0.5,
  mutants: [
    { change: "h′(f(x)) of either sign", hypothesis: (s) => norm(s.v) > 0 && norm(gradientOf(s)) > 1e-3 && s.c > 0 && outerSlope(s) !== 0 },
    { change: "OP unchanged when v is scaled", conclusion: (s) => geometryHolds(s, { opIsScaled: false }) },
    { change: "OP equal to the cosine (as in the source)", conclusion: (s) => near(optimizationPressure(s.v, gradientOf(s)), optimizationEfficiency(s.v, gradientOf(s)), 1e-9) },
  ],
};

export const claims = [gradientInterchange, geometry];
