import { constantRoot, defineModel, node, uniformRoot, type CatalogExample } from "#scm";

// θ: the inflation rate the policymaker aims for, in percent.
const model = defineModel({
  name: "lucas-critique",
  roots: { expected: constantRoot(2) },
  parameters: { inflation: 2 },
  nodes: {
    surprise: node(["inflation", "expected"], ({ inflation, expected }) => inflation - expected, "inflation beyond what people expect"),
    outcome: node(["surprise", "inflation"], ({ surprise, inflation }) => 1.5 * Math.tanh(surprise / 2) - 0.05 * inflation ** 2, "fall in unemployment, minus the cost of inflation"),
    forecast: node(["inflation"], ({ inflation }) => 1.5 * Math.tanh((inflation - 2) / 2) - 0.05 * inflation ** 2, "the same, as the fitted model predicts it"),
  },
  goal: "outcome",
  proxy: "forecast",
  environmentChange: {
    description: "once the policy is in force, people come to expect high inflation",
    roots: { expected: uniformRoot(6, 8) },
  },
});

const example: CatalogExample = { model, run: { steps: 40, stepSize: 0.5, samples: 64, seed: 1 } };
export default example;
