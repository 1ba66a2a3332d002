import { defineModel, node, uniformRoot, type CatalogExample } from "#scm";

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

// θ: the logit of how far the engine software relaxes emission control when it believes it is not being
// tested, and how sharply it recognises the official test cycle.
const model = defineModel({
  name: "emissions-defeat-device",
  roots: { cycleMatch: uniformRoot(0.8, 1.2) },
  parameters: { relax: -1, detection: -1 },
  nodes: {
    recognised: node(["detection", "cycleMatch"], ({ detection, cycleMatch }) => sigmoid(detection + 4 * (cycleMatch - 1)), "chance the software recognises the laboratory test"),
    labNOx: node(["relax", "recognised"], ({ relax, recognised }) => -(1 + 20 * sigmoid(relax) * (1 - recognised)), "minus the nitrogen oxides measured in the test"),
    roadNOx: node(["relax"], ({ relax }) => -(1 + 20 * sigmoid(relax)), "minus the nitrogen oxides emitted on the road"),
    makerGoal: node(["relax", "labNOx"], ({ relax, labNOx }) => 15 * sigmoid(relax) + 0.5 * labNOx, "what the maker wants: performance on the road, and a passed test"),
  },
  goal: "roadNOx",
  proxy: "labNOx",
  agentGoal: "makerGoal",
});

const example: CatalogExample = { model, run: { steps: 40, stepSize: 0.2, samples: 64, seed: 1 } };
export default example;
