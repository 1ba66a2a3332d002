import { defineModel, node, uniformRoot, type CatalogExample } from "#scm";

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

// θ: the logit of how many accounts the branch staff open in customers' names without asking them.
const model = defineModel({
  name: "bank-sales-quotas",
  roots: { requested: uniformRoot(0.9, 1.1), feePerAccount: uniformRoot(0.5, 1) },
  parameters: { unasked: -3 },
  nodes: {
    unauthorised: node(["unasked", "requested"], ({ unasked, requested }) => 2 * sigmoid(unasked) * requested, "accounts opened without the customer's consent"),
    accountsOpened: node(["requested", "unauthorised"], ({ requested, unauthorised }) => requested + unauthorised, "new accounts counted towards the sales goal"),
    customerValue: node(["requested", "unauthorised", "feePerAccount"], ({ requested, unauthorised, feePerAccount }) => 0.5 * requested - feePerAccount * unauthorised, "value to customers: accounts they wanted, minus fees on the rest"),
    bonus: node(["accountsOpened"], ({ accountsOpened }) => accountsOpened, "the employees' incentive pay"),
  },
  goal: "customerValue",
  proxy: "accountsOpened",
  agentGoal: "bonus",
});

const example: CatalogExample = { model, run: { steps: 40, stepSize: 0.5, samples: 64, seed: 1 } };
export default example;
