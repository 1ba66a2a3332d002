/**
 * Figure: the one-step condition. Gradient ascent on a quadratic proxy Ū, watched by a concave
 * quadratic goal Ū* with smoothness constant L: the path over the contour lines of Ū*, or (the
 * panel control) each step's OE against the theorem's threshold (αL/2)·|∇Ū|/|∇Ū*| and against
 * the exact break-even OE. Above the threshold Ū* is guaranteed to rise; between the two it
 * rises anyway, because the bound is sufficient, not necessary (the gap closes at κ = 1).
 */
import * as Plot from "@observablehq/plot";
import type { PlotOptions } from "@observablehq/plot";
import { stepConditionExperiment, type Quadratic } from "../../../src/lib/experiments/stepCondition";
import { controlValue, dataTable, type FigureData, type FigureDefinition, type Row } from "../figure";
import { accent, contrast, cornerNote } from "../marks";

/** Contour levels of Ū*: −0.05·2^k. */
const contourLevels = Array.from({ length: 11 }, (_, k) => -0.05 * 2 ** k);
const contourPoints = 72;

/** Points on the ellipse Ū* = level, a closed loop. */
function contour(goal: Quadratic, level: number): { level: number; theta1: number; theta2: number }[] {
  const [m11, m12, m22] = goal.matrix;
  const mean = (m11 + m22) / 2;
  const radius = Math.hypot((m11 - m22) / 2, m12);
  const stiff = mean + radius;
  const flat = mean - radius;
  const angle = 0.5 * Math.atan2(2 * m12, m11 - m22);
  const [c, s] = [Math.cos(angle), Math.sin(angle)];
  const scale = Math.sqrt(-2 * level);
  return Array.from({ length: contourPoints + 1 }, (_, i) => {
    const t = (2 * Math.PI * i) / contourPoints;
    const u = (scale * Math.cos(t)) / Math.sqrt(stiff);
    const v = (scale * Math.sin(t)) / Math.sqrt(flat);
    return { level, theta1: goal.centre[0] + u * c - v * s, theta2: goal.centre[1] + u * s + v * c };
  });
}

const table = (data: FigureData, name: string) => dataTable(data, "step-condition", name);

function counts(data: FigureData) {
  const steps = table(data, "steps");
  const held = steps.filter((row) => row["conditionHeld"] === true).length;
  const rose = steps.filter((row) => row["goalRose"] === true).length;
  const roseWithout = steps.filter((row) => row["goalRose"] === true && row["conditionHeld"] !== true).length;
  const firstFailure = steps.find((row) => row["conditionHeld"] !== true);
  const firstFall = steps.find((row) => row["goalRose"] !== true);
  // a step where the condition held and Ū* fell would contradict the theorem
  const heldButFell = steps.filter((row) => row["conditionHeld"] === true && row["goalRose"] !== true).length;
  return { steps, held, rose, roseWithout, heldButFell, firstFailure, firstFall };
}

