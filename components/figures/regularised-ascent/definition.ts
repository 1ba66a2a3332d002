/**
 * Figure: gradient ascent on one proxy with and without a ridge penalty, in the two-parameter
 * model of src/lib/experiments/regularisedAscent.ts. Two panels over the step number (log scale):
 * the goal U* reached by each run, and the optimisation efficiency of each run's own direction.
 */
import * as Plot from "@observablehq/plot";
import { regularisedAscent, type AscentRow } from "../../../src/lib/experiments/regularisedAscent";
import { controlValue, type FigureData, type FigureDefinition, type Row } from "../figure";
import { accent, contrast } from "../marks";

const goalPanel = "goal U*";
const efficiencyPanel = "efficiency OE";

function summaryOf(data: FigureData): Row {
  const summary = data["summary"]?.[0];
  if (summary === undefined) throw new Error('figure "regularised-ascent": the data lack their summary row');
  return summary;
}

function runLabel(row: Row): string {
  return row["run"] === "regularised" ? `λ = ${Number(row["lambda"])}` : "λ = 0";
}

const regularisedAscentFigure: FigureDefinition = {
  name: "regularised-ascent",
  title: "Gradient ascent on a proxy, with and without a ridge penalty",
  controls: [
    { kind: "range", name: "lambda", label: "Penalty weight λ", min: 0, max: 1, step: 0.01, default: 0.2 },
    { kind: "range", name: "spurious", label: "Spurious target s", min: 0, max: 2, step: 0.1, default: 1.2 },
    { kind: "select", name: "weakness", label: "Proxy's pull ε on y", options: [0.005, 0.01, 0.02, 0.05, 0.1], default: 0.02 },
    { kind: "range", name: "stepSize", label: "Step size α", min: 0.02, max: 0.5, step: 0.02, default: 0.1 },
    { kind: "select", name: "steps", label: "Steps", options: [100, 300, 1000, 3000], default: 1000 },
  ],

  compute(controls) {
    const { rows, summary } = regularisedAscent({
      lambda: controlValue(controls, "lambda"),
      spurious: controlValue(controls, "spurious"),
      weakness: controlValue(controls, "weakness"),
      stepSize: controlValue(controls, "stepSize"),
      steps: controlValue(controls, "steps"),
    });
    const trajectory = rows.map((row: AscentRow) => ({ ...row }));
    return { trajectory, summary: [{ ...summary }] };
  },

  plot(data) {
    // one long table: a row per (run, step, panel), steps from 1 so the log axis can hold them
    const long = (data["trajectory"] ?? [])
      .filter((row) => Number(row["step"]) >= 1)
      .flatMap((row) => [
        { label: runLabel(row), run: row["run"], step: row["step"], panel: goalPanel, value: row["goal"] },
        { label: runLabel(row), run: row["run"], step: row["step"], panel: efficiencyPanel, value: row["efficiency"] },
      ]);
    const values = long.map((row) => Number(row.value));
    const low = Math.min(-1, ...values);
    const lastOfGoal = long.filter((row) => row.panel === goalPanel);
    return {
      // two panels need more height than the default aspect ratio gives at narrow widths
      height: 400,
      marginRight: 64,
      marginLeft: 40,
      marginBottom: 44,
      x: { type: "log", label: "gradient steps", labelAnchor: "center", labelArrow: "none", labelOffset: 38 },
      y: { domain: [low * 1.05, 1.05], grid: true, label: null },
      // the panels are titled inside their frames rather than on the right edge
      fy: { domain: [goalPanel, efficiencyPanel], label: null, axis: null },
      color: { domain: ["unregularised", "regularised"], range: [contrast, accent] },
      marks: [
        Plot.ruleY([0], { strokeOpacity: 0.6 }),
        // panel titles inside the frames, bottom left, where no curve passes at any width
        Plot.text([goalPanel, efficiencyPanel], {
          fy: (panel: string) => panel,
          text: (panel: string) => panel,
          frameAnchor: "bottom-left",
          dx: 6,
          dy: -6,
          fontWeight: "bold",
        }),
        // one mark per run, so the regularised run can be dashed as well as coloured
        ...(["unregularised", "regularised"] as const).map((run) =>
          Plot.lineY(
            long.filter((row) => row.run === run),
            { x: "step", y: "value", fy: "panel", stroke: "run", strokeWidth: 2, strokeDasharray: run === "regularised" ? "6,3" : "none" },
          ),
        ),
        Plot.text(
          lastOfGoal,
          Plot.selectLast({ x: "step", y: "value", fy: "panel", z: "run", text: "label", fill: "run", textAnchor: "start", dx: 6 }),
        ),
      ],
    };
  },

  describe(data) {
    const summary = summaryOf(data);
    const format = (value: unknown) => Number(value).toFixed(3);
    const negative = (step: unknown) => (Number(step) < 0 ? "never turns negative" : `turns negative at step ${step}`);
    return (
      `Over ${summary["steps"]} steps of gradient ascent from the same start, where the goal is 0 and its maximum is 1: ` +
      `without the penalty the goal peaks at ${format(summary["unregularisedPeakGoal"])} (step ${summary["unregularisedPeakStep"]}) ` +
      `and ends at ${format(summary["unregularisedFinalGoal"])}, heading for ${format(summary["unregularisedGoalLimit"])}; its efficiency ${negative(summary["unregularisedFirstNegativeStep"])}. ` +
      `With penalty weight ${summary["lambda"]} the goal peaks at ${format(summary["regularisedPeakGoal"])} (step ${summary["regularisedPeakStep"]}) ` +
      `and ends at ${format(summary["regularisedFinalGoal"])}, heading for ${format(summary["regularisedGoalLimit"])}; its efficiency ${negative(summary["regularisedFirstNegativeStep"])}.`
    );
  },
};

export default regularisedAscentFigure;
