import { defineModel, node, uniformRoot, type CatalogExample } from "#scm";

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

// θ: the staff capacity a hospital puts into its emergency department, and the logit of its effort on
// recording late patients as seen in time.
const model = defineModel({
  name: "hospital-waiting-targets",
  roots: { demand: uniformRoot(0.9, 1.1), auditGap: uniformRoot(0.5, 1) },
  parameters: { capacity: 0, gaming: -2 },
  nodes: {
    seenInTime: node(["capacity", "demand"], ({ capacity, demand }) => sigmoid(2 * capacity - 2 * demand + 2), "share of patients actually seen within four hours"),
    misrecorded: node(["gaming", "auditGap", "seenInTime"], ({ gaming, auditGap, seenInTime }) => sigmoid(gaming) * auditGap * (1 - seenInTime), "late patients recorded as seen in time"),
    reported: node(["seenInTime", "misrecorded"], ({ seenInTime, misrecorded }) => seenInTime + misrecorded, "share reported against the four-hour target"),
    rating: node(["reported", "capacity"], ({ reported, capacity }) => reported - 0.5 * capacity, "what the hospital's managers want: a good rating at little cost"),
  },
  goal: "seenInTime",
  proxy: "reported",
  agentGoal: "rating",
});

const example: CatalogExample = { model, run: { steps: 40, stepSize: 0.5, samples: 64, seed: 1 } };
export default example;
