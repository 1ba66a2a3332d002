import { constantRoot, defineModel, node, normalRoot, type CatalogExample } from "#scm";

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

// Route quality runs from -1 (the spheres in the worst order) to +1 (the rewarded order); an agent
// that ignores its partner picks an order at random, worth 0 on average.
// θ: the logit of how closely the agent copies its partner's route.
const model = defineModel({
  name: "following-the-partner",
  roots: { partnerRoute: normalRoot(1, 0.05) },
  parameters: { imitation: 0 },
  nodes: {
    agentRoute: node(["imitation", "partnerRoute"], ({ imitation, partnerRoute }) => sigmoid(imitation) * partnerRoute, "quality of the order in which the agent visits the spheres"),
    closeToPartner: node(["agentRoute", "partnerRoute"], ({ agentRoute, partnerRoute }) => -((agentRoute - partnerRoute) ** 2), "how closely the agent's route matches its partner's"),
    spheresReward: node(["agentRoute"], ({ agentRoute }) => agentRoute, "reward for visiting the spheres in the right order"),
  },
  goal: "spheresReward",
  proxy: "closeToPartner",
  environmentChange: {
    description: "at test time the partner is an anti-expert that visits the spheres in a wrong order",
    roots: { partnerRoute: constantRoot(-1) },
  },
});

const example: CatalogExample = { model, run: { steps: 30, stepSize: 1, samples: 64, seed: 1 } };
export default example;
