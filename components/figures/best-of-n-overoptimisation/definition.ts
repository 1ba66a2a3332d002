/**
 * Figure: best-of-n against a proxy in the setting of Gao, Schulman and Hilton (2022). The gold
 * score of the winner against d = sqrt(KL), exactly and by Monte Carlo (± one standard error), with
 * the form d(α − βd) fitted to the exact curve by least squares.
 */
import * as Plot from "@observablehq/plot";
import { bestOfNOveroptimisation, defaultBestOfNControls } from "../../../src/lib/literature/bestOfN";
import { controlValue, dataTable, seedControl, type FigureData, type FigureDefinition } from "../figure";
import { accent, contrast, standardErrorBars } from "../marks";

const fitPoints = 60;

const table = (data: FigureData, name: string) => dataTable(data, "best-of-n-overoptimisation", name);

const bestOfNOveroptimisationFigure: FigureDefinition = {
  name: "best-of-n-overoptimisation",
  title: "Best-of-n on a proxy: gold score against the square root of the KL divergence, with the fitted d(α − βd)",
  controls: [
    { kind: "range", name: "correlation", label: "Correlation ρ", min: 0.1, max: 1, step: 0.05, default: defaultBestOfNControls.correlation },
    { kind: "range", name: "penalty", label: "Extreme-value penalty κ (0: Gaussian)", min: 0, max: 0.3, step: 0.01, default: defaultBestOfNControls.penalty },
    { kind: "select", name: "maxCandidates", label: "Largest n", options: [100, 1000, 10000], default: defaultBestOfNControls.maxCandidates },
    seedControl(defaultBestOfNControls.seed),
  ],

  compute(controls) {
    const maxCandidates = controlValue(controls, "maxCandidates");
    const { rows, fit } = bestOfNOveroptimisation({
      ...defaultBestOfNControls,
      seed: controlValue(controls, "seed"),
      correlation: controlValue(controls, "correlation"),
      penalty: controlValue(controls, "penalty"),
      maxCandidates,
      // fewer selections when each uses more candidates, in proportion to the square root, so that the
      // largest n stays near 20 ms and its standard errors near 0.1
      trials: Math.round(defaultBestOfNControls.trials * Math.sqrt(defaultBestOfNControls.maxCandidates / maxCandidates)),
    });
    const largest = rows.at(-1)!.distance;
    const curve = Array.from({ length: fitPoints + 1 }, (_, i) => {
      const distance = (largest * i) / fitPoints;
      return { distance, goldFit: distance * (fit.alpha - fit.beta * distance) };
    });
    return { selection: rows, fit: [fit], fitCurve: curve };
  },

  plot(data) {
    const rows = table(data, "selection");
    const curve = table(data, "fitCurve");
    const x = "distance";
    return {
      marginRight: 40,
      marginBottom: 44,
      x: { label: "d = √KL (√nats)", labelAnchor: "center", labelArrow: "none", labelOffset: 38 },
      y: { label: "gold score of the winner, E[U*]", labelArrow: "none", grid: true },
      marks: [
        Plot.ruleY([0], { strokeOpacity: 0.5 }),
        Plot.lineY(curve, { x, y: "goldFit", stroke: accent, strokeWidth: 2.5, strokeDasharray: "7 4" }),
        Plot.lineY(rows, { x, y: "goldExact", stroke: contrast, strokeOpacity: 0.7 }),
        standardErrorBars(rows, { x, mean: "goldMean", standardError: "goldStandardError", colour: contrast }),
        Plot.dot(rows, { x, y: "goldMean", fill: contrast, r: 2.5 }),
      ],
    };
  },

  describe(data, controls) {
    const rows = table(data, "selection");
    const fit = table(data, "fit")[0]!;
    const last = rows.at(-1)!;
    const f = (value: unknown) => Number(value).toFixed(3);
    const peak = rows.reduce((best, row) => (Number(row["goldExact"]) > Number(best["goldExact"]) ? row : best));
    return (
      `Proxy U ~ N(0, 1), goal U* = ρU + √(1 − ρ²)ξ − κ(U² − 1) with ρ = ${controlValue(controls, "correlation")} and κ = ${controlValue(controls, "penalty")}; ` +
      `n from 1 to ${last["candidates"]}, so d from 0 to ${f(last["distance"])}. ` +
      `At n = ${last["candidates"]} the exact gold score is ${f(last["goldExact"])} and the Monte Carlo estimate ${f(last["goldMean"])} ± ${f(last["goldStandardError"])}; ` +
      `the exact gold score is largest, ${f(peak["goldExact"])}, at n = ${peak["candidates"]} (d = ${f(peak["distance"])}). ` +
      `The least-squares fit of d(α − βd) has α = ${f(fit["alpha"])} and β = ${f(fit["beta"])}, largest residual ${f(fit["maxResidual"])}` +
      (Number(fit["beta"]) > 0 ? `, so it predicts a peak at d = ${f(Number(fit["alpha"]) / (2 * Number(fit["beta"])))}.` : `; with β ≤ 0 it predicts no peak.`)
    );
  },
};

export default bestOfNOveroptimisationFigure;
