import { defineModel, node, uniformRoot, type CatalogExample } from "#scm";

// θ: the scale of production.
const model = defineModel({
  name: "profit-against-welfare",
  roots: { pollutionPerUnit: uniformRoot(0.5, 1.5), demand: uniformRoot(8, 12) },
  parameters: { production: 0.5 },
  nodes: {
    profit: node(["production", "demand"], ({ production, demand }) => production * (2 - production / demand), "revenue minus costs"),
    pollution: node(["production", "pollutionPerUnit"], ({ production, pollutionPerUnit }) => (pollutionPerUnit * production ** 2) / 4, "harm borne by others"),
    welfare: node(["profit", "production", "pollution"], ({ profit, production, pollution }) => profit + 0.5 * production - 2 * pollution, "profit, plus consumers' gain, minus pollution"),
  },
  goal: "welfare",
  proxy: "profit",
});

const example: CatalogExample = { model, run: { steps: 60, stepSize: 0.1, samples: 64, seed: 1, normalised: true } };
export default example;
