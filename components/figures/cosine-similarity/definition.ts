/**
 * Figure: the cosine similarity of two independent uniform unit vectors in R^d, sampled by
 * Monte Carlo and drawn as a density histogram, with the exact density overlaid.
 */
import * as Plot from "@observablehq/plot";
import {
  cosineSimilarityDensity,
  cosineSimilarityVariance,
  sampleCosineSimilarities,
} from "../../../src/lib/cosineSimilarity";
import { densityHistogram } from "../../../src/lib/histogram";
import { controlValue, type FigureData, type FigureDefinition, type Row } from "../figure";
import { accent, contrast } from "../marks";

const bins = 40;
const curvePoints = 200;

/** Sample mean and variance (about the sample mean) of a list of numbers. */
function sampleMoments(values: readonly number[]): { mean: number; variance: number } {
  const mean = values.reduce((sum, x) => sum + x, 0) / values.length;
  const variance = values.reduce((sum, x) => sum + (x - mean) ** 2, 0) / Math.max(1, values.length - 1);
  return { mean, variance };
}

function summaryOf(data: FigureData): Row {
  const summary = data["summary"]?.[0];
  if (summary === undefined) throw new Error('figure "cosine-similarity": the data lack their summary row');
  return summary;
}

const cosineSimilarityFigure: FigureDefinition = {
  name: "cosine-similarity",
  title: "Cosine similarity of two random unit vectors",
  controls: [
    { kind: "range", name: "dimension", label: "Dimension d", min: 2, max: 200, step: 1, default: 10 },
    { kind: "select", name: "samples", label: "Sample pairs", options: [500, 1000, 2000, 5000, 10000], default: 2000 },
    { kind: "range", name: "seed", label: "Seed", min: 1, max: 100, step: 1, default: 1 },
  ],

  compute(controls) {
    const dimension = controlValue(controls, "dimension");
    const samples = controlValue(controls, "samples");
    const seed = controlValue(controls, "seed");
    const similarities = sampleCosineSimilarities({ dimension, samples, seed });
    const histogram = densityHistogram(similarities, -1, 1, bins);
    // the density diverges at ±1 for d = 2, so the curve stays strictly inside the interval
    const density = Array.from({ length: curvePoints }, (_, i) => {
      const z = -1 + (2 * (i + 0.5)) / curvePoints;
      return { z, density: cosineSimilarityDensity(z, dimension) };
    });
    const { mean, variance } = sampleMoments(similarities);
    return {
      histogram,
      density,
      summary: [
        { dimension, samples, seed, sampleMean: mean, sampleVariance: variance, exactVariance: cosineSimilarityVariance(dimension) },
      ],
    };
  },

  plot(data) {
    const histogram = data["histogram"] ?? [];
    const tallestBar = Math.max(...histogram.map((bin) => Number(bin["density"])));
    return {
      x: { domain: [-1, 1], label: "cosine similarity z", labelAnchor: "center", labelArrow: "none" },
      // the exact density is unbounded near ±1 when d = 2: keep the axis on the histogram's scale
      y: { domain: [0, tallestBar * 1.15], label: "density", grid: true, labelArrow: "none" },
      marks: [
        Plot.rectY(histogram, { x1: "x0", x2: "x1", y: "density", fill: accent, fillOpacity: 0.55, inset: 0.5 }),
        Plot.lineY(data["density"] ?? [], { x: "z", y: "density", stroke: contrast, strokeWidth: 2, clip: true }),
        Plot.ruleY([0]),
      ],
    };
  },

  describe(data) {
    const summary = summaryOf(data);
    const format = (value: unknown) => Number(value).toFixed(4);
    return (
      `Histogram of ${summary["samples"]} Monte Carlo cosine similarities in dimension ${summary["dimension"]} ` +
      `(seed ${summary["seed"]}) with the exact density overlaid; ` +
      `sample mean ${format(summary["sampleMean"])}, sample variance ${format(summary["sampleVariance"])} ` +
      `against the exact variance 1/d = ${format(summary["exactVariance"])}.`
    );
  },
};

export default cosineSimilarityFigure;
