import { defineModel, node, uniformRoot, type CatalogExample } from "#scm";

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

// θ: the organisms' log replication speed, and how readily they stop replicating when they sense the test.
const model = defineModel({
  name: "playing-dead",
  roots: { testCue: uniformRoot(0.8, 1.2) },
  parameters: { replication: 0, detection: -1 },
  nodes: {
    playDead: node(["detection", "testCue"], ({ detection, testCue }) => sigmoid(detection + 2 * (testCue - 1)), "share of the test spent not replicating"),
    measuredRate: node(["replication", "playDead"], ({ replication, playDead }) => -Math.exp(replication) * (1 - playDead), "minus the replication rate seen in the test"),
    realRate: node(["replication"], ({ replication }) => -Math.exp(replication), "minus the replication rate in the main population"),
    fitness: node(["realRate", "measuredRate"], ({ realRate, measuredRate }) => -realRate + 0.5 * measuredRate, "what selection favours: fast replication that survives the test"),
  },
  goal: "realRate",
  proxy: "measuredRate",
  agentGoal: "fitness",
});

const example: CatalogExample = { model, run: { steps: 40, stepSize: 0.1, samples: 64, seed: 1, normalised: true } };
export default example;
