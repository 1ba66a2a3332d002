import { defineModel, node, normalRoot, type CatalogExample } from "#scm";

// θ: the distance the policy moves from its starting point (the square root of the KL divergence).
// Functional forms after the best-of-n fits: gold reward d·(α − β·d), proxy reward nearly linear.
const model = defineModel({
  name: "reward-model-overoptimisation",
  roots: { labelNoise: normalRoot(0, 0.05) },
  parameters: { distance: 0.1 },
  nodes: {
    proxyReward: node(["distance", "labelNoise"], ({ distance, labelNoise }) => distance * (1 - 0.02 * distance) + labelNoise, "the learned reward model's score"),
    goldReward: node(["distance"], ({ distance }) => distance * (1 - 0.25 * distance), "the gold-standard reward"),
  },
  goal: "goldReward",
  proxy: "proxyReward",
});

const example: CatalogExample = { model, run: { steps: 60, stepSize: 0.1, samples: 64, seed: 1, normalised: true } };
export default example;
