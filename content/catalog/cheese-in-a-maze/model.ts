import { defineModel, node, normalRoot, uniformRoot, type CatalogExample } from "#scm";

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

// Positions along the maze's diagonal: -1 is the bottom-left corner, +1 the top-right corner.
// θ: the logit of how far the learned policy heads towards the top-right corner.
const model = defineModel({
  name: "cheese-in-a-maze",
  roots: { cheese: normalRoot(1, 0.05) },
  parameters: { heading: 0 },
  nodes: {
    endpoint: node(["heading"], ({ heading }) => 2 * sigmoid(heading) - 1, "where the agent ends the episode"),
    reachesCorner: node(["endpoint"], ({ endpoint }) => -((endpoint - 1) ** 2), "closeness to the top-right corner"),
    reachesCheese: node(["endpoint", "cheese"], ({ endpoint, cheese }) => -((endpoint - cheese) ** 2), "closeness to the cheese"),
  },
  goal: "reachesCheese",
  proxy: "reachesCorner",
  environmentChange: {
    description: "at test time the cheese is placed anywhere along the diagonal",
    roots: { cheese: uniformRoot(-1, 1) },
  },
});

const example: CatalogExample = { model, run: { steps: 30, stepSize: 1, samples: 128, seed: 1 } };
export default example;
