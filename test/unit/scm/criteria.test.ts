import { describe, expect, it } from "vitest";
import {
  adversarialCriterion,
  assessModel,
  constantRoot,
  defineModel,
  extremalCriterion,
  generalisationCriterion,
  naiveCriterion,
  node,
  normalRoot,
  optimise,
  regressionalCriterion,
  tamperingCriterion,
  uniformRoot,
  type Model,
  type RunSettings,
} from "../../../src/lib/scm";

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const settings: RunSettings = { steps: 30, stepSize: 0.1, samples: 32, seed: 3 };
const verdicts = (model: Model, run: RunSettings = settings) => {
  const { verdicts: list } = assessModel(model, run);
  return Object.fromEntries(list.map((v) => [v.mechanism, v]));
};

/** U = U* exactly: the same function of an environment node the agent moves. */
const honest = defineModel({
  name: "honest",
  roots: { e: normalRoot(0, 0.2), f: uniformRoot(0.5, 1.5) },
  parameters: { a: 0, b: 0 },
  nodes: {
    sensor: node(["a", "e"], ({ a, e }) => a + e),
    u: node(["sensor", "b", "f"], ({ sensor, b, f }) => -((sensor - 1) ** 2) - f * (b - 2) ** 2),
    g: node(["sensor", "b", "f"], ({ sensor, b, f }) => -((sensor - 1) ** 2) - f * (b - 2) ** 2),
  },
  goal: "g",
  proxy: "u",
  environmentChange: { description: "noisier sensor", roots: { e: normalRoot(0, 1) } },
});

describe("a proxy equal to the goal", () => {
  it("shows no mechanism and no effect", () => {
    const v = verdicts(honest);
    expect(v["regressional"]!.holds).toBe(false);
    expect(v["regressional"]!.evidence).toMatchObject({ inBand: 0 });
    expect(v["extremal"]!.holds).toBe(false);
    expect(v["tampering"]!.holds).toBe(false);
    expect(v["generalisation"]!.holds).toBe(false);
    expect(v["naive"]!.holds).toBe(false);
    expect(v["adversarial"]!.holds).toBe(false);
    const run = optimise(honest, settings);
    expect(run.steps.every((s) => s.efficiency > 0.999999)).toBe(true);
  });
});

describe("regressional", () => {
  const model = defineModel({
    name: "style",
    roots: { noise: normalRoot(0, 1) },
    parameters: { a: 0, b: 0 },
    nodes: { u: node(["a", "b", "noise"], ({ a, b, noise }) => a + b + noise), g: node(["a", "b"], ({ a, b }) => a + 0.2 * b) },
    goal: "g",
    proxy: "u",
  });
  it("holds when OE stays inside (0, 1 − ε)", () => {
    const verdict = regressionalCriterion(optimise(model, settings));
    expect(verdict.holds).toBe(true);
    expect(verdict.evidence.fraction).toBe(1);
    expect(verdict.evidence.meanEfficiency).toBeCloseTo(1.2 / (Math.SQRT2 * Math.hypot(1, 0.2)), 6);
  });
});

describe("extremal", () => {
  const model = defineModel({
    name: "peak",
    roots: { noise: normalRoot(0, 1) },
    parameters: { a: 0 },
    nodes: { u: node(["a", "noise"], ({ a, noise }) => a + noise), g: node(["a"], ({ a }) => a - a * a / 2) },
    goal: "g",
    proxy: "u",
  });
  it("finds the maximal interval of negative OE after a positive start", () => {
    const run = optimise(model, { steps: 20, stepSize: 0.1, samples: 8, seed: 1 });
    const verdict = extremalCriterion(run);
    expect(verdict.holds).toBe(true);
    expect(verdict.evidence.firstPositiveStep).toBe(0);
    // a = 0.1·t passes the goal's peak at a = 1 (t = 10, where OE is 0)
    expect(verdict.evidence.intervals).toEqual([[11, 20]]);
  });
  it("does not fire when OE is negative from the start", () => {
    const run = optimise(model, { steps: 5, stepSize: 0.1, samples: 8, seed: 1 });
    const shifted = { ...run, steps: run.steps.map((s) => ({ ...s, efficiency: -1 })) };
    expect(extremalCriterion(shifted).holds).toBe(false);
  });
});

