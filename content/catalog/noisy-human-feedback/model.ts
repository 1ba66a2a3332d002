import { defineModel, node, normalRoot, uniformRoot, type CatalogExample } from "#scm";

// θ: effort the policy puts into substance and into surface style (confident tone, length).
const model = defineModel({
  name: "noisy-human-feedback",
  roots: {
    styleWeight: uniformRoot(0.2, 0.6),
    raterNoise: normalRoot(0, 0.3),
  },
  parameters: { substance: 0, style: 0 },
  nodes: {
    quality: node(["substance", "style"], ({ substance, style }) => Math.tanh(substance) + 0.2 * Math.tanh(style), "how good the answer really is"),
    rating: node(
      ["quality", "style", "styleWeight", "raterNoise"],
      ({ quality, style, styleWeight, raterNoise }) => quality + 2 * styleWeight * Math.tanh(style) + raterNoise,
      "a rater's score: quality, plus credit for style, plus noise",
    ),
  },
  goal: "quality",
  proxy: "rating",
});

const example: CatalogExample = { model, run: { steps: 60, stepSize: 0.1, samples: 64, seed: 1 } };
export default example;
