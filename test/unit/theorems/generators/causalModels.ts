/** Random models in standard form (src/lib/theorems/causalGraph.ts) with a proxy, a goal and a node to shift. */
import fc from "fast-check";
import type { EnvironmentRoot, Mechanism, StandardFormModel } from "../../../../src/lib/theorems/causalGraph";
import { finite } from "../arbitraries";

const coefficient = fc.oneof({ arbitrary: finite(-1.5, 1.5), weight: 4 }, { arbitrary: fc.constant(0), weight: 1 });
const weight = fc.oneof({ arbitrary: finite(0.1, 1), weight: 4 }, { arbitrary: fc.constant(0), weight: 1 });

export const environmentRoot: fc.Arbitrary<EnvironmentRoot> = fc.integer({ min: 1, max: 3 }).chain((k) =>
  fc
    .record({
      values: fc.array(finite(-2, 2), { minLength: k, maxLength: k }),
      weightsP: fc.array(weight, { minLength: k, maxLength: k }).filter((w) => w.some((x) => x > 0)),
      weightsQ: fc.array(weight, { minLength: k, maxLength: k }).filter((w) => w.some((x) => x > 0)),
      unchanged: fc.boolean(),
    })
    .map(({ values, weightsP, weightsQ, unchanged }) => ({ values, weightsP, weightsQ: unchanged ? weightsP : weightsQ })),
);

/** A mechanism over some of the allowed nodes (at least one, and always `forced` if given), with random coefficients. */
export const mechanismOver = (allowed: readonly number[], forced?: number): fc.Arbitrary<Mechanism> =>
  fc
    .record({
      mask: fc.array(fc.boolean(), { minLength: allowed.length, maxLength: allowed.length }),
      pick: fc.integer({ min: 0, max: allowed.length - 1 }),
      constant: finite(-1, 1),
      linear: fc.array(coefficient, { minLength: allowed.length, maxLength: allowed.length }),
      saturating: fc.array(coefficient, { minLength: allowed.length, maxLength: allowed.length }),
    })
    .map(({ mask, pick, constant, linear, saturating }) => {
      const chosen = allowed.map((_, k) => k).filter((k) => mask[k] || allowed[k] === (forced ?? allowed[pick]));
      return { parents: chosen.map((k) => allowed[k]!), constant, linear: chosen.map((k) => linear[k]!), saturating: chosen.map((k) => saturating[k]!) };
    });

const below = (index: number) => Array.from({ length: index }, (_, j) => j);

export interface ModelInstance {
  model: StandardFormModel;
  theta: number[];
  proxy: number;
  goal: number;
  /** the node whose equation is shifted, or tested as a cause */
  v: number;
}

/** `objectiveShare` of the shifted nodes v are U or U* (the boundary of the node-effect statements). */
export const modelInstanceOf = (maxSize: number, objectiveShare: number): fc.Arbitrary<ModelInstance> => fc
  .record({ thetaCount: fc.integer({ min: 1, max: 2 }), environment: fc.array(environmentRoot, { minLength: 0, maxLength: 2 }), size: fc.integer({ min: 2, max: maxSize }) })
  .chain(({ thetaCount, environment, size }) => {
    const first = thetaCount + environment.length;
    return fc.record({
      model: fc.tuple(...Array.from({ length: size }, (_, k) => mechanismOver(below(first + k)))).map((mechanisms) => ({ thetaCount, environment, mechanisms })),
      theta: fc.array(finite(-2, 2), { minLength: thetaCount, maxLength: thetaCount }),
      objectives: fc.uniqueArray(fc.integer({ min: first, max: first + size - 1 }), { minLength: 2, maxLength: 2 }),
      v: fc.integer({ min: first, max: first + size - 1 }),
      objectiveChoice: fc.integer({ min: 0, max: 99 }).map((k) => k / 100),
    });
  })
  .map(({ model, theta, objectives, v, objectiveChoice }) => {
    const [proxy, goal] = objectives as [number, number];
    const chosen = objectiveChoice < objectiveShare / 2 ? goal : objectiveChoice < objectiveShare ? proxy : v;
    return { model, theta, proxy, goal, v: chosen };
  });

export const modelInstance = modelInstanceOf(6, 1 / 3);
