/**
 * Figure: regressional Goodhart. The best of n candidates by the proxy U = U* + error: Monte
 * Carlo means (± one standard error) of the selected item's U and U* against n, or against the
 * KL divergence log n − (n − 1)/n of best-of-n selection, with the closed forms for Gaussian error.
 */
import * as Plot from "@observablehq/plot";
import {
  defaultRegressionalSelectionControls,
  errorDistributions,
  regressionalSelection,
} from "../../../src/lib/experiments/regressionalSelection";
import { controlValue, dataTable, seedControl, type FigureData, type FigureDefinition } from "../figure";
import { accent, contrast, cornerNote, endLabel, standardErrorBars } from "../marks";

const distributionNames = ["Gaussian", "Student-t (ν = 3)", "Pareto (α = 2)"] as const;

const rowsOf = (data: FigureData) => dataTable(data, "regressional-selection", "selection");

const regressionalSelectionFigure: FigureDefinition = {
  name: "regressional-selection",
  title: "Best-of-n selection on a noisy proxy: expected proxy and goal of the winner",
  controls: [
    { kind: "select", name: "distribution", label: "Error", options: [0, 1, 2], optionLabels: ["Gaussian", "Student-t", "Pareto"], default: 0 },
    { kind: "range", name: "errorScale", label: "Error scale σ", min: 0.25, max: 3, step: 0.25, default: 1 },
    seedControl(),
    { kind: "select", name: "axis", label: "x axis", options: [0, 1], optionLabels: ["candidates n", "KL divergence"], default: 0 },
  ],

  compute(controls) {
    const code = controlValue(controls, "distribution");
    const errorDistribution = errorDistributions[code];
    if (errorDistribution === undefined) throw new RangeError(`figure "regressional-selection": no error distribution ${code}`);
    const rows = regressionalSelection({
      ...defaultRegressionalSelectionControls,
      seed: controlValue(controls, "seed"),
      errorDistribution,
      errorScale: controlValue(controls, "errorScale"),
    });
    return { selection: rows };
  },

  plot(data, controls) {
    const rows = rowsOf(data);
    const byKl = controlValue(controls, "axis") === 1;
    const x = byKl ? "klDivergence" : "candidates";
    const closedForm = rows[0]?.["goalClosedForm"] !== undefined;
    const band = (mean: string, standardError: string, colour: string) => standardErrorBars(rows, { x, mean, standardError, colour });
    const label = (column: string, text: string, colour: string) => endLabel(rows, { x, y: column, text, colour });
    return {
      marginRight: 40,
      x: byKl
        ? { label: "KL divergence log n − (n − 1)/n (nats)", labelAnchor: "center", labelArrow: "none" }
        : { type: "log", label: "candidates n", labelAnchor: "center", labelArrow: "none", tickFormat: "~g" },
      y: { label: "expected value of the selected item", labelArrow: "none", grid: true },
      marks: [
        Plot.ruleY([0], { strokeOpacity: 0.5 }),
        ...(closedForm
          ? [
              Plot.lineY(rows, { x, y: "proxyClosedForm", stroke: accent, strokeOpacity: 0.6, strokeDasharray: "5 3" }),
              Plot.lineY(rows, { x, y: "goalClosedForm", stroke: contrast, strokeOpacity: 0.6, strokeDasharray: "5 3" }),
            ]
          : []),
        band("proxyMean", "proxyStandardError", accent),
        band("goalMean", "goalStandardError", contrast),
        Plot.dot(rows, { x, y: "proxyMean", fill: accent, r: 2.5 }),
        Plot.dot(rows, { x, y: "goalMean", fill: contrast, r: 2.5, symbol: "square" }),
        label("proxyMean", "U", accent),
        label("goalMean", "U*", contrast),
        cornerNote(closedForm ? "dots: Monte Carlo ± 1 s.e.\ndashed: closed form" : "dots: Monte Carlo ± 1 s.e."),
      ],
    };
  },

  describe(data, controls) {
    const rows = rowsOf(data);
    const last = rows.at(-1)!;
    const f = (value: unknown) => Number(value).toFixed(2);
    const distribution = distributionNames[controlValue(controls, "distribution")] ?? "unknown";
    const peak = rows.reduce((best, row) => (Number(row["goalMean"]) > Number(best["goalMean"]) ? row : best));
    const closed =
      last["goalClosedForm"] !== undefined
        ? ` The closed forms at n = ${last["candidates"]} are ${f(last["proxyClosedForm"])} for U and ${f(last["goalClosedForm"])} for U*.`
        : "";
    return (
      `${distribution} error of scale ${controlValue(controls, "errorScale")}, seed ${controlValue(controls, "seed")}, ` +
      `${defaultRegressionalSelectionControls.trials} selections per n, n from 1 to ${last["candidates"]} ` +
      `(KL divergence up to ${f(last["klDivergence"])} nats). At n = ${last["candidates"]} the winner's proxy U averages ` +
      `${f(last["proxyMean"])} ± ${f(last["proxyStandardError"])} but its goal U* only ${f(last["goalMean"])} ± ${f(last["goalStandardError"])}; ` +
      `the largest mean U* is ${f(peak["goalMean"])} at n = ${peak["candidates"]}.${closed}`
    );
  },
};

export default regressionalSelectionFigure;
