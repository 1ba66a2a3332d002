import { defineModel, node, uniformRoot, type CatalogExample } from "#scm";

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

// θ: the logit of the share of the race the boat spends circling the lagoon instead of following the course.
const model = defineModel({
  name: "boat-race-targets",
  roots: { respawnRate: uniformRoot(2, 3), courseTargets: uniformRoot(0.8, 1.2), boatSpeed: uniformRoot(0.9, 1.1) },
  parameters: { looping: -2 },
  nodes: {
    lagoonHits: node(["looping", "respawnRate"], ({ looping, respawnRate }) => sigmoid(looping) * respawnRate, "targets hit while circling the lagoon"),
    courseHits: node(["looping", "courseTargets"], ({ looping, courseTargets }) => (1 - sigmoid(looping)) * courseTargets, "targets hit along the course"),
    progress: node(["looping", "boatSpeed"], ({ looping, boatSpeed }) => (1 - sigmoid(looping)) * boatSpeed, "progress towards the finish line"),
    score: node(["lagoonHits", "courseHits"], ({ lagoonHits, courseHits }) => lagoonHits + courseHits, "the game's score"),
  },
  goal: "progress",
  proxy: "score",
});

const example: CatalogExample = { model, run: { steps: 40, stepSize: 1, samples: 64, seed: 1 } };
export default example;
