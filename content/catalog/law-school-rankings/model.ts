import { defineModel, node, normalRoot, type CatalogExample } from "#scm";

// θ: resources a law school puts into teaching, and into admitting applicants with high test scores.
const model = defineModel({
  name: "law-school-rankings",
  roots: { rankerNoise: normalRoot(0, 0.1) },
  parameters: { teaching: 0, selectivity: 0 },
  nodes: {
    education: node(["teaching", "selectivity"], ({ teaching, selectivity }) => Math.tanh(teaching) + 0.3 * Math.tanh(selectivity), "what the graduates learn"),
    rankScore: node(["teaching", "selectivity", "rankerNoise"], ({ teaching, selectivity, rankerNoise }) => 0.4 * Math.tanh(teaching) + Math.tanh(selectivity) + rankerNoise, "the ranking's weighted score"),
  },
  goal: "education",
  proxy: "rankScore",
});

const example: CatalogExample = { model, run: { steps: 60, stepSize: 0.1, samples: 64, seed: 1 } };
export default example;
