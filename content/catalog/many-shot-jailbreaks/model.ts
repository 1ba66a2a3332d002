import { defineModel, node, uniformRoot, type CatalogExample } from "#scm";

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

// θ: how strongly the model follows the pattern of the examples in its context window.
const model = defineModel({
  name: "many-shot-jailbreaks",
  roots: { logShots: uniformRoot(0, Math.log(256)) },
  parameters: { incontextFollowing: 0 },
  nodes: {
    helpfulness: node(["incontextFollowing"], ({ incontextFollowing }) => 1 - Math.exp(-incontextFollowing), "helpfulness on ordinary prompts"),
    rewardScore: node(["helpfulness"], ({ helpfulness }) => helpfulness, "reward model's score, trained on short dialogues"),
    jailbroken: node(["incontextFollowing", "logShots"], ({ incontextFollowing, logShots }) => sigmoid(incontextFollowing * logShots - 6), "chance a long harmful prompt succeeds"),
    trueValue: node(["helpfulness", "jailbroken"], ({ helpfulness, jailbroken }) => helpfulness - 2 * jailbroken, "helpfulness minus harm from jailbreaks"),
  },
  goal: "trueValue",
  proxy: "rewardScore",
});

const example: CatalogExample = { model, run: { steps: 60, stepSize: 0.1, samples: 64, seed: 1, normalised: true } };
export default example;
