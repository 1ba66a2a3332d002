import { defineModel, node, uniformRoot, type CatalogExample } from "#scm";

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

// Probability the base policy gives to the rare outputs on which the reward model errs enormously.
const BASE_OUTLIER_SHARE = 0.01;
// Weight of the KL penalty that keeps the policy near the base policy.
const KL_WEIGHT = 0.3;

// θ: how far the policy tilts its ordinary outputs towards better ones, and the logit of the share of
// its probability it moves onto the rare outliers. The outliers are worth nothing more to the user
// than an ordinary output of the base policy (utility 0); the reward model's error on them is drawn
// from a Pareto tail of index 1.2 (inverse-CDF transform of a uniform root, truncated at the 0.001
// quantile so that every sample is finite). The KL divergence splits by the chain rule into the binary
// divergence of the outlier share p from the base share q, plus (1 − p) times the divergence of the
// tilted ordinary outputs, t²/2 for a unit-variance normal shifted by t.
const model = defineModel({
  name: "heavy-tailed-reward-error",
  roots: { tailQuantile: uniformRoot(0.001, 1) },
  parameters: { tilt: 0, outlierLogit: -3 },
  nodes: {
    outlierShare: node(["outlierLogit"], ({ outlierLogit }) => sigmoid(outlierLogit), "share of outputs moved onto the outliers"),
    utility: node(["tilt", "outlierShare"], ({ tilt, outlierShare }) => (1 - outlierShare) * Math.tanh(tilt), "expected true utility of the policy's outputs"),
    regularisedReward: node(
      ["utility", "tilt", "outlierShare", "tailQuantile"],
      ({ utility, tilt, outlierShare, tailQuantile }) => {
        const outlierError = tailQuantile ** (-1 / 1.2);
        const p = outlierShare;
        const q = BASE_OUTLIER_SHARE;
        const divergence = p * Math.log(p / q) + (1 - p) * Math.log((1 - p) / (1 - q)) + (1 - p) * (tilt ** 2) / 2;
        return utility + p * outlierError - KL_WEIGHT * divergence;
      },
      "reward model's score (utility plus heavy-tailed error) minus the KL penalty",
    ),
  },
  goal: "utility",
  proxy: "regularisedReward",
});

const example: CatalogExample = { model, run: { steps: 60, stepSize: 0.5, samples: 128, seed: 1 } };
export default example;
