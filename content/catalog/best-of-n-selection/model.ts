import { defineModel, node, normalRoot, uniformRoot, type CatalogExample } from "#scm";

// θ: how far best-of-n selection has moved the chosen answer along two features: substance, which
// the gold and the learned reward both value, and a surface feature that the learned reward, fitted
// to a limited set of labels, credits more than the gold does and that the gold punishes in excess.
// Gradient ascent on these two coordinates stands in for raising n; the curve shapes, not the numbers,
// follow the source (a gold score that rises and then falls while the proxy keeps rising).
const model = defineModel({
  name: "best-of-n-selection",
  roots: {
    surfaceCredit: uniformRoot(0.6, 1),
    labelNoise: normalRoot(0, 0.05),
  },
  parameters: { substance: 0, surface: 0 },
  nodes: {
    proxyReward: node(
      ["substance", "surface", "surfaceCredit", "labelNoise"],
      ({ substance, surface, surfaceCredit, labelNoise }) => Math.tanh(substance) + surfaceCredit * surface + labelNoise,
      "the learned reward model's score of the chosen answer",
    ),
    goldReward: node(["substance", "surface"], ({ substance, surface }) => Math.tanh(substance) + 0.4 * surface - 0.5 * surface ** 2, "the gold-standard reward of the chosen answer"),
  },
  goal: "goldReward",
  proxy: "proxyReward",
});

const example: CatalogExample = { model, run: { steps: 40, stepSize: 0.05, samples: 64, seed: 1, normalised: true } };
export default example;
