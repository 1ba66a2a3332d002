import { defineModel, node, normalRoot, type CatalogExample } from "#scm";

const CAP = 1.5;
const softMinimum = (x: number, cap: number) => cap - Math.log1p(Math.exp(4 * (cap - x))) / 4;

// θ: the lamp's power. The camera reading saturates at CAP; the true goal is useful light minus heat damage.
const model = defineModel({
  name: "saturating-camera",
  roots: { sensorNoise: normalRoot(0, 0.3) },
  parameters: { lamp: 0 },
  nodes: {
    reading: node(["lamp", "sensorNoise"], ({ lamp, sensorNoise }) => softMinimum(lamp + sensorNoise, CAP), "the camera's brightness reading, capped"),
    usefulLight: node(["lamp"], ({ lamp }) => lamp - lamp ** 2 / 4, "light that helps, minus heat damage"),
  },
  goal: "usefulLight",
  proxy: "reading",
});

const example: CatalogExample = { model, run: { steps: 80, stepSize: 0.05, samples: 64, seed: 1, normalised: true } };
export default example;