const stepConditionFigure: FigureDefinition = {
  name: "step-condition",
  title: "The one-step condition: when does a step on the proxy raise the goal?",
  controls: [
    { kind: "select", name: "panel", label: "Panel", options: [1, 2], optionLabels: ["path", "OE and threshold"], default: 1 },
    { kind: "range", name: "logStepSize", label: "Step size log₁₀ α", min: -2, max: 0.5, step: 0.05, default: -0.3 },
    { kind: "select", name: "conditionNumber", label: "Goal's condition number κ", options: [1, 2, 4, 8, 16], default: 8 },
    { kind: "range", name: "steps", label: "Steps", min: 10, max: 100, step: 5, default: 40 },
  ],

  compute(controls) {
    const stepSize = 10 ** controlValue(controls, "logStepSize");
    const run = stepConditionExperiment({
      stepSize,
      steps: controlValue(controls, "steps"),
      goalConditionNumber: controlValue(controls, "conditionNumber"),
    });
    const { instance } = run;
    return {
      path: run.points.map((point) => {
        const step = run.steps[point.step];
        return { ...point, outcome: step === undefined ? "end" : step.goalRose ? "rose" : "fell" };
      }),
      steps: run.steps.map((step) => ({ ...step })),
      optima: [
        { name: "goal", label: "max Ū*", theta1: instance.goal.centre[0], theta2: instance.goal.centre[1] },
        { name: "proxy", label: "max Ū", theta1: instance.proxy.centre[0], theta2: instance.proxy.centre[1] },
      ],
      contours: contourLevels.flatMap((level) => contour(instance.goal, level)),
      summary: [{ stepSize, smoothness: run.smoothness, conditionNumber: controlValue(controls, "conditionNumber") }],
    };
  },

  plot(data, controls) {
    const { held, rose } = counts(data);
    const stepSize = 10 ** controlValue(controls, "logStepSize");
    const readout = `α = ${stepSize.toPrecision(2)}: condition held ${held}, Ū* rose ${rose} of ${table(data, "steps").length}`;
    if (controlValue(controls, "panel") === 2) {
      const steps = table(data, "steps");
      const highest = Math.max(1, ...steps.map((row) => Number(row["optimizationEfficiency"])));
      return {
        x: { label: "step t", labelAnchor: "center", labelArrow: "none" },
        y: { domain: [-1, Math.min(1.6, highest + 0.6)], label: "OE of the step on Ū*", labelArrow: "none", grid: true },
        marks: [
          Plot.ruleY([0], { strokeOpacity: 0.5 }),
          Plot.lineY(steps, { x: "step", y: "breakEven", stroke: accent, strokeDasharray: "5 3", strokeWidth: 1.75, clip: true }),
          Plot.lineY(steps, { x: "step", y: "threshold", stroke: accent, strokeWidth: 2, clip: true }),
          Plot.lineY(steps, { x: "step", y: "optimizationEfficiency", stroke: "currentColor", strokeWidth: 2 }),
          Plot.dot(
            steps.filter((row) => row["goalRose"] !== true),
            { x: "step", y: "optimizationEfficiency", fill: contrast, r: 3.5 },
          ),
          cornerNote(`${readout}\nblack: OE · blue: threshold (αL/2)|∇Ū|/|∇Ū*|\ndashed: break-even · red dots: Ū* fell`),
        ],
      };
    }
    const path = table(data, "path");
    const optima = table(data, "optima");
    const xs = [...path, ...optima].map((row) => Number(row["theta1"]));
    const ys = [...path, ...optima].map((row) => Number(row["theta2"]));
    const pad = 0.8;
    // room above the path for the readout; and the x range at least 1.4 times the y range, so
    // that with equal units the plot is wider than tall
    const y = [Math.min(...ys) - pad, Math.max(...ys) + 2.2 * pad] as const;
    const xCentre = (Math.min(...xs) + Math.max(...xs)) / 2;
    const xHalf = Math.max((Math.max(...xs) - Math.min(...xs)) / 2 + pad, 0.7 * (y[1] - y[0]));
    const options: PlotOptions = {
      aspectRatio: 1,
      x: { domain: [xCentre - xHalf, xCentre + xHalf], label: "θ₁", labelAnchor: "center", labelArrow: "none" },
      y: { domain: y, label: "θ₂", labelArrow: "none" },
      marks: [
        Plot.line(table(data, "contours"), { x: "theta1", y: "theta2", z: "level", stroke: "currentColor", strokeOpacity: 0.22, clip: true }),
        Plot.line(path, { x: "theta1", y: "theta2", stroke: "currentColor", strokeOpacity: 0.7, strokeWidth: 1.25 }),
        Plot.dot(path, {
          x: "theta1",
          y: "theta2",
          r: 3,
          fill: (row: Row) => (row["outcome"] === "fell" ? contrast : row["outcome"] === "rose" ? accent : "currentColor"),
        }),
        Plot.dot(optima, { x: "theta1", y: "theta2", symbol: "star", r: 6, fill: (row: Row) => (row["name"] === "goal" ? contrast : accent) }),
        Plot.text(optima, { x: "theta1", y: "theta2", text: "label", dx: 10, textAnchor: "start", fontSize: 12, fontWeight: "bold" }),
        Plot.text([path[0]!], { x: "theta1", y: "theta2", text: () => "start", dy: -10, fontSize: 11 }),
        cornerNote(`${readout}\nblue: Ū* rose at the step; red: it fell`),
      ],
    };
    return options;
  },

  describe(data, controls) {
    const { steps, held, rose, roseWithout, heldButFell, firstFailure, firstFall } = counts(data);
    const summary = table(data, "summary")[0]!;
    const stepSize = Number(summary["stepSize"]);
    const negative = steps.filter((row) => Number(row["optimizationEfficiency"]) < 0).length;
    const panel = controlValue(controls, "panel") === 2 ? "OE per step against the threshold" : "the path over the contour lines of Ū*";
    return (
      `Shown: ${panel}. Gradient ascent on the proxy Ū with step size α = ${stepSize.toPrecision(3)}, ` +
      `the goal's smoothness L = ${Number(summary["smoothness"]).toFixed(2)} and condition number κ = ${summary["conditionNumber"]}. ` +
      `Ū* rose in ${rose} of ${steps.length} steps; the condition OE > (αL/2)·|∇Ū|/|∇Ū*| held in ${held}, ` +
      (heldButFell === 0 ? `and Ū* rose at every one of them, as the theorem guarantees; ` : `yet Ū* fell at ${heldButFell} of them; `) +
      `Ū* also rose at ${roseWithout} steps where the condition failed. ` +
      (firstFailure ? `The guarantee first fails at step ${firstFailure["step"]}` : "The guarantee never fails") +
      (firstFall ? `; Ū* first falls at step ${firstFall["step"]}` : "; Ū* never falls") +
      `. OE is negative at ${negative} steps, once the path has passed the goal's optimum on the way to the proxy's.`
    );
  },
};

export default stepConditionFigure;
