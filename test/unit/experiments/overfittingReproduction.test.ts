// The numbers the step-condition page reports about reproducing the source's overfitting
// experiment: 30 seeds at the figure's default settings, scored by the criteria stated there.
import { describe, expect, it } from "vitest";
import { defaultOverfittingNetworkControls, trainOverfittingNetwork } from "../../../src/lib/experiments/overfittingNetwork";

const seeds = Array.from({ length: 30 }, (_, i) => i + 1);
const runs = seeds.map((seed) => trainOverfittingNetwork({ ...defaultOverfittingNetworkControls, seed }));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const count = (predicate: (run: (typeof runs)[number]) => boolean) => runs.filter(predicate).length;

describe("reproducing the source's overfitting observations (30 seeds, default settings)", () => {
  it("the angle between training and test gradients starts below 90° in every seed", () => {
    expect(count((run) => run[0]!.gradientAngleDegrees < 90)).toBe(30);
  });

  it("the training gradient vanishes while the test gradient stays large in 27 seeds", () => {
    expect(
      count((run) => {
        const last = run.at(-1)!;
        const secondHalf = run.slice(Math.floor(run.length / 2)).map((row) => row.testGradientNorm);
        return last.trainingGradientNorm < 0.05 * run[0]!.trainingGradientNorm && median(secondHalf) >= 10 * last.trainingGradientNorm;
      }),
    ).toBe(27);
  });

  it("the test loss bottoms out between epochs 5 and 20 and ends at least 5% higher in 10 seeds", () => {
    expect(
      count((run) => {
        const best = run.reduce((min, row) => (row.testLoss < min.testLoss ? row : min));
        return best.epoch >= 5 && best.epoch <= 20 && run.at(-1)!.testLoss >= 1.05 * best.testLoss;
      }),
    ).toBe(10);
  });

  it("the angle first exceeds 90° between epochs 5 and 20 in 13 seeds, and settles just above 90° in 14", () => {
    expect(
      count((run) => {
        const first = run.find((row) => row.gradientAngleDegrees > 90);
        return first !== undefined && first.epoch >= 5 && first.epoch <= 20;
      }),
    ).toBe(13);
    expect(
      count((run) => {
        const late = run.filter((row) => row.epoch >= 20).map((row) => row.gradientAngleDegrees);
        const mean = late.reduce((sum, angle) => sum + angle, 0) / late.length;
        return mean > 90 && mean < 100 && late.filter((angle) => angle > 90).length >= late.length / 2;
      }),
    ).toBe(14);
  });
});
