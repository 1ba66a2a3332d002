/**
 * Figure: selection weakens the proxy–goal correlation. Among the points whose proxy clears its
 * q-quantile, the correlation of proxy and goal, against q: Gaussian error (Monte Carlo, with the
 * truncated-normal closed form) and Student-t error of the same standard deviation.
 */
import * as Plot from "@observablehq/plot";
import { selectionCorrelation } from "../../../src/lib/experiments/selectionCorrelation";
import { controlValue, dataTable, seedControl, type FigureData, type FigureDefinition } from "../figure";
import { accent, contrast } from "../marks";

const rowsOf = (data: FigureData) => dataTable(data, "selection-correlation", "correlation");

const selectionCorrelationFigure: FigureDefinition = {
  name: "selection-correlation",
  title: "Correlation of proxy and goal among the selected points",
  controls: [
    { kind: "range", name: "degreesOfFreedom", label: "Student-t ν", min: 2.5, max: 30, step: 0.5, default: 3 },
    { kind: "range", name: "errorScale", label: "Error scale σ", min: 0.25, max: 3, step: 0.25, default: 1 },
    { kind: "select", name: "samples", label: "Samples", options: [2000, 5000, 10000, 20000], default: 10000 },
    seedControl(),
  ],

  compute(controls) {
    const rows = selectionCorrelation({
      seed: controlValue(controls, "seed"),
      samples: controlValue(controls, "samples"),
      errorScale: controlValue(controls, "errorScale"),
      degreesOfFreedom: controlValue(controls, "degreesOfFreedom"),
    });
    return { correlation: rows.map((row) => ({ ...row })) };
  },

  plot(data) {
    const rows = rowsOf(data);
    return {
      x: { domain: [0, 1], label: "selection quantile q (top 1 − q kept)", labelAnchor: "center", labelArrow: "none" },
      y: { label: "correlation of U and U* among the kept", labelArrow: "none", grid: true },
      marks: [
        Plot.ruleY([0], { strokeOpacity: 0.5 }),
        Plot.lineY(rows, { x: "quantile", y: "gaussianClosedForm", stroke: "currentColor", strokeOpacity: 0.7, strokeDasharray: "5 3", strokeWidth: 1.5 }),
        Plot.dot(rows, { x: "quantile", y: "gaussianCorrelation", fill: accent, r: 2 }),
        Plot.lineY(rows, { x: "quantile", y: "heavyTailedCorrelation", stroke: contrast, strokeWidth: 2 }),
        ...(
          [
            ["blue dots: Gaussian error", accent],
            ["dashed: its closed form", "currentColor"],
            ["red: Student-t error", contrast],
          ] as const
        ).map(([text, colour], i) => Plot.text([text], { frameAnchor: "bottom-left", dx: 6, dy: -6 - 15 * (2 - i), fill: colour, fontSize: 11 })),
      ],
    };
  },

  describe(data, controls) {
    const rows = rowsOf(data);
    const first = rows[0]!;
    const at = (q: number) => rows.find((row) => Math.abs(Number(row["quantile"]) - q) < 1e-9) ?? rows.at(-1)!;
    const f = (value: unknown) => Number(value).toFixed(2);
    const points = [0.5, 0.9, 0.99].map(
      (q) =>
        `at q = ${q} (${at(q)["selectedCount"]} points kept) ${f(at(q)["gaussianCorrelation"])} Gaussian against the closed form ` +
        `${f(at(q)["gaussianClosedForm"])}, and ${f(at(q)["heavyTailedCorrelation"])} Student-t`,
    );
    return (
      `${controlValue(controls, "samples")} points with error scale ${controlValue(controls, "errorScale")} ` +
      `(Student-t with ν = ${controlValue(controls, "degreesOfFreedom")}, seed ${controlValue(controls, "seed")}). ` +
      `Without selection the correlation is ${f(first["gaussianCorrelation"])} (Gaussian) and ${f(first["heavyTailedCorrelation"])} (Student-t); ` +
      `${points.join("; ")}.`
    );
  },
};

export default selectionCorrelationFigure;
