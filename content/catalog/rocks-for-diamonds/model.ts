import { defineModel, node, uniformRoot, type CatalogExample } from "#scm";

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

// θ: the logit of the share of the agent's time spent picking up rocks rather than diamonds.
const model = defineModel({
  name: "rocks-for-diamonds",
  roots: {
    diamondsPerHour: uniformRoot(0.5, 1.5),
    rocksPerHour: uniformRoot(2, 3),
  },
  parameters: { rockEffort: -1 },
  nodes: {
    diamonds: node(["rockEffort", "diamondsPerHour"], ({ rockEffort, diamondsPerHour }) => (1 - sigmoid(rockEffort)) * diamondsPerHour, "diamonds collected"),
    rocks: node(["rockEffort", "rocksPerHour"], ({ rockEffort, rocksPerHour }) => sigmoid(rockEffort) * rocksPerHour, "rocks collected"),
    reward: node(["diamonds", "rocks"], ({ diamonds, rocks }) => diamonds + rocks, "reward: items counted, rocks and diamonds alike"),
  },
  goal: "diamonds",
  proxy: "reward",
});

const example: CatalogExample = { model, run: { steps: 40, stepSize: 1, samples: 64, seed: 1 } };
export default example;
