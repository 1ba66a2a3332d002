import { defineModel, node, normalRoot, type CatalogExample } from "#scm";

// A linear model y ≈ w·x + v·z fitted to four noisy training points. In the population y = x + noise
// and z is unrelated to y; in the small training sample z happens to correlate with the noise.
const TRAINING = [
  { x: -1, z: 0.3, y: -0.75 },
  { x: -0.5, z: -0.6, y: -1.0 },
  { x: 0.5, z: 0.9, y: 1.15 },
  { x: 1, z: 0.2, y: 1.3 },
] as const;

const model = defineModel({
  name: "overfitting",
  roots: { x: normalRoot(0, 1), z: normalRoot(0, 1), noise: normalRoot(0, 0.3) },
  parameters: { w: 0, v: 0 },
  nodes: {
    trainingFit: node(["w", "v"], ({ w, v }) => -TRAINING.reduce((sum, p) => sum + (p.y - w * p.x - v * p.z) ** 2, 0) / TRAINING.length, "minus the training error"),
    testFit: node(["w", "v", "x", "z", "noise"], ({ w, v, x, z, noise }) => -((x + noise - w * x - v * z) ** 2), "minus the error on a fresh point"),
  },
  goal: "testFit",
  proxy: "trainingFit",
});

const example: CatalogExample = { model, run: { steps: 60, stepSize: 0.015, samples: 128, seed: 1 } };
export default example;
