/**
 * Figure: selecting on a proxy U = V + X with V ~ N(0, 1) and independent error X. The conditional
 * goal E[V | U ≥ t] against the threshold t, integrated numerically for Student-t and Gaussian
 * error of the same scale, with seeded Monte Carlo estimates (± one standard error) where enough
 * sampled pairs pass the threshold.
 */
import * as Plot from "@observablehq/plot";
import { conditionalTails, defaultConditionalTailsControls, MINIMUM_ACCEPTED } from "../../../src/lib/literature/conditionalTails";
import { controlValue, dataTable, seedControl, type FigureData, type FigureDefinition } from "../figure";
import { accent, contrast, cornerNote, endLabel, standardErrorBars } from "../marks";

// the Monte Carlo table is empty when too few sampled pairs pass every threshold
const tableOf = (data: FigureData, name: string) => dataTable(data, "catastrophic-goodhart", name, { allowEmpty: true });

function controlsOf(controls: Record<string, number>) {
  return {
    ...defaultConditionalTailsControls,
    degreesOfFreedom: controlValue(controls, "degreesOfFreedom"),
    errorScale: controlValue(controls, "errorScale"),
    maxThreshold: controlValue(controls, "maxThreshold"),
    seed: controlValue(controls, "seed"),
  };
}

const catastrophicGoodhartFigure: FigureDefinition = {
  name: "catastrophic-goodhart",
  title: "The goal of the items whose proxy passes a threshold, for heavy- and light-tailed error",
  controls: [
    { kind: "range", name: "degreesOfFreedom", label: "Student-t degrees of freedom ν", min: 1, max: 30, step: 1, default: 3 },
    { kind: "range", name: "errorScale", label: "Error scale σ", min: 0.5, max: 3, step: 0.25, default: 1 },
    { kind: "range", name: "maxThreshold", label: "Largest threshold t", min: 10, max: 60, step: 5, default: 20 },
    seedControl(),
  ],

  compute(controls) {
    const { curves, monteCarlo } = conditionalTails(controlsOf(controls));
    return { curves, monteCarlo };
  },

  plot(data) {
    const curves = tableOf(data, "curves");
    const monteCarlo = tableOf(data, "monteCarlo");
    const errorBars = (error: string, colour: string) =>
      standardErrorBars(
        monteCarlo.filter((row) => row["error"] === error),
        { x: "threshold", mean: "mean", standardError: "standardError", colour },
      );
    const label = (column: string, text: string, colour: string) => endLabel(curves, { x: "threshold", y: column, text, colour });
    return {
      marginRight: 70,
      x: { label: "threshold t on the proxy U = U* + X", labelAnchor: "center", labelArrow: "none" },
      y: { label: "E[U* | U ≥ t]", labelArrow: "none", grid: true },
      marks: [
        Plot.ruleY([0], { strokeOpacity: 0.5 }),
        Plot.lineY(curves, { x: "threshold", y: "gaussianGoal", stroke: contrast, strokeWidth: 2 }),
        Plot.lineY(curves, { x: "threshold", y: "studentGoal", stroke: accent, strokeWidth: 2 }),
        errorBars("gaussian", contrast),
        errorBars("studentT", accent),
        Plot.dot(monteCarlo.filter((row) => row["error"] === "gaussian"), { x: "threshold", y: "mean", fill: contrast, r: 2.5, symbol: "square" }),
        Plot.dot(monteCarlo.filter((row) => row["error"] === "studentT"), { x: "threshold", y: "mean", fill: accent, r: 2.5 }),
        label("gaussianGoal", "Gaussian", contrast),
        label("studentGoal", "Student-t", accent),
        cornerNote(`lines: numerical integral\ndots: Monte Carlo ± 1 s.e. (≥ ${MINIMUM_ACCEPTED} pairs)`),
      ],
    };
  },

  describe(data, controls) {
    const curves = tableOf(data, "curves");
    const monteCarlo = tableOf(data, "monteCarlo");
    const last = curves.at(-1)!;
    const peak = curves.reduce((best, row) => (Number(row["studentGoal"]) > Number(best["studentGoal"]) ? row : best));
    const f = (value: unknown) => Number(value).toFixed(2);
    const nu = controlValue(controls, "degreesOfFreedom");
    return (
      `Goal U* standard normal; error of scale ${controlValue(controls, "errorScale")}, Student-t with ν = ${nu} or Gaussian. ` +
      // with a large ν and σ the Student-t curve can still be rising at the largest threshold shown
      (peak === last
        ? `With Student-t error the conditional goal E[U* | U ≥ t] is still rising at the largest threshold shown, to ${f(last["studentGoal"])} at t = ${f(last["threshold"])}; `
        : `With Student-t error the conditional goal E[U* | U ≥ t] peaks at ${f(peak["studentGoal"])} near t = ${f(peak["threshold"])} and falls back to ` +
          `${f(last["studentGoal"])} at t = ${f(last["threshold"])}; `) +
      `with Gaussian error it grows steadily, to ${f(last["gaussianGoal"])}. ` +
      `${monteCarlo.length} Monte Carlo estimates from ${defaultConditionalTailsControls.samples} pairs per law (seed ${controlValue(controls, "seed")}) ` +
      `lie along the integrated curves.`
    );
  },
};

export default catastrophicGoodhartFigure;
