/**
 * Figure: the geometry of optimisation efficiency. Two vectors in the plane, a direction d and a
 * gradient ∇f, drawn from the origin with the projection of d onto the line of ∇f; OE is the
 * cosine of the angle between them and OP = |d|·OE the signed length of the projection. When
 * either vector is zero, OE (and, for ∇f = 0, OP) is 0 by the site's 0/0 convention, which the
 * plot states in place of the angle.
 */
import * as Plot from "@observablehq/plot";
import type { PlotOptions } from "@observablehq/plot";
import { optimizationGeometry } from "../../../src/lib/experiments/optimizationEfficiency";
import { controlValue, type FigureData, type FigureDefinition, type Row } from "../figure";
import { accent, contrast } from "../marks";

/** The sliders' reach; the axes show a little more so that labels at the tips fit. */
const componentLimit = 5;
const xExtent = 7;
const yExtent = 5.75;

function summaryOf(data: FigureData): Row {
  const summary = data["summary"]?.[0];
  if (summary === undefined) throw new Error('figure "optimization-geometry": the data lack their summary row');
  return summary;
}

const format = (value: unknown, digits = 2) => {
  const text = Number(value).toFixed(digits);
  return text.replace(/^-/, "−").replace(/^−(0\.0+)$/, "$1");
};

/** The 0/0 case in words, or "" when both vectors are non-zero. */
function zeroCase(directionLength: number, gradientLength: number): string {
  if (directionLength === 0 && gradientLength === 0) return "d = 0 and ∇f = 0: OE = OP = 0 by the 0/0 convention";
  if (gradientLength === 0) return "∇f = 0: OE = OP = 0 by the 0/0 convention";
  if (directionLength === 0) return "d = 0: OE = 0 by the 0/0 convention, OP = 0";
  return "";
}

