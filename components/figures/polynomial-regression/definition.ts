/**
 * Figure: overfitting in the small. A ridge-penalised polynomial fit to noisy samples of sin(πx),
 * drawn over the training and held-out points; or (the panel control) the training and held-out
 * error of the fit at every degree, with the chosen degree marked.
 */
import * as Plot from "@observablehq/plot";
import { maxDegree, polynomialRegression } from "../../../src/lib/experiments/polynomialRegression";
import { controlValue, dataTable, seedControl, type FigureData, type FigureDefinition } from "../figure";
import { accent, contrast, cornerNote, endLabel } from "../marks";

const table = (data: FigureData, name: string) => dataTable(data, "polynomial-regression", name);

const polynomialRegressionFigure: FigureDefinition = {
  name: "polynomial-regression",
  title: "Polynomial regression: training error as a proxy for held-out error",
  controls: [
    { kind: "select", name: "panel", label: "Panel", options: [1, 2], optionLabels: ["fit", "error by degree"], default: 1 },
    { kind: "range", name: "degree", label: "Degree", min: 0, max: maxDegree, step: 1, default: 12 },
    { kind: "range", name: "penalty", label: "Penalty log₁₀ λ", min: -12, max: 2, step: 0.5, default: -8 },
    { kind: "range", name: "points", label: "Training points", min: 5, max: 40, step: 1, default: 15 },
    { kind: "range", name: "noise", label: "Noise σ", min: 0, max: 1, step: 0.05, default: 0.2 },
    seedControl(),
  ],

  compute(controls) {
    const result = polynomialRegression({
      seed: controlValue(controls, "seed"),
      points: controlValue(controls, "points"),
      noise: controlValue(controls, "noise"),
      degree: controlValue(controls, "degree"),
      penalty: controlValue(controls, "penalty"),
    });
    return {
      points: result.points.map((row) => ({ ...row })),
      curve: result.curve.map((row) => ({ ...row })),
      errorByDegree: result.errorByDegree.map((row) => ({ ...row })),
    };
  },

  plot(data, controls) {
    const degree = controlValue(controls, "degree");
    if (controlValue(controls, "panel") === 2) {
      const errors = table(data, "errorByDegree");
      const label = (column: string, text: string, colour: string) =>
        endLabel(errors, { x: "degree", y: column, text, colour });
      return {
        marginRight: 64,
        x: { domain: [0, maxDegree], label: "degree", labelAnchor: "center", labelArrow: "none", ticks: 8 },
        y: { type: "log", label: "mean squared error", labelArrow: "none", grid: true, tickFormat: "~g" },
        marks: [
          Plot.ruleX([degree], { stroke: "currentColor", strokeOpacity: 0.5, strokeDasharray: "4 3" }),
          Plot.text([`degree ${degree}`], { x: degree, frameAnchor: "top", dy: 2, dx: degree > maxDegree / 2 ? -4 : 4, textAnchor: degree > maxDegree / 2 ? "end" : "start", fontSize: 11 }),
          Plot.lineY(errors, { x: "degree", y: "trainingError", stroke: accent, strokeWidth: 2 }),
          Plot.dot(errors, { x: "degree", y: "trainingError", fill: accent, r: 2.5 }),
          Plot.lineY(errors, { x: "degree", y: "heldOutError", stroke: contrast, strokeWidth: 2 }),
          Plot.dot(errors, { x: "degree", y: "heldOutError", fill: contrast, r: 2.5, symbol: "square" }),
          label("trainingError", "training", accent),
          label("heldOutError", "held out", contrast),
        ],
      };
    }
    const points = table(data, "points");
    const curve = table(data, "curve");
    return {
      x: { domain: [-1, 1], label: "x", labelAnchor: "center", labelArrow: "none" },
      y: { domain: [-2, 2], label: "y", labelArrow: "none", grid: true },
      marks: [
        Plot.dot(
          points.filter((row) => row["set"] === "heldOut"),
          { x: "x", y: "y", r: 2, fill: "currentColor", fillOpacity: 0.25, clip: true },
        ),
        Plot.lineY(curve, { x: "x", y: "truth", stroke: "currentColor", strokeOpacity: 0.55, strokeDasharray: "5 4", strokeWidth: 1.5 }),
        Plot.lineY(curve, { x: "x", y: "fitted", stroke: contrast, strokeWidth: 2, clip: true }),
        Plot.dot(
          points.filter((row) => row["set"] === "training"),
          { x: "x", y: "y", r: 3.5, fill: accent, clip: true },
        ),
        cornerNote(`degree ${degree} fit (red), sin(πx) (dashed)\nblue: training, grey: held out`),
      ],
    };
  },

  describe(data, controls) {
    const errors = table(data, "errorByDegree");
    const degree = controlValue(controls, "degree");
    const chosen = errors.find((row) => row["degree"] === degree)!;
    const bestHeldOut = errors.reduce((best, row) => (Number(row["heldOutError"]) < Number(best["heldOutError"]) ? row : best));
    const bestTraining = errors.reduce((best, row) => (Number(row["trainingError"]) < Number(best["trainingError"]) ? row : best));
    const f = (value: unknown) => Number(value).toPrecision(3);
    const panel = controlValue(controls, "panel") === 2 ? "training and held-out error against degree" : "the fitted polynomial over the data";
    return (
      `Shown: ${panel}. A degree-${degree} polynomial with penalty λ = 10^${controlValue(controls, "penalty")} fitted to ` +
      `${controlValue(controls, "points")} noisy samples of sin(πx) (noise ${controlValue(controls, "noise")}, seed ${controlValue(controls, "seed")}) ` +
      `has training error ${f(chosen["trainingError"])} and held-out error ${f(chosen["heldOutError"])}. ` +
      `Across degrees 0–${maxDegree} the training error is lowest at degree ${bestTraining["degree"]} (${f(bestTraining["trainingError"])}) ` +
      `but the held-out error is lowest at degree ${bestHeldOut["degree"]} (${f(bestHeldOut["heldOutError"])}).`
    );
  },
};

export default polynomialRegressionFigure;
