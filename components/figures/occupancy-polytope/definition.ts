/**
 * Figure: optimising a proxy reward on the occupancy polytope Ω of a two-state, two-action MDP
 * (Karwowski et al. 2024). The path is the Euclidean projection η_β = Π_Ω(η₀ + βR) of a ray in
 * the proxy's direction, from the uniform policy, as the regularisation 1/β weakens: straight
 * through the interior, then along the boundary to the proxy's optimum. One panel plots the true
 * value against the proxy value along the path; the other draws Ω itself. Marked: where the true
 * value peaks (the best point to stop) and where the pessimistic rule with bound θ stops.
 */
import * as Plot from "@observablehq/plot";
import { polytopeExperiment } from "../../../src/lib/literature/occupancyMeasures";
import { controlValue, dataTable, type FigureData, type FigureDefinition, type Row } from "../figure";
import { accent, contrast, cornerNote } from "../marks";

const degrees = Math.PI / 180;

/** Where a breakpoint of the path lies, in words. */
const place: Record<string, string> = { start: "at the start", boundary: "where the path first meets the boundary", vertex: "at a corner of Ω" };

/** The markers, largest first, so that markers on one point show as concentric discs. */
function markerDots(markers: readonly Row[], x: string, y: string): Plot.Markish[] {
  const styles = [
    { name: "peak", r: 8, fill: contrast },
    { name: "stop", r: 5.5, fill: accent },
    { name: "end", r: 3.5, fill: "currentColor" },
  ];
  return styles.map(({ name, r, fill }) => Plot.dot(markers.filter((row) => row["name"] === name), { x, y, r, fill }));
}

/** Labels right of `middle` end at their point, the others start there, so none runs off the plot. */
function sideLabels(rows: readonly Row[], x: string, y: string, middle: number, dy: number): Plot.Markish[] {
  const right = rows.filter((row) => Number(row[x]) > middle);
  const left = rows.filter((row) => Number(row[x]) <= middle);
  return [
    Plot.text(right, { x, y, text: "label", dy, dx: 4, fontSize: 11, textAnchor: "end" }),
    Plot.text(left, { x, y, text: "label", dy, dx: -4, fontSize: 11, textAnchor: "start" }),
  ];
}

const table = (data: FigureData, name: string) => dataTable(data, "occupancy-polytope", name);

