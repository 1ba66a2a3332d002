import { defineModel, node, normalRoot, type CatalogExample } from "#scm";

// θ: how far decisions are automated, and how far human oversight of them is streamlined away.
const model = defineModel({
  name: "value-drift",
  roots: { measurementError: normalRoot(0, 0.1) },
  parameters: { automation: 0, lessOversight: 0 },
  nodes: {
    indicators: node(
      ["automation", "lessOversight", "measurementError"],
      ({ automation, lessOversight, measurementError }) => Math.tanh(automation) + 0.5 * Math.tanh(lessOversight) + measurementError,
      "economic indicators",
    ),
    welfare: node(["automation", "lessOversight"], ({ automation, lessOversight }) => Math.tanh(automation) + 0.3 * lessOversight - 0.5 * lessOversight ** 2, "human welfare"),
  },
  goal: "welfare",
  proxy: "indicators",
});

const example: CatalogExample = { model, run: { steps: 60, stepSize: 0.1, samples: 64, seed: 1, normalised: true } };
export default example;