describe("tampering", () => {
  const rocks = defineModel({
    name: "rocks",
    roots: { d: uniformRoot(0.5, 1.5), r: uniformRoot(2, 3) },
    parameters: { share: 0 },
    nodes: {
      diamonds: node(["share", "d"], ({ share, d }) => (1 - sigmoid(share)) * d),
      rocks: node(["share", "r"], ({ share, r }) => sigmoid(share) * r),
      reward: node(["diamonds", "rocks"], ({ diamonds, rocks }) => diamonds + rocks),
    },
    goal: "diamonds",
    proxy: "reward",
  });
  it("detects an independent cause", () => {
    const verdict = tamperingCriterion(rocks, optimise(rocks, settings));
    expect(verdict.holds).toBe(true);
    expect(verdict.evidence.witnesses).toEqual(["rocks"]);
    expect(verdict.evidence.cases).toEqual(["independent-cause"]);
    expect(verdict.evidence.candidates[0]!.path).toEqual(["share", "rocks"]);
  });

  it("detects a shared cause with opposite effects", () => {
    const model = defineModel({
      name: "shared",
      roots: { k: uniformRoot(1, 2) },
      parameters: { a: 0 },
      nodes: { s: node(["a", "k"], ({ a, k }) => k * a), u: node(["s"], ({ s }) => s), g: node(["s"], ({ s }) => -s) },
      goal: "g",
      proxy: "u",
    });
    const verdict = tamperingCriterion(model, optimise(model, settings));
    expect(verdict.evidence.cases).toEqual(["shared-cause"]);
  });

  it("detects an intermediary cause between U* and U, but not the faithful path through U*", () => {
    const build = (tamper: boolean) =>
      defineModel({
        name: tamper ? "camera" : "faithful-camera",
        roots: { theft: uniformRoot(0, 0.5) },
        parameters: { guard: 0, screen: -2 },
        nodes: {
          safe: node(["theft", "guard"], ({ theft, guard }) => (1 - theft) * sigmoid(guard)),
          camera: node(["safe", "screen"], ({ safe, screen }) => (tamper ? (1 - sigmoid(screen)) * safe + sigmoid(screen) : safe)),
          seen: node(["camera"], ({ camera }) => camera),
        },
        goal: "safe",
        proxy: "seen",
      });
    const tampered = tamperingCriterion(build(true), optimise(build(true), settings));
    expect(tampered.holds).toBe(true);
    expect(tampered.evidence.cases).toEqual(["intermediary-cause"]);
    // θ reaches the camera only through the goal: the camera faithfully reports it, no tampering
    const faithful = tamperingCriterion(build(false), optimise(build(false), settings));
    expect(faithful.holds).toBe(false);
  });

  it("does not count a node the run does not exploit", () => {
    // the agent could inflate the proxy through `inflate`, but the node only costs it here, so the run lowers it
    const model = defineModel({
      name: "unexploited",
      roots: { k: uniformRoot(1, 2) },
      parameters: { a: 1 },
      nodes: { inflate: node(["a", "k"], ({ a, k }) => k * a), u: node(["inflate"], ({ inflate }) => -(inflate ** 2)), g: node(["inflate"], ({ inflate }) => -(inflate ** 2)) },
      goal: "g",
      proxy: "u",
    });
    expect(tamperingCriterion(model, optimise(model, settings)).holds).toBe(false);
  });
});

describe("generalisation", () => {
  const cheese = defineModel({
    name: "cheese",
    roots: { cheese: normalRoot(1, 0.05) },
    parameters: { heading: 0 },
    nodes: {
      endpoint: node(["heading"], ({ heading }) => 2 * sigmoid(heading) - 1),
      corner: node(["endpoint"], ({ endpoint }) => -((endpoint - 1) ** 2)),
      found: node(["endpoint", "cheese"], ({ endpoint, cheese }) => -((endpoint - cheese) ** 2)),
    },
    goal: "found",
    proxy: "corner",
    environmentChange: { description: "cheese anywhere", roots: { cheese: uniformRoot(-1, 1) } },
  });
  it("detects a changed root whose effects disagree, and shows the drop of Ū*", () => {
    const verdict = generalisationCriterion(cheese, optimise(cheese, settings));
    expect(verdict.holds).toBe(true);
    expect(verdict.evidence.witnesses).toEqual(["cheese"]);
    expect(verdict.evidence.goal!.changed).toBeLessThan(verdict.evidence.goal!.training - 0.5);
    expect(verdict.evidence.proxy!.changed).toBeCloseTo(verdict.evidence.proxy!.training, 12);
  });
  it("does not fire without an environment change", () => {
    const { environmentChange: _, ...spec } = cheese;
    const model = defineModel({ ...spec, name: "no-change" });
    expect(generalisationCriterion(model, optimise(model, settings)).holds).toBe(false);
  });
});

describe("effects", () => {
  const build = (sign: number) =>
    defineModel({
      name: sign < 0 ? "against" : "along",
      roots: { e: constantRoot(0) },
      parameters: { a: 0, b: 0 },
      nodes: {
        u: node(["a", "b"], ({ a, b }) => a + b),
        g: node(["a"], ({ a }) => a),
        v: node(["a", "b"], ({ a, b }) => sign * a + b),
      },
      goal: "g",
      proxy: "u",
      agentGoal: "v",
    });
  it("adversarial holds when OE_V(U*) < 0 at the start, and the agent ascends V", () => {
    const run = optimise(build(-1), settings);
    expect(run.settings.objective).toBe("agentGoal");
    expect(run.steps[1]!.theta[0]).toBeLessThan(0);
    const verdict = adversarialCriterion("v", run);
    expect(verdict.holds).toBe(true);
    expect(verdict.evidence.startEfficiency).toBeCloseTo(-1 / Math.SQRT2, 6);
    expect(adversarialCriterion("v", optimise(build(1), settings)).holds).toBe(false);
  });
  it("naive needs no agent goal and at least one mechanism", () => {
    expect(naiveCriterion(undefined, ["regressional"]).holds).toBe(true);
    expect(naiveCriterion(undefined, []).holds).toBe(false);
    expect(naiveCriterion("v", ["tampering"]).holds).toBe(false);
  });
});