const occupancyPolytopeFigure: FigureDefinition = {
  name: "occupancy-polytope",
  title: "Optimising a proxy reward on the occupancy polytope",
  controls: [
    { kind: "select", name: "panel", label: "Panel", options: [1, 2], optionLabels: ["true against proxy value", "the polytope Ω"], default: 1 },
    { kind: "range", name: "rewardAngle", label: "Angle φ between projected rewards (°)", min: 0, max: 90, step: 1, default: 30 },
    { kind: "range", name: "trueDirection", label: "Direction ψ of the true reward (°)", min: 0, max: 355, step: 5, default: 300 },
    { kind: "range", name: "angleBound", label: "Bound θ assumed by the stopping rule (°)", min: 0, max: 89, step: 1, default: 30 },
    { kind: "range", name: "discount", label: "Discount γ", min: 0.5, max: 0.95, step: 0.05, default: 0.9 },
  ],

  compute(controls) {
    const run = polytopeExperiment({
      discount: controlValue(controls, "discount"),
      trueDirection: controlValue(controls, "trueDirection") * degrees,
      rewardAngle: controlValue(controls, "rewardAngle") * degrees,
      angleBound: controlValue(controls, "angleBound") * degrees,
    });
    const end = run.path.length - 1;
    const marker = (index: number, name: string, label: string) => ({ name, label, index, ...run.path[index]! });
    const toward = (reward: readonly number[]) => {
      // the reward's direction in the plane of Ω, scaled to a third of the polytope's extent
      const extent = Math.max(...run.vertices.map((v) => Math.hypot(v.x, v.y)));
      const x = reward.reduce((s, r, i) => s + r * run.basis[0][i]!, 0);
      const y = reward.reduce((s, r, i) => s + r * run.basis[1][i]!, 0);
      const length = Math.hypot(x, y);
      return { x: (x / length) * extent * 0.35, y: (y / length) * extent * 0.35 };
    };
    return {
      vertices: run.vertices.map(({ x, y, policy, proxyValue, trueValue }) => ({ x, y, policy, proxyValue, trueValue })),
      path: run.path.map((point, index) => ({ index, ...point })),
      markers: [
        marker(run.goodhartIndex, "peak", "true value peaks"),
        marker(run.stopIndex, "stop", "pessimistic stop"),
        marker(end, "end", "proxy optimum"),
      ],
      rewards: [
        { name: "true", label: "R*", ...toward(run.trueReward) },
        { name: "proxy", label: "R", ...toward(run.proxyReward) },
      ],
      summary: [
        {
          proxyOptimumLp: run.proxyOptimum.value,
          trueOptimumLp: run.trueOptimum.value,
          trueAtPeak: run.path[run.goodhartIndex]!.trueValue,
          trueAtStop: run.path[run.stopIndex]!.trueValue,
          trueAtEnd: run.path[end]!.trueValue,
        },
      ],
    };
  },

  plot(data, controls) {
    const path = table(data, "path");
    const markers = table(data, "markers");
    const summary = table(data, "summary")[0]!;
    // short lines, so that the readout fits a phone's width
    const readout =
      `true value at the peak ${Number(summary["trueAtPeak"]).toFixed(2)}, at the stop ${Number(summary["trueAtStop"]).toFixed(2)}\n` +
      `at the proxy optimum ${Number(summary["trueAtEnd"]).toFixed(2)}, best ${Number(summary["trueOptimumLp"]).toFixed(2)}`;
    // markers on the same point of the path share one label
    const labels = [...new Set(markers.map((m) => m["index"]))].map((index) => {
      const here = markers.filter((m) => m["index"] === index);
      return { ...here[0]!, label: here.map((m) => m["label"]).join(" = ") };
    });
    if (controlValue(controls, "panel") === 2) {
      const vertices = table(data, "vertices");
      const rewards = table(data, "rewards");
      const closed = [...vertices, vertices[0]!];
      const xs = vertices.map((v) => Number(v["x"]));
      const ys = vertices.map((v) => Number(v["y"]));
      const pad = 0.12 * Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
      return {
        aspectRatio: 1,
        x: { domain: [Math.min(...xs) - pad, Math.max(...xs) + pad], label: "coordinate 1 in the plane of Ω", labelAnchor: "center", labelArrow: "none" },
        y: { domain: [Math.min(...ys) - pad, Math.max(...ys) + 2.5 * pad], label: "coordinate 2", labelArrow: "none" },
        marks: [
          Plot.line(closed, { x: "x", y: "y", stroke: "currentColor", strokeOpacity: 0.6 }),
          Plot.text(vertices, { x: "x", y: "y", text: "policy", dy: -10, fontSize: 11 }),
          Plot.line(path, { x: "x", y: "y", stroke: "currentColor", strokeWidth: 2 }),
          Plot.arrow(rewards, { x1: 0, y1: 0, x2: "x", y2: "y", stroke: (row: Row) => (row["name"] === "true" ? contrast : accent), strokeWidth: 2.5 }),
          Plot.text(rewards, { x: "x", y: "y", text: "label", dx: 8, dy: -6, fontWeight: "bold", fill: (row: Row) => (row["name"] === "true" ? contrast : accent) }),
          ...markerDots(markers, "x", "y"),
          ...sideLabels(labels, "x", "y", (Math.min(...xs) + Math.max(...xs)) / 2, 16),
          cornerNote(`${readout}\nred: peak · blue: stop · black: proxy optimum`),
        ],
      };
    }
    const values = path.map((p) => Number(p["trueValue"]));
    const top = Math.max(...values, Number(summary["trueOptimumLp"]));
    const bottom = Math.min(...values);
    const span = Math.max(top - bottom, 0.5);
    const proxyValues = path.map((p) => Number(p["proxyValue"]));
    const proxySpan = Math.max(Math.max(...proxyValues) - Math.min(...proxyValues), 0.5);
    return {
      x: {
        domain: [Math.min(...proxyValues) - 0.05 * proxySpan, Math.max(...proxyValues) + 0.05 * proxySpan],
        label: "proxy value J_R along the path",
        labelAnchor: "center",
        labelArrow: "none",
      },
      y: { domain: [bottom - 0.1 * span, top + 0.45 * span], label: "true value J_R*", labelArrow: "none", grid: true },
      marks: [
        Plot.ruleY([summary["trueOptimumLp"]], { stroke: contrast, strokeDasharray: "5 3", strokeOpacity: 0.8 }),
        Plot.line(path, { x: "proxyValue", y: "trueValue", stroke: "currentColor", strokeWidth: 2 }),
        Plot.dot(path, { x: "proxyValue", y: "trueValue", r: 2.5, fill: "currentColor" }),
        ...markerDots(markers, "proxyValue", "trueValue"),
        ...sideLabels(labels, "proxyValue", "trueValue", (Math.min(...proxyValues) + Math.max(...proxyValues)) / 2, -14),
        cornerNote(`${readout} (dashed)`),
      ],
    };
  },

  describe(data, controls) {
    const path = table(data, "path");
    const markers = table(data, "markers");
    const summary = table(data, "summary")[0]!;
    const peak = markers.find((m) => m["name"] === "peak")!;
    const stop = markers.find((m) => m["name"] === "stop")!;
    const fell = Number(summary["trueAtEnd"]) < Number(summary["trueAtPeak"]) - 1e-9;
    return (
      `The proxy is optimised on the occupancy polytope of a two-state, two-action MDP with discount ${controlValue(controls, "discount")}; ` +
      `the projected rewards are ${controlValue(controls, "rewardAngle")}° apart. The path has ${path.length} breakpoints: ` +
      `it leaves the uniform policy in the proxy's direction, meets the boundary, and follows it to the proxy's optimum (LP value ${Number(summary["proxyOptimumLp"]).toFixed(3)}). ` +
      `The true value peaks at ${Number(summary["trueAtPeak"]).toFixed(3)} ${place[String(peak["kind"])]} and ends at ${Number(summary["trueAtEnd"]).toFixed(3)}` +
      (fell ? ", so optimising the proxy past the peak lowers the true value" : ", so the true value never falls") +
      `. The pessimistic rule with bound ${controlValue(controls, "angleBound")}° stops ${place[String(stop["kind"])]}, with true value ${Number(summary["trueAtStop"]).toFixed(3)}. ` +
      `The best true value over the polytope is ${Number(summary["trueOptimumLp"]).toFixed(3)}.`
    );
  },
};

export default occupancyPolytopeFigure;