const optimizationGeometryFigure: FigureDefinition = {
  name: "optimization-geometry",
  title: "Optimisation efficiency as the cosine of an angle",
  controls: [
    { kind: "range", name: "directionX", label: "d₁", min: -componentLimit, max: componentLimit, step: 0.25, default: 2 },
    { kind: "range", name: "directionY", label: "d₂", min: -componentLimit, max: componentLimit, step: 0.25, default: 1.5 },
    { kind: "range", name: "gradientX", label: "∇f₁", min: -componentLimit, max: componentLimit, step: 0.25, default: 1.5 },
    { kind: "range", name: "gradientY", label: "∇f₂", min: -componentLimit, max: componentLimit, step: 0.25, default: 0 },
  ],

  compute(controls) {
    const directionX = controlValue(controls, "directionX");
    const directionY = controlValue(controls, "directionY");
    const gradientX = controlValue(controls, "gradientX");
    const gradientY = controlValue(controls, "gradientY");
    const geometry = optimizationGeometry({ directionX, directionY, gradientX, gradientY });
    const directionLength = Math.hypot(directionX, directionY);
    const gradientLength = Math.hypot(gradientX, gradientY);
    return {
      arrows: geometry.arrows.map((arrow) => ({ ...arrow, length: Math.hypot(arrow.x2, arrow.y2) })),
      summary: [
        {
          directionLength,
          gradientLength,
          optimizationEfficiency: geometry.optimizationEfficiency,
          optimizationPressure: geometry.optimizationPressure,
          angleDegrees: geometry.angleDegrees,
          convention: zeroCase(directionLength, gradientLength) || "none",
        },
      ],
    };
  },

  plot(data) {
    const summary = summaryOf(data);
    const arrows = data["arrows"] ?? [];
    const byName = (name: string) => arrows.filter((arrow) => arrow["name"] === name && Number(arrow["length"]) > 0);
    const direction = arrows.find((arrow) => arrow["name"] === "direction");
    const gradient = arrows.find((arrow) => arrow["name"] === "gradient");
    const projection = arrows.find((arrow) => arrow["name"] === "projection");
    const gradientLength = Number(summary["gradientLength"]);
    const zero = zeroCase(Number(summary["directionLength"]), gradientLength);
    // the line through ∇f, across the frame, on which d is projected
    const reach = 2 * xExtent;
    const gradientLine =
      gradient && gradientLength > 0
        ? [
            {
              x1: (-reach * Number(gradient["x2"])) / gradientLength,
              y1: (-reach * Number(gradient["y2"])) / gradientLength,
              x2: (reach * Number(gradient["x2"])) / gradientLength,
              y2: (reach * Number(gradient["y2"])) / gradientLength,
            },
          ]
        : [];
    // the perpendicular from d's tip to the foot of the projection
    const perpendicular =
      direction && projection && gradientLength > 0
        ? [{ x1: direction["x2"], y1: direction["y2"], x2: projection["x2"], y2: projection["y2"] }]
        : [];
    const labels = [
      ...byName("direction").map((arrow) => ({ ...arrow, label: "d" })),
      ...byName("gradient").map((arrow) => ({ ...arrow, label: "∇f" })),
    ];
    const readout = zero
      ? [zero]
      : [
          `OE = cos ${format(summary["angleDegrees"], 1)}° = ${format(summary["optimizationEfficiency"])}`,
          `OP = |d|·OE = ${format(summary["optimizationPressure"])}`,
        ];
    const options: PlotOptions = {
      aspectRatio: 1,
      x: { domain: [-xExtent, xExtent], label: "first component", labelAnchor: "center", labelArrow: "none", grid: true },
      y: { domain: [-yExtent, yExtent], label: "second component", labelArrow: "none", grid: true },
      marks: [
        Plot.ruleX([0], { strokeOpacity: 0.4 }),
        Plot.ruleY([0], { strokeOpacity: 0.4 }),
        Plot.link(gradientLine, { x1: "x1", y1: "y1", x2: "x2", y2: "y2", stroke: contrast, strokeOpacity: 0.35, strokeDasharray: "4 4", clip: true }),
        Plot.link(perpendicular, { x1: "x1", y1: "y1", x2: "x2", y2: "y2", stroke: "currentColor", strokeOpacity: 0.6, strokeDasharray: "2 3" }),
        Plot.arrow(byName("projection"), { x1: "x1", y1: "y1", x2: "x2", y2: "y2", stroke: "currentColor", strokeWidth: 6, strokeOpacity: 0.3, headLength: 0 }),
        Plot.arrow(byName("gradient"), { x1: "x1", y1: "y1", x2: "x2", y2: "y2", stroke: contrast, strokeWidth: 2.5 }),
        Plot.arrow(byName("direction"), { x1: "x1", y1: "y1", x2: "x2", y2: "y2", stroke: accent, strokeWidth: 2.5 }),
        Plot.dot([{ x: 0, y: 0 }], { x: "x", y: "y", r: 3, fill: "currentColor" }),
        Plot.text(labels, {
          x: "x2",
          y: "y2",
          text: "label",
          dx: 10,
          dy: -8,
          fontSize: 14,
          fontWeight: "bold",
          fill: (row: Row) => (row["name"] === "direction" ? accent : contrast),
        }),
        Plot.text([readout.join("\n")], { frameAnchor: "top-left", dx: 6, dy: 6, fontSize: 13, lineHeight: 1.3, fill: "currentColor" }),
      ],
    };
    return options;
  },

  describe(data) {
    const summary = summaryOf(data);
    const arrows = data["arrows"] ?? [];
    const vector = (name: string) => {
      const arrow = arrows.find((row) => row["name"] === name);
      return `(${format(arrow?.["x2"])}, ${format(arrow?.["y2"])})`;
    };
    const zero = zeroCase(Number(summary["directionLength"]), Number(summary["gradientLength"]));
    const measures = zero
      ? `${zero}.`
      : `The angle between them is ${format(summary["angleDegrees"], 1)}°, so OE = ${format(summary["optimizationEfficiency"], 3)} ` +
        `and OP = |d|·OE = ${format(summary["directionLength"], 3)} × ${format(summary["optimizationEfficiency"], 3)} = ${format(summary["optimizationPressure"], 3)}, ` +
        `the signed length of the projection ${vector("projection")} of d onto ∇f.`;
    return `Arrows from the origin: the direction d = ${vector("direction")} and the gradient ∇f = ${vector("gradient")}. ${measures}`;
  },
};

export default optimizationGeometryFigure;
