import { constantRoot, defineModel, node, uniformRoot, type CatalogExample } from "#scm";

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

// θ: effort on the assigned task, and the logit of the agent's readiness to pursue its own aims.
const model = defineModel({
  name: "deceptive-alignment",
  roots: { oversight: uniformRoot(0.8, 1) },
  parameters: { work: 2, defection: 0 },
  nodes: {
    taskQuality: node(["work"], ({ work }) => Math.tanh(work), "quality of the assigned work"),
    misconduct: node(["defection", "oversight"], ({ defection, oversight }) => sigmoid(defection) * (1 - oversight), "harmful actions, taken only when unobserved"),
    evaluation: node(["taskQuality"], ({ taskQuality }) => taskQuality, "overseers' score from observed episodes"),
    trueValue: node(["taskQuality", "misconduct"], ({ taskQuality, misconduct }) => taskQuality - 2 * misconduct, "work quality minus harm done"),
    ownGoal: node(["misconduct", "evaluation"], ({ misconduct, evaluation }) => 4 * misconduct + 0.5 * evaluation, "the agent's aim: its own ends, while scoring well enough to be deployed"),
  },
  goal: "trueValue",
  proxy: "evaluation",
  agentGoal: "ownGoal",
  environmentChange: { description: "after deployment nobody watches", roots: { oversight: constantRoot(0) } },
});

const example: CatalogExample = { model, run: { steps: 40, stepSize: 0.5, samples: 64, seed: 1 } };
export default example;
