import { defineModel, node, normalRoot, uniformRoot, type CatalogExample } from "#scm";

// θ: effort on the content of answers, and the log of their length relative to the starting policy.
// Longer answers help a little, with returns that flatten out; the reward model keeps paying for length.
const model = defineModel({
  name: "length-bias",
  roots: {
    lengthCredit: uniformRoot(0.5, 0.9),
    scoreNoise: normalRoot(0, 0.1),
  },
  parameters: { content: 0, logLength: 0 },
  nodes: {
    helpfulness: node(["content", "logLength"], ({ content, logLength }) => Math.tanh(content) + 0.3 * Math.tanh(logLength), "how helpful the answers really are"),
    rewardScore: node(
      ["content", "logLength", "lengthCredit", "scoreNoise"],
      ({ content, logLength, lengthCredit, scoreNoise }) => Math.tanh(content) + lengthCredit * logLength + scoreNoise,
      "the reward model's score, which rises with length",
    ),
  },
  goal: "helpfulness",
  proxy: "rewardScore",
});

const example: CatalogExample = { model, run: { steps: 40, stepSize: 0.1, samples: 64, seed: 1, normalised: true } };
export default example;
