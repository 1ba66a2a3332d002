/**
 * Figure: El-Mhamdi and Hoang's quantile selection. The expected goal g(p) = E[U* | U ≥ q_{1−p}(U)]
 * of the top fraction p of the proxy U = U* + ξ, with U* ~ N(0, 1), for a Gaussian, a Laplace and a
 * power-law discrepancy ξ of the same scale, computed by quadrature with the quantile found by
 * inversion; dashed lines mark the limits proved in the chapter (μ + λσ*² for Laplace, μ for the
 * power law), and the shaded band the fractions past the power-law curve's peak, where selecting
 * harder lowers the goal.
 */
import * as Plot from "@observablehq/plot";
import {
  selectedFractions,
  selectedGoalCurve,
  selectedGoalLimit,
  type Discrepancy,
  type DiscrepancyFamily,
  type Goal,
} from "../../../src/lib/literature/quantileSelection";
import { controlValue, dataTable, type FigureData, type FigureDefinition, type Row } from "../figure";
import { accent, contrast, cornerNote } from "../marks";

const goal: Goal = { mean: 0, standardDeviation: 1 };
const smallestFraction = 1e-8;
const fractionsPerDecade = 6;
const familyNames: Readonly<Record<DiscrepancyFamily, string>> = {
  gaussian: "Gaussian ξ",
  laplace: "Laplace ξ",
  powerLaw: "power-law ξ",
};
const colours: Readonly<Record<DiscrepancyFamily, string>> = {
  gaussian: accent,
  laplace: "currentColor",
  powerLaw: contrast,
};

const table = (data: FigureData, name: string) => dataTable(data, "goodhart-tails", name);

function peakOf(rows: readonly Row[]): Row {
  return rows.reduce((best, row) => (Number(row["selectedGoal"]) > Number(best["selectedGoal"]) ? row : best));
}

const goodhartTailsFigure: FigureDefinition = {
  name: "goodhart-tails",
  title: "Expected goal of the top fraction p of the proxy, for three tails of the discrepancy",
  controls: [
    { kind: "range", name: "scale", label: "Discrepancy scale", min: 0.25, max: 3, step: 0.25, default: 1 },
    { kind: "range", name: "tailIndex", label: "Power-law tail index α", min: 1.5, max: 6, step: 0.5, default: 3 },
  ],

  compute(controls) {
    const scale = controlValue(controls, "scale");
    const tailIndex = controlValue(controls, "tailIndex");
    const fractions = selectedFractions(smallestFraction, fractionsPerDecade);
    const families: readonly DiscrepancyFamily[] = ["gaussian", "laplace", "powerLaw"];
    const curves: Row[] = [];
    const limits: Row[] = [];
    for (const family of families) {
      const discrepancy: Discrepancy = { family, scale, tailIndex };
      for (const row of selectedGoalCurve(goal, discrepancy, fractions)) {
        curves.push({ family: row.family, fraction: row.fraction, threshold: row.threshold, selectedGoal: row.selectedGoal });
      }
      const limit = selectedGoalLimit(goal, discrepancy);
      if (Number.isFinite(limit)) limits.push({ family, limit });
    }
    return { curves, limits };
  },

  plot(data) {
    const curves = table(data, "curves");
    const limits = table(data, "limits");
    const powerLaw = curves.filter((row) => row["family"] === "powerLaw");
    const peak = peakOf(powerLaw);
    const overOptimised = Number(peak["fraction"]) > smallestFraction ? [{ x1: Number(peak["fraction"]), x2: smallestFraction }] : [];
    const stroke = (row: Row) => colours[row["family"] as DiscrepancyFamily];
    return {
      marginRight: 90,
      x: { type: "log", reverse: true, label: "selected fraction p (harder selection to the right)", labelAnchor: "center", labelArrow: "none", tickFormat: ".0e" },
      y: { label: "expected goal of the selected, g(p)", labelArrow: "none", grid: true },
      marks: [
        Plot.rect(overOptimised, { x1: "x1", x2: "x2", fill: colours.powerLaw, fillOpacity: 0.08 }),
        Plot.ruleY([goal.mean], { strokeOpacity: 0.5 }),
        Plot.ruleY(limits, { y: "limit", stroke, strokeDasharray: "5 3", strokeOpacity: 0.8 }),
        Plot.lineY(curves, { x: "fraction", y: "selectedGoal", z: "family", stroke, strokeWidth: 2 }),
        Plot.dot([peak], { x: "fraction", y: "selectedGoal", stroke: colours.powerLaw, r: 4 }),
        Plot.text(
          curves,
          Plot.selectLast({
            x: "fraction",
            y: "selectedGoal",
            z: "family",
            text: (row: Row) => familyNames[row["family"] as DiscrepancyFamily],
            fill: stroke,
            textAnchor: "start",
            dx: 6,
            fontSize: 12,
          }),
        ),
        cornerNote("dashed: limit as p → 0\nshaded: power law past its peak"),
      ],
    };
  },

  describe(data, controls) {
    const curves = table(data, "curves");
    const f = (value: unknown) => Number(value).toFixed(2);
    const p = (value: unknown) => Number(value).toExponential(1);
    const last = (family: DiscrepancyFamily) => curves.filter((row) => row["family"] === family).at(-1)!;
    const peak = peakOf(curves.filter((row) => row["family"] === "powerLaw"));
    const scale = controlValue(controls, "scale");
    const laplaceLimit = selectedGoalLimit(goal, { family: "laplace", scale, tailIndex: 1 });
    return (
      `Goal U* standard normal, discrepancy of scale ${scale}, power-law tail index ${controlValue(controls, "tailIndex")}; ` +
      `selected fraction p from 0.5 down to ${p(smallestFraction)}. At the smallest p the expected goal of the selected is ` +
      `${f(last("gaussian")["selectedGoal"])} with Gaussian discrepancy (still rising without bound), ` +
      `${f(last("laplace")["selectedGoal"])} with Laplace discrepancy (limit ${f(laplaceLimit)}), and ` +
      `${f(last("powerLaw")["selectedGoal"])} with power-law discrepancy (limit ${f(goal.mean)}, the goal's mean), ` +
      `whose curve peaks at ${f(peak["selectedGoal"])} for p = ${p(peak["fraction"])} and falls for every smaller p.`
    );
  },
};

export default goodhartTailsFigure;
