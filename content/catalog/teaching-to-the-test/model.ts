import { defineModel, node, normalRoot, uniformRoot, type CatalogExample } from "#scm";

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

// θ: the logit of the share of class time spent drilling the format of the state test.
const model = defineModel({
  name: "teaching-to-the-test",
  roots: { aptitude: uniformRoot(0.8, 1.2), markingNoise: normalRoot(0, 0.05) },
  parameters: { drilling: -2 },
  nodes: {
    learning: node(["drilling", "aptitude"], ({ drilling, aptitude }) => aptitude * (1 - 0.6 * sigmoid(drilling)), "what the pupils actually learn"),
    testMarks: node(["learning", "drilling", "markingNoise"], ({ learning, drilling, markingNoise }) => learning + sigmoid(drilling) + markingNoise, "pupils' marks on the state test"),
    passRate: node(["testMarks"], ({ testMarks }) => sigmoid(6 * (testMarks - 1)), "share of pupils passing: the published indicator"),
    standing: node(["passRate", "learning"], ({ passRate, learning }) => passRate + 0.2 * learning, "what the school wants: a good inspection, and some learning"),
  },
  goal: "learning",
  proxy: "passRate",
  agentGoal: "standing",
});

const example: CatalogExample = { model, run: { steps: 40, stepSize: 0.5, samples: 64, seed: 1 } };
export default example;
