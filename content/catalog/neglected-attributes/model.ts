import { defineModel, node, uniformRoot, type CatalogExample } from "#scm";

// A fixed budget is split among three attributes of the world that the principal values with
// diminishing returns (logarithmic utility); the proxy references the first two only.
// θ: the logits of the shares given to the two referenced attributes (the third's logit is fixed at 0).
const shares = (first: number, second: number) => {
  const total = Math.exp(first) + Math.exp(second) + 1;
  return [Math.exp(first) / total, Math.exp(second) / total, 1 / total] as const;
};

const model = defineModel({
  name: "neglected-attributes",
  roots: { budget: uniformRoot(9, 11) },
  parameters: { firstLogit: -2.5, secondLogit: -3.5 },
  nodes: {
    first: node(["firstLogit", "secondLogit", "budget"], ({ firstLogit, secondLogit, budget }) => budget * shares(firstLogit, secondLogit)[0], "resources given to the first referenced attribute"),
    second: node(["firstLogit", "secondLogit", "budget"], ({ firstLogit, secondLogit, budget }) => budget * shares(firstLogit, secondLogit)[1], "resources given to the second referenced attribute"),
    neglected: node(["firstLogit", "secondLogit", "budget"], ({ firstLogit, secondLogit, budget }) => budget * shares(firstLogit, secondLogit)[2], "resources left for the attribute the proxy omits"),
    proxyUtility: node(["first", "second"], ({ first, second }) => Math.log(first) + Math.log(second), "utility from the two referenced attributes"),
    utility: node(["first", "second", "neglected"], ({ first, second, neglected }) => Math.log(first) + Math.log(second) + Math.log(neglected), "the principal's utility from all three attributes"),
  },
  goal: "utility",
  proxy: "proxyUtility",
});

const example: CatalogExample = { model, run: { steps: 60, stepSize: 0.15, samples: 64, seed: 1, normalised: true } };
export default example;
