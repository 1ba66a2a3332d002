import { defineModel, node, uniformRoot, type CatalogExample } from "#scm";

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

// θ: the logit of how much of the camera's view the agent covers with a picture of the diamond.
const model = defineModel({
  name: "camera-watching-the-safe",
  roots: { theftRisk: uniformRoot(0, 0.5) },
  parameters: { screen: -3 },
  nodes: {
    diamondInSafe: node(["theftRisk"], ({ theftRisk }) => 1 - theftRisk, "probability the diamond is still in the safe"),
    camera: node(["diamondInSafe", "screen"], ({ diamondInSafe, screen }) => (1 - sigmoid(screen)) * diamondInSafe + sigmoid(screen), "how much diamond the footage shows"),
    looksSafe: node(["camera"], ({ camera }) => sigmoid(8 * (camera - 0.5)), "the human's verdict from the footage"),
  },
  goal: "diamondInSafe",
  proxy: "looksSafe",
});

const example: CatalogExample = { model, run: { steps: 40, stepSize: 2, samples: 64, seed: 1 } };
export default example;
