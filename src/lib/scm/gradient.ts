/**
 * Gradients of expectations with respect to θ by central finite differences. Because the
 * expectation is estimated on fixed environment samples (common random numbers), it is a smooth
 * function of θ and the differences carry no sampling noise.
 */
import { meanSlots, thetaVector, interventionTable, type EnvironmentSamples, type InterventionTable, type Interventions, type Theta } from "./evaluate";
import type { Model } from "./model";

/** The relative finite-difference step: h_i = RELATIVE_STEP · max(1, |θ_i|). */
export const RELATIVE_STEP = 1e-5;

/** The means of every slot at θ and the derivative of each mean with respect to each parameter. */
export type MeanJacobian = {
  readonly means: Float64Array;
  /** `jacobian[p][s]` = ∂ mean(slot s) / ∂θ_p. */
  readonly jacobian: readonly Float64Array[];
};

/** Means and their θ-derivatives for every slot: 2·|θ| + 1 Monte Carlo passes. */
export function meanJacobian(model: Model, theta: ArrayLike<number>, samples: EnvironmentSamples, table: InterventionTable | null = null): MeanJacobian {
  const means = meanSlots(model, theta, samples, table);
  const shifted = Float64Array.from(theta);
  const jacobian = model.parameterNames.map((_, p) => {
    const h = RELATIVE_STEP * Math.max(1, Math.abs(theta[p]!));
    shifted[p] = theta[p]! + h;
    const up = meanSlots(model, shifted, samples, table);
    shifted[p] = theta[p]! - h;
    const down = meanSlots(model, shifted, samples, table);
    shifted[p] = theta[p]!;
    const row = new Float64Array(model.slots.length);
    for (let s = 0; s < row.length; s++) row[s] = (up[s]! - down[s]!) / (2 * h);
    return row;
  });
  return { means, jacobian };
}

/** The gradient ∇θ of the expectation of a slot, from a Jacobian. */
export function slotGradient(result: MeanJacobian, slot: number): number[] {
  return result.jacobian.map((row) => row[slot]!);
}

/** ∇θ of the expectation of each named variable at θ (e.g. `gradients(m, θ, s, ["reward"])`). */
export function gradients(model: Model, theta: Theta, samples: EnvironmentSamples, names: readonly string[], interventions?: Interventions): Record<string, number[]> {
  const result = meanJacobian(model, thetaVector(model, theta), samples, interventionTable(model, interventions));
  return Object.fromEntries(
    names.map((name) => {
      const slot = model.slotOf.get(name);
      if (slot === undefined) throw new RangeError(`model "${model.name}": no variable "${name}"`);
      return [name, slotGradient(result, slot)];
    }),
  );
}
