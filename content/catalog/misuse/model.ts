import { defineModel, node, uniformRoot, type CatalogExample } from "#scm";

const softplus = (x: number) => (x > 30 ? x : Math.log1p(Math.exp(x)));

// θ: how much effort a malicious user puts into harmful requests; the AI tool multiplies its effect.
const model = defineModel({
  name: "misuse",
  roots: { toolStrength: uniformRoot(2, 4), benignTasks: uniformRoot(5, 10) },
  parameters: { harmfulEffort: 0 },
  nodes: {
    harmfulTasks: node(["harmfulEffort", "toolStrength"], ({ harmfulEffort, toolStrength }) => toolStrength * softplus(harmfulEffort), "harmful tasks the tool completes"),
    tasksCompleted: node(["benignTasks", "harmfulTasks"], ({ benignTasks, harmfulTasks }) => benignTasks + harmfulTasks, "the provider's usage metric"),
    welfare: node(["benignTasks", "harmfulTasks"], ({ benignTasks, harmfulTasks }) => benignTasks - 3 * harmfulTasks, "benefit of the tool to society"),
    attackerGoal: node(["harmfulTasks"], ({ harmfulTasks }) => harmfulTasks, "what the malicious user wants"),
  },
  goal: "welfare",
  proxy: "tasksCompleted",
  agentGoal: "attackerGoal",
});

const example: CatalogExample = { model, run: { steps: 30, stepSize: 0.1, samples: 64, seed: 1 } };
export default example;
