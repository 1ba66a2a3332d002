import { defineModel, node, uniformRoot, type CatalogExample } from "#scm";

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

// What a rewritten reward function returns, on the scale where an honest episode scores at most 1.
const REWRITTEN_REWARD = 3;
// How much the recorded reward is docked when the unit test notices a rewritten reward function.
const TEST_PENALTY = 1.5;

// θ: the logits of how far the model rewrites its reward function, and how far it also rewrites the
// unit test that checks that function. The agent goal reads the model as pursuing reward for its own
// sake; that is a hypothesis about the model (the source notes that some tampering transcripts look
// confused rather than deliberate).
const model = defineModel({
  name: "reward-tampering",
  roots: {
    answerQuality: uniformRoot(0.6, 1),
    testStrictness: uniformRoot(0.7, 1),
  },
  parameters: { rewriteReward: -2, rewriteTest: -2 },
  nodes: {
    intent: node(
      ["answerQuality", "rewriteReward"],
      ({ answerQuality, rewriteReward }) => answerQuality - sigmoid(rewriteReward),
      "what the developers want: an honest answer, with the reward code left as written",
    ),
    reportedReward: node(
      ["intent", "rewriteReward"],
      ({ intent, rewriteReward }) => (1 - sigmoid(rewriteReward)) * intent + sigmoid(rewriteReward) * REWRITTEN_REWARD,
      "what the reward function returns: its score of the episode, or a large constant once rewritten",
    ),
    recordedReward: node(
      ["reportedReward", "rewriteReward", "rewriteTest", "testStrictness"],
      ({ reportedReward, rewriteReward, rewriteTest, testStrictness }) => reportedReward - TEST_PENALTY * testStrictness * sigmoid(rewriteReward) * (1 - sigmoid(rewriteTest)),
      "the reward training records, docked when the unit test catches the rewrite",
    ),
    modelAim: node(
      ["reportedReward", "recordedReward"],
      ({ reportedReward, recordedReward }) => reportedReward + recordedReward,
      "the model's learned aim: a high reward number, and a clean record",
    ),
  },
  goal: "intent",
  proxy: "recordedReward",
  agentGoal: "modelAim",
});

const example: CatalogExample = { model, run: { steps: 40, stepSize: 0.2, samples: 64, seed: 1, normalised: true } };
export default example;
