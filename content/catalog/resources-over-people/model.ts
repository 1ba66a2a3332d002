import { defineModel, node, uniformRoot, type CatalogExample } from "#scm";

const softplus = (x: number) => (x > 30 ? x : Math.log1p(Math.exp(x)));

// θ: the log of the factor by which the agent changes the number of people it serves.
const model = defineModel({
  name: "resources-over-people",
  roots: {
    budget: uniformRoot(90, 110),
    census: uniformRoot(9, 11),
  },
  parameters: { headcountChange: 0 },
  nodes: {
    people: node(["headcountChange", "census"], ({ headcountChange, census }) => census * Math.exp(headcountChange), "number of people served"),
    perPerson: node(["budget", "people"], ({ budget, people }) => budget / people, "average resources per person"),
    welfare: node(
      ["perPerson", "people", "census"],
      ({ perPerson, people, census }) => perPerson - (100 * softplus(5 * (census - people))) / 5,
      "average resources, minus a heavy penalty for every person removed",
    ),
  },
  goal: "welfare",
  proxy: "perPerson",
});

const example: CatalogExample = { model, run: { steps: 40, stepSize: 0.0015, samples: 64, seed: 1 } };
export default example;
