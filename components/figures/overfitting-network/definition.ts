/**
 * Figure: overfitting as Goodhart's law. A small tanh network is trained by gradient descent on
 * ten noisy points (the proxy) and tested on a hundred fresh ones (the goal). Per epoch: the two
 * losses, the lengths of the two gradients, and the angle between them, with 90° marked: above
 * it a training step raises the test loss. One panel at a time (the panel control), so each
 * stays legible on a phone.
 */
import * as Plot from "@observablehq/plot";
import type { PlotOptions } from "@observablehq/plot";
import { trainOverfittingNetwork } from "../../../src/lib/experiments/overfittingNetwork";
import { controlValue, dataTable, seedControl, type FigureData, type FigureDefinition, type Row } from "../figure";
import { accent, contrast, endLabel } from "../marks";

const panels = { losses: 1, gradients: 2, angle: 3 } as const;

type Series = { column: string; label: string; colour: string };

/** Two series of the epochs table as lines, each labelled at its last point. */
function labelledLines(rows: readonly Row[], series: readonly Series[]) {
  return series.flatMap(({ column, label, colour }) => [
    Plot.lineY(rows, { x: "epoch", y: column, stroke: colour, strokeWidth: 2 }),
    endLabel(rows, { x: "epoch", y: column, text: label, colour, dx: 5 }),
  ]);
}

const epochsOf = (data: FigureData) => dataTable(data, "overfitting-network", "epochs");

const overfittingNetworkFigure: FigureDefinition = {
  name: "overfitting-network",
  title: "Training a network: training and test loss, their gradients and the angle between them",
  controls: [
    { kind: "select", name: "panel", label: "Panel", options: [1, 2, 3], optionLabels: ["loss", "gradient lengths", "angle"], default: 1 },
    seedControl(),
    { kind: "range", name: "noise", label: "Noise σ", min: 0, max: 2, step: 0.1, default: 0.5 },
    { kind: "range", name: "learningRate", label: "Learning rate", min: 0.005, max: 0.05, step: 0.005, default: 0.03 },
    { kind: "range", name: "epochs", label: "Epochs", min: 20, max: 500, step: 20, default: 200 },
    { kind: "select", name: "width", label: "Hidden units", options: [5, 10, 20, 50, 100], default: 50 },
  ],

  compute(controls) {
    const epochs = trainOverfittingNetwork({
      seed: controlValue(controls, "seed"),
      noise: controlValue(controls, "noise"),
      learningRate: controlValue(controls, "learningRate"),
      epochs: controlValue(controls, "epochs"),
      width: controlValue(controls, "width"),
    });
    return { epochs: epochs.map((row) => ({ ...row })) };
  },

  plot(data, controls) {
    const rows = epochsOf(data);
    const panel = controlValue(controls, "panel");
    const x = { label: "epoch", labelAnchor: "center", labelArrow: "none" } as const;
    const common: PlotOptions = { marginRight: 78, marginLeft: 52, x };
    if (panel === panels.gradients) {
      return {
        ...common,
        y: { type: "log", label: "gradient length |∇|", labelArrow: "none", grid: true, tickFormat: "~g" },
        marks: labelledLines(rows, [
          { column: "trainingGradientNorm", label: "|∇ training|", colour: accent },
          { column: "testGradientNorm", label: "|∇ test|", colour: contrast },
        ]),
      };
    }
    if (panel === panels.angle) {
      return {
        ...common,
        y: { domain: [0, 180], ticks: [0, 45, 90, 135, 180], label: "angle between ∇ training and ∇ test (°)", labelArrow: "none", grid: true },
        marks: [
          // above 90° a training step raises the test loss
          Plot.rect([{ y1: 90, y2: 180 }], { y1: "y1", y2: "y2", fill: contrast, fillOpacity: 0.08 }),
          Plot.ruleY([90], { stroke: contrast, strokeDasharray: "5 4" }),
          Plot.text(["90°: test loss rises above"], { frameAnchor: "top-right", dy: 4, dx: -4, fill: contrast, fontSize: 11 }),
          Plot.lineY(rows, { x: "epoch", y: "gradientAngleDegrees", stroke: "currentColor", strokeWidth: 1.75 }),
        ],
      };
    }
    return {
      ...common,
      y: { type: "log", label: "mean squared error", labelArrow: "none", grid: true, tickFormat: "~g" },
      marks: labelledLines(rows, [
        { column: "trainingLoss", label: "training", colour: accent },
        { column: "testLoss", label: "test", colour: contrast },
      ]),
    };
  },

  describe(data, controls) {
    const rows = epochsOf(data);
    const first = rows[0]!;
    const last = rows.at(-1)!;
    const bestTest = rows.reduce((best, row) => (Number(row["testLoss"]) < Number(best["testLoss"]) ? row : best));
    const obtuse = rows.filter((row) => Number(row["gradientAngleDegrees"]) > 90).length;
    const firstObtuse = rows.find((row) => Number(row["gradientAngleDegrees"]) > 90);
    const f = (value: unknown) => Number(value).toPrecision(3);
    const panel = ["training and test loss", "gradient lengths", "angle between the gradients"][controlValue(controls, "panel") - 1];
    return (
      `Shown: ${panel}. Over ${last["epoch"]} epochs the training loss falls from ${f(first["trainingLoss"])} to ${f(last["trainingLoss"])}; ` +
      `the test loss goes from ${f(first["testLoss"])} to a minimum of ${f(bestTest["testLoss"])} at epoch ${bestTest["epoch"]} and ends at ${f(last["testLoss"])}. ` +
      `The training gradient's length ends at ${f(last["trainingGradientNorm"])}, the test gradient's at ${f(last["testGradientNorm"])}. ` +
      `The angle between them exceeds 90° (so a training step raises the test loss) in ${obtuse} of ${rows.length} epochs` +
      (firstObtuse ? `, first at epoch ${firstObtuse["epoch"]}; it ends at ${Number(last["gradientAngleDegrees"]).toFixed(1)}°.` : ".")
    );
  },
};

export default overfittingNetworkFigure;
