import { describe, expect, it } from "vitest";
import { standardNormal, uniformSource } from "../../../src/lib/random";
import {
  defaultOverfittingNetworkControls,
  initialState,
  lossAndGradient,
  parameterCount,
  predict,
  trainOverfittingNetwork,
  type OverfittingNetworkControls,
} from "../../../src/lib/experiments/overfittingNetwork";
import { meanSquaredError } from "../../../src/lib/experiments/statistics";

describe("network gradients", () => {
  it("match central finite differences to a relative error below 1e-5", () => {
    const width = 7;
    const { training } = initialState({ seed: 3, noise: 0.5, width });
    const normal = standardNormal(uniformSource(99));
    const parameters = Float64Array.from({ length: parameterCount(width) }, () => normal());
    const gradient = new Float64Array(parameters.length);
    lossAndGradient(parameters, width, training, gradient);
    const scratch = new Float64Array(parameters.length);
    const step = 1e-6;
    for (let k = 0; k < parameters.length; k++) {
      const shifted = Float64Array.from(parameters);
      shifted[k]! += step;
      const above = lossAndGradient(shifted, width, training, scratch);
      shifted[k]! -= 2 * step;
      const below = lossAndGradient(shifted, width, training, scratch);
      const numerical = (above - below) / (2 * step);
      const scale = Math.max(Math.abs(numerical), Math.abs(gradient[k]!), 1e-3);
      expect(Math.abs(numerical - gradient[k]!) / scale).toBeLessThan(1e-5);
    }
  });

  it("report the same loss as predicting and taking the mean squared error", () => {
    const { training, parameters } = initialState({ seed: 4, noise: 0.5, width: 50 });
    const loss = lossAndGradient(parameters, 50, training, new Float64Array(parameters.length));
    expect(loss).toBeCloseTo(meanSquaredError(predict(parameters, 50, training.x), training.y), 12);
  });
});

describe("training run", () => {
  const run = (overrides: Partial<OverfittingNetworkControls> = {}) =>
    trainOverfittingNetwork({ ...defaultOverfittingNetworkControls, ...overrides });

  it("records every epoch from 0 and drives the training loss and its gradient down", () => {
    const rows = run();
    expect(rows).toHaveLength(defaultOverfittingNetworkControls.epochs + 1);
    expect(rows[0]!.epoch).toBe(0);
    const first = rows[0]!;
    const last = rows.at(-1)!;
    expect(last.trainingLoss).toBeLessThan(first.trainingLoss / 5);
    expect(last.trainingGradientNorm).toBeLessThan(first.trainingGradientNorm / 20);
    // the training set is fitted below its noise level (0.5² = 0.25) while the test set is not
    expect(last.trainingLoss).toBeLessThan(0.25);
    expect(last.testLoss).toBeGreaterThan(last.trainingLoss);
    for (const row of rows) {
      expect(row.gradientAngleDegrees).toBeGreaterThanOrEqual(0);
      expect(row.gradientAngleDegrees).toBeLessThanOrEqual(180);
    }
  });

  it("starts with training and test gradients in roughly the same direction", () => {
    // both losses are dominated by the same systematic misfit at initialisation
    for (const seed of [1, 2, 3, 4, 5]) expect(run({ seed, epochs: 1 })[0]!.gradientAngleDegrees).toBeLessThan(60);
  });

  it("is deterministic for a seed, and the width changes only the network, not the data", () => {
    expect(run({ epochs: 20 })).toEqual(run({ epochs: 20 }));
    expect(run({ epochs: 20, seed: 2 })).not.toEqual(run({ epochs: 20 }));
    const narrow = initialState({ seed: 6, noise: 0.5, width: 5 });
    const wide = initialState({ seed: 6, noise: 0.5, width: 80 });
    expect(wide.training).toEqual(narrow.training);
    expect(wide.test).toEqual(narrow.test);
  });

  it("has no noise to fit when noise is 0, so the test loss keeps falling with the training loss", () => {
    const rows = run({ noise: 0, epochs: 100 });
    expect(rows.at(-1)!.testLoss).toBeLessThan(rows[0]!.testLoss / 10);
  });

  it("validates the controls, naming the field and range", () => {
    expect(() => run({ width: 0 })).toThrow(/width must be an integer in \[1, 500\], got 0/);
    expect(() => run({ learningRate: 5 })).toThrow(/learningRate must be a number in \[0.0001, 2\], got 5/);
    expect(() => run({ epochs: 2.5 })).toThrow(/epochs must be an integer/);
  });
});
