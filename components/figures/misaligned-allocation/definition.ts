/**
 * Figure: a proxy that counts J of L attributes, optimised by projected gradient ascent under a
 * shared budget (src/lib/literature/resourceAllocation.ts). Panel 1: the proxy U and the goal U*
 * per step, with the limits the closed form predicts dashed and the steps whose efficiency on the
 * goal is negative shaded; panel 2: the value of a mentioned and of an unmentioned attribute.
 */
import * as Plot from "@observablehq/plot";
import {
  defaultMisalignedAllocationControls,
  goalOptimum,
  misalignedAllocation,
  proxyOptimum,
} from "../../../src/lib/literature/resourceAllocation";
import { negativeIntervals } from "../../../src/lib/experiments/extremalProxy";
import { controlValue, dataTable, type FigureData, type FigureDefinition, type Row } from "../figure";
import { accent, contrast, endLabel, stepBands } from "../marks";

// harmfulSteps and limits may be empty (no harmful step; a proxy that mentions nothing)
const table = (data: FigureData, name: string) => dataTable(data, "misaligned-allocation", name, { allowEmpty: true });

const misalignedAllocationFigure: FigureDefinition = {
  name: "misaligned-allocation",
  title: "A proxy over J of L attributes, optimised under a budget",
  controls: [
    { kind: "select", name: "panel", label: "Panel", options: [1, 2], optionLabels: ["U and U*", "allocation"], default: 1 },
    { kind: "range", name: "attributes", label: "Attributes L", min: 2, max: 8, step: 1, default: defaultMisalignedAllocationControls.attributes },
    { kind: "range", name: "mentioned", label: "Mentioned by the proxy J", min: 0, max: 8, step: 1, default: defaultMisalignedAllocationControls.mentioned },
    { kind: "range", name: "lowerBound", label: "Lower bound b", min: -3, max: 0, step: 0.25, default: defaultMisalignedAllocationControls.lowerBound },
    { kind: "range", name: "curvature", label: "Diminishing returns c", min: 0, max: 0.8, step: 0.1, default: defaultMisalignedAllocationControls.curvature },
    { kind: "range", name: "steps", label: "Steps", min: 10, max: 600, step: 10, default: 60 },
  ],

  compute(controls) {
    const attributes = controlValue(controls, "attributes");
    const lowerBound = controlValue(controls, "lowerBound");
    const curvature = controlValue(controls, "curvature");
    const run = misalignedAllocation({
      ...defaultMisalignedAllocationControls,
      attributes,
      mentioned: controlValue(controls, "mentioned"),
      lowerBound,
      curvature,
      steps: controlValue(controls, "steps"),
    });
    const steps = run.steps.map(({ step, proxy, goal, stepEfficiency, slack }) => ({ step, proxy, goal, stepEfficiency, slack }));
    const allocation = run.steps.flatMap(({ step, mentionedValue, unmentionedValue }) => [
      ...(mentionedValue === undefined ? [] : [{ step, attribute: "mentioned", value: mentionedValue }]),
      ...(unmentionedValue === undefined ? [] : [{ step, attribute: "unmentioned", value: unmentionedValue }]),
    ]);
    // the last row has no step, so its efficiency (0) is left out of the shading; at c = 0 a step
    // along the budget changes U* by rounding error only, which is not shaded
    const efficiencies = run.steps.slice(0, -1).map((row) => (row.stepEfficiency < -1e-9 ? row.stepEfficiency : 0));
    const limits =
      run.mentioned >= 1
        ? (() => {
            const optimum = proxyOptimum(attributes, run.mentioned, lowerBound, curvature);
            return [{ mentioned: run.mentioned, proxy: optimum.proxy, goal: optimum.goal, goalOptimum: goalOptimum(attributes, curvature), drainedAt: run.drainedAt ?? -1 }];
          })()
        : [];
    return {
      steps,
      allocation,
      harmfulSteps: negativeIntervals(efficiencies).map(([start, end]) => ({ start, end })),
      limits,
    };
  },

  plot(data, controls) {
    const rows = table(data, "steps");
    const x = { label: "step", labelAnchor: "center", labelArrow: "none" } as const;
    const shading = stepBands(table(data, "harmfulSteps"));
    if (controlValue(controls, "panel") === 2) {
      const allocation = table(data, "allocation");
      return {
        marginRight: 90,
        x,
        y: { label: "value of the attribute", labelArrow: "none", grid: true },
        marks: [
          shading,
          Plot.ruleY([controlValue(controls, "lowerBound")], { strokeDasharray: "4 3", strokeOpacity: 0.7 }),
          Plot.lineY(allocation, { filter: (row: Row) => row["attribute"] === "mentioned", x: "step", y: "value", stroke: accent, strokeWidth: 2 }),
          Plot.lineY(allocation, { filter: (row: Row) => row["attribute"] === "unmentioned", x: "step", y: "value", stroke: contrast, strokeWidth: 2 }),
          endLabel(allocation, { filter: (row: Row) => row["attribute"] === "mentioned", x: "step", y: "value", text: "mentioned", colour: accent, dx: 5 }),
          endLabel(allocation, { filter: (row: Row) => row["attribute"] === "unmentioned", x: "step", y: "value", text: "unmentioned", colour: contrast, dx: 5 }),
        ],
      };
    }
    const limits = table(data, "limits");
    const label = (column: string, text: string, colour: string) => endLabel(rows, { x: "step", y: column, text, colour, dx: 5 });
    return {
      marginRight: 36,
      x,
      y: { label: "value", labelArrow: "none", grid: true },
      marks: [
        shading,
        Plot.ruleY([0], { strokeOpacity: 0.5 }),
        Plot.ruleY(limits, { y: "proxy", stroke: accent, strokeDasharray: "4 3" }),
        Plot.ruleY(limits, { y: "goal", stroke: contrast, strokeDasharray: "4 3" }),
        Plot.lineY(rows, { x: "step", y: "proxy", stroke: accent, strokeWidth: 2 }),
        Plot.lineY(rows, { x: "step", y: "goal", stroke: contrast, strokeWidth: 2 }),
        label("proxy", "U", accent),
        label("goal", "U*", contrast),
      ],
    };
  },

  describe(data, controls) {
    const rows = table(data, "steps");
    const limits = table(data, "limits")[0];
    const f = (value: unknown) => Number(value).toFixed(2);
    const first = rows[0]!;
    const last = rows.at(-1)!;
    const peak = rows.reduce((best, row) => (Number(row["goal"]) > Number(best["goal"]) ? row : best));
    const attributes = controlValue(controls, "attributes");
    const mentioned = Math.min(controlValue(controls, "mentioned"), attributes);
    const harmful = table(data, "harmfulSteps").reduce((s, row) => s + Number(row["end"]) - Number(row["start"]) + 1, 0);
    const setting =
      `${rows.length - 1} steps of projected gradient ascent on a proxy that counts ${mentioned} of ${attributes} attributes ` +
      `(budget ${attributes}, lower bound ${controlValue(controls, "lowerBound")}, diminishing returns c = ${controlValue(controls, "curvature")}). `;
    const path =
      `The proxy U goes from ${f(first["proxy"])} to ${f(last["proxy"])}; the goal U* goes from ${f(first["goal"])} to a peak of ${f(peak["goal"])} at step ${peak["step"]} ` +
      `and ends at ${f(last["goal"])}; ${harmful} steps lower the goal. `;
    const limit =
      limits === undefined
        ? "With no attribute mentioned the proxy is constant and nothing moves."
        : `At the proxy's optimum every unmentioned attribute sits at its bound: U = ${f(limits["proxy"])}, U* = ${f(limits["goal"])} (dashed), against the goal's own optimum ${f(limits["goalOptimum"])}` +
          (Number(limits["drainedAt"]) >= 0 ? `; the run drains the unmentioned attributes by step ${limits["drainedAt"]}.` : ".");
    const panel = controlValue(controls, "panel") === 2 ? "Shown: the value of a mentioned and of an unmentioned attribute per step. " : "Shown: U and U* per step. ";
    return panel + setting + path + limit;
  },
};

export default misalignedAllocationFigure;
