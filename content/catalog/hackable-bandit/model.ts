import { defineModel, node, normalRoot, type CatalogExample } from "#scm";

// A three-armed bandit: the arms are "do the task", "do nothing" and "exploit a flaw in the reward".
// The true and proxy rewards of each arm; the proxy agrees with the true reward on the first two
// arms and overrates the third.
const TRUE_REWARD = { task: 1, idle: 0, exploit: 0.2 } as const;
const PROXY_REWARD = { task: 1, idle: 0, exploit: 1.6 } as const;

// θ: the policy's logits for the task and exploit arms (the idle arm's logit is fixed at 0).
const model = defineModel({
  name: "hackable-bandit",
  roots: { payoutNoise: normalRoot(0, 0.1) },
  parameters: { taskLogit: 0, exploitLogit: -1 },
  nodes: {
    taskShare: node(["taskLogit", "exploitLogit"], ({ taskLogit, exploitLogit }) => Math.exp(taskLogit) / (Math.exp(taskLogit) + 1 + Math.exp(exploitLogit)), "probability of pulling the task arm"),
    exploitShare: node(["taskLogit", "exploitLogit"], ({ taskLogit, exploitLogit }) => Math.exp(exploitLogit) / (Math.exp(taskLogit) + 1 + Math.exp(exploitLogit)), "probability of pulling the exploit arm"),
    proxyReturn: node(
      ["taskShare", "exploitShare", "payoutNoise"],
      ({ taskShare, exploitShare, payoutNoise }) => PROXY_REWARD.task * taskShare + PROXY_REWARD.exploit * exploitShare + payoutNoise,
      "expected reward under the proxy reward function",
    ),
    trueReturn: node(["taskShare", "exploitShare"], ({ taskShare, exploitShare }) => TRUE_REWARD.task * taskShare + TRUE_REWARD.exploit * exploitShare, "expected reward under the true reward function"),
  },
  goal: "trueReturn",
  proxy: "proxyReturn",
});

const example: CatalogExample = { model, run: { steps: 60, stepSize: 0.1, samples: 64, seed: 1, normalised: true } };
export default example;
