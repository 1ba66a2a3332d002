import { defineModel, node, uniformRoot, type CatalogExample } from "#scm";

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

// θ: how much real map content the generator draws from the aerial photo, and the logit of how much
// of the photo's remaining detail it hides in the map as a faint high-frequency pattern.
const model = defineModel({
  name: "hidden-signal-in-translations",
  roots: { photoDetail: uniformRoot(0.5, 1.5) },
  parameters: { mapContent: 0, hiding: -2 },
  nodes: {
    mapQuality: node(["mapContent"], ({ mapContent }) => Math.tanh(mapContent), "quality of the visible map: realistic, and faithful to the photo"),
    hiddenCode: node(["hiding", "photoDetail"], ({ hiding, photoDetail }) => sigmoid(hiding) * photoDetail, "photo detail carried by the invisible pattern"),
    cycleScore: node(
      ["mapQuality", "hiddenCode", "photoDetail"],
      ({ mapQuality, hiddenCode, photoDetail }) => mapQuality - (photoDetail - hiddenCode) ** 2,
      "training objective: a realistic map, minus the error in rebuilding the photo from it",
    ),
  },
  goal: "mapQuality",
  proxy: "cycleScore",
});

const example: CatalogExample = { model, run: { steps: 40, stepSize: 0.15, samples: 64, seed: 1, normalised: true } };
export default example;
