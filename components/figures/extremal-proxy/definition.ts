/**
 * Figure: extremal Goodhart. Gradient ascent on a proxy that saturates in the real quality x but
 * keeps responding to an independent cause y: OE of each step on the goal, or the proxy U and
 * the goal U* per step (the panel control), with the steps where OE < 0 shaded.
 */
import * as Plot from "@observablehq/plot";
import { defaultExtremalProxyControls, extremalProxy } from "../../../src/lib/experiments/extremalProxy";
import { controlValue, dataTable, type FigureData, type FigureDefinition } from "../figure";
import { accent, contrast, endLabel, stepBands } from "../marks";

const stepsOf = (data: FigureData) => dataTable(data, "extremal-proxy", "steps");

const extremalProxyFigure: FigureDefinition = {
  name: "extremal-proxy",
  title: "A saturating proxy: optimisation efficiency along the ascent",
  controls: [
    { kind: "select", name: "panel", label: "Panel", options: [1, 2], optionLabels: ["efficiency OE", "U and U*"], default: 1 },
    { kind: "range", name: "saturation", label: "Saturation s", min: 0.25, max: 4, step: 0.25, default: 1 },
    { kind: "range", name: "independentCauseWeight", label: "Independent cause weight w", min: 0, max: 1, step: 0.05, default: 0.3 },
    { kind: "range", name: "stepSize", label: "Step size α", min: 0.05, max: 1, step: 0.05, default: 0.2 },
    { kind: "range", name: "steps", label: "Steps", min: 20, max: 300, step: 10, default: 100 },
  ],

  compute(controls) {
    const run = extremalProxy({
      ...defaultExtremalProxyControls,
      saturation: controlValue(controls, "saturation"),
      independentCauseWeight: controlValue(controls, "independentCauseWeight"),
      stepSize: controlValue(controls, "stepSize"),
      steps: controlValue(controls, "steps"),
    });
    return {
      steps: run.steps.map((row) => ({ ...row })),
      negativeIntervals: run.negativeEfficiencyIntervals.map(([start, end]) => ({ start, end })),
    };
  },

  plot(data, controls) {
    const rows = stepsOf(data);
    // a band over the full height per run of steps with OE < 0, half a step either side
    const shading = stepBands(data["negativeIntervals"] ?? []);
    const x = { label: "step", labelAnchor: "center", labelArrow: "none" } as const;
    const legend = Plot.text(["shaded: OE < 0, the goal falls"], { frameAnchor: "top-right", dx: -4, dy: 4, fontSize: 11, fill: contrast });
    if (controlValue(controls, "panel") === 2) {
      const label = (column: string, text: string, colour: string) => endLabel(rows, { x: "step", y: column, text, colour, dx: 5 });
      return {
        marginRight: 36,
        x,
        y: { label: "value", labelArrow: "none", grid: true },
        marks: [
          shading,
          Plot.ruleY([0], { strokeOpacity: 0.5 }),
          Plot.lineY(rows, { x: "step", y: "proxy", stroke: accent, strokeWidth: 2 }),
          Plot.lineY(rows, { x: "step", y: "goal", stroke: contrast, strokeWidth: 2 }),
          label("proxy", "U", accent),
          label("goal", "U*", contrast),
          legend,
        ],
      };
    }
    return {
      x,
      y: { domain: [-1, 1], label: "OE of the step on the goal", labelArrow: "none", grid: true },
      marks: [
        shading,
        Plot.ruleY([0], { strokeOpacity: 0.6 }),
        Plot.lineY(rows, { x: "step", y: "optimizationEfficiency", stroke: accent, strokeWidth: 2 }),
        legend,
      ],
    };
  },

  describe(data, controls) {
    const rows = stepsOf(data);
    const intervals = data["negativeIntervals"] ?? [];
    const negative = rows.filter((row) => Number(row["optimizationEfficiency"]) < 0).length;
    const peak = rows.reduce((best, row) => (Number(row["goal"]) > Number(best["goal"]) ? row : best));
    const first = rows[0]!;
    const last = rows.at(-1)!;
    const f = (value: unknown) => Number(value).toFixed(2);
    const runs = intervals.map((row) => (row["start"] === row["end"] ? `step ${row["start"]}` : `steps ${row["start"]}–${row["end"]}`)).join(", ");
    const panel = controlValue(controls, "panel") === 2 ? "the proxy U and the goal U*" : "OE";
    return (
      `Shown: ${panel} per step of ${rows.length - 1} steps of gradient ascent on the proxy (saturation ${controlValue(controls, "saturation")}, ` +
      `independent-cause weight ${controlValue(controls, "independentCauseWeight")}, step size ${controlValue(controls, "stepSize")}). ` +
      `OE starts at ${f(first["optimizationEfficiency"])} and ends at ${f(last["optimizationEfficiency"])}; it is negative at ${negative} of ${rows.length} steps` +
      (runs ? ` (${runs}, shaded).` : ".") +
      ` The proxy U rises from ${f(first["proxy"])} to ${f(last["proxy"])}; the goal U* peaks at ${f(peak["goal"])} at step ${peak["step"]} and ends at ${f(last["goal"])}.`
    );
  },
};

export default extremalProxyFigure;
