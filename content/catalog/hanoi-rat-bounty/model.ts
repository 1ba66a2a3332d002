import { defineModel, node, uniformRoot, type CatalogExample } from "#scm";

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

// θ: the logit of the share of caught rats that the catchers let go after cutting off the tail.
const model = defineModel({
  name: "hanoi-rat-bounty",
  roots: { caught: uniformRoot(8, 12), litter: uniformRoot(4, 8) },
  parameters: { release: -2 },
  nodes: {
    killed: node(["release", "caught"], ({ release, caught }) => (1 - sigmoid(release)) * caught, "caught rats that are killed"),
    offspring: node(["release", "caught", "litter"], ({ release, caught, litter }) => (sigmoid(release) * caught * litter) / 10, "young born to the tailless rats set free"),
    tails: node(["caught", "offspring"], ({ caught, offspring }) => caught + 0.5 * offspring, "tails handed in for the bounty"),
    fewerRats: node(["killed", "offspring"], ({ killed, offspring }) => killed - offspring, "how far the city's rat population falls"),
    income: node(["tails"], ({ tails }) => tails, "the catchers' bounty income"),
  },
  goal: "fewerRats",
  proxy: "tails",
  agentGoal: "income",
});

const example: CatalogExample = { model, run: { steps: 40, stepSize: 0.5, samples: 64, seed: 1 } };
export default example;
