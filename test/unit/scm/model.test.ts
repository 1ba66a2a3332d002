import { describe, expect, it } from "vitest";
import {
  constantRoot,
  defineModel,
  drawEnvironment,
  evaluate,
  expectations,
  gradients,
  node,
  normalRoot,
  optimise,
  uniformRoot,
  type ModelSpec,
} from "../../../src/lib/scm";

const base = {
  roots: { e: constantRoot(0.5) },
  parameters: { a: 1 },
  goal: "g",
  proxy: "u",
} as const;

describe("defineModel: every error names the model and the node", () => {
  it("rejects a cycle", () => {
    const spec: ModelSpec = {
      ...base,
      name: "cyclic",
      nodes: {
        u: node(["g", "a"], ({ g, a }) => g + a),
        g: node(["h"], ({ h }) => h),
        h: node(["u"], ({ u }) => u),
      },
    };
    expect(() => defineModel(spec)).toThrow('model "cyclic": node "u" is on a cycle u → h → g → u');
  });

  it("rejects a missing parent", () => {
    const spec: ModelSpec = {
      ...base,
      name: "rocks-for-diamonds",
      nodes: { u: node(["camera"], ({ camera }) => camera), g: node(["a"], ({ a }) => a) },
    };
    expect(() => defineModel(spec)).toThrow('model "rocks-for-diamonds": node "u" has parent "camera", which is not a node, root or parameter');
  });

  it("suggests the nearest name for a misspelt parent or goal, and none for a name nothing resembles", () => {
    const misspelt: ModelSpec = { ...base, name: "m", nodes: { u: node(["g", "a"], ({ g, a }) => g + a), g: node(["E"], ({ E }) => E) } };
    expect(() => defineModel(misspelt)).toThrow('model "m": node "g" has parent "E", which is not a node, root or parameter (did you mean "e"?)');
    const typo: ModelSpec = { ...base, name: "m", nodes: { u: node(["a"], ({ a }) => a), welfare: node(["a"], ({ a }) => a) }, goal: "welfair" };
    expect(() => defineModel(typo)).toThrow('model "m": the goal "welfair" is not a node of the model (did you mean "welfare"?)');
  });

  it("rejects an unknown goal, proxy or agent goal", () => {
    const nodes = { u: node(["a"], ({ a }) => a), g: node(["a"], ({ a }) => a) };
    expect(() => defineModel({ ...base, name: "m", nodes, goal: "welfare" })).toThrow('model "m": the goal "welfare" is not a node of the model');
    expect(() => defineModel({ ...base, name: "m", nodes, proxy: "e" })).toThrow('model "m": the proxy "e" is a root; it must be an endogenous node');
    expect(() => defineModel({ ...base, name: "m", nodes, agentGoal: "v" })).toThrow('model "m": the agent goal "v" is not a node of the model');
  });

  it("rejects an environment change of something that is not a root", () => {
    const nodes = { u: node(["a"], ({ a }) => a), g: node(["a"], ({ a }) => a) };
    expect(() => defineModel({ ...base, name: "m", nodes, environmentChange: { description: "x", roots: { u: constantRoot(1) } } })).toThrow(
      'model "m": the environment change replaces "u", which is not a root',
    );
  });

  it("rejects a name used twice", () => {
    const nodes = { u: node(["a"], ({ a }) => a), g: node(["a"], ({ a }) => a), e: node(["a"], ({ a }) => a) };
    expect(() => defineModel({ ...base, name: "dup", nodes })).toThrow('model "dup": the name "e" is used by both a root and a node');
  });

  it("reports a non-finite value with the model, the node and the parameter and root values", () => {
    const model = defineModel({
      ...base,
      name: "nan-model",
      nodes: { bad: node(["a", "e"], ({ a, e }) => Math.log(e - a)), u: node(["bad"], ({ bad }) => bad), g: node(["a"], ({ a }) => a) },
    });
    expect(() => evaluate(model, [1], { e: 0.5 })).toThrow('model "nan-model": node "bad" evaluated to NaN at parameters {a: 1} and roots {e: 0.5}');
    expect(() => optimise(model, { steps: 1, stepSize: 0.1, samples: 2, seed: 1 })).toThrow('model "nan-model": node "bad" evaluated to NaN');
  });

  it("orders nodes so that parents come first", () => {
    const model = defineModel({
      ...base,
      name: "order",
      nodes: { u: node(["m"], ({ m }) => m), m: node(["a", "e"], ({ a, e }) => a * e), g: node(["u"], ({ u }) => u) },
    });
    expect(model.order.indexOf("m")).toBeLessThan(model.order.indexOf("u"));
    expect(model.order.indexOf("u")).toBeLessThan(model.order.indexOf("g"));
  });
});

describe("evaluation", () => {
  const model = defineModel({
    name: "chain",
    roots: { e: normalRoot(0, 1) },
    parameters: { a: 2 },
    nodes: {
      m: node(["a", "e"], ({ a, e }) => a + e),
      u: node(["m"], ({ m }) => 3 * m),
      g: node(["m", "a"], ({ m, a }) => m - a * a),
    },
    goal: "g",
    proxy: "u",
  });

  it("evaluates in topological order and applies do() interventions", () => {
    expect(evaluate(model, [2], { e: 1 })).toMatchObject({ a: 2, e: 1, m: 3, u: 9, g: -1 });
    expect(evaluate(model, { a: 2 }, { e: 1 }, { m: 10 })).toMatchObject({ m: 10, u: 30, g: 6 });
    expect(evaluate(model, [2], { e: 1 }, { m: (old) => old + 0.5 })).toMatchObject({ m: 3.5, u: 10.5 });
    expect(evaluate(model, [2], { e: 1 }, { e: 0 })).toMatchObject({ m: 2, u: 6 });
    expect(() => evaluate(model, [2], { e: 1 }, { a: 0 })).toThrow('model "chain": intervention on parameter "a"; set θ instead');
  });

  it("draws the same samples for the same seed, and changed roots share the others' streams", () => {
    const a = drawEnvironment(model, 5, 42);
    const b = drawEnvironment(model, 5, 42);
    expect(a.rows.map((r) => r[0])).toEqual(b.rows.map((r) => r[0]));
    const c = drawEnvironment(model, 5, 43);
    expect(c.rows[0]![0]).not.toBe(a.rows[0]![0]);
  });

  it("estimates expectations and their finite-difference gradients", () => {
    const samples = drawEnvironment(model, 2000, 7);
    const means = expectations(model, [2], samples);
    const meanE = samples.rows.reduce((s, r) => s + r[0]!, 0) / 2000;
    expect(means["u"]).toBeCloseTo(3 * (2 + meanE), 10);
    // dŪ/da = 3, dŪ*/da = 1 − 2a = −3, exactly, whatever the samples
    const grad = gradients(model, [2], samples, ["u", "g"]);
    expect(grad["u"]![0]).toBeCloseTo(3, 6);
    expect(grad["g"]![0]).toBeCloseTo(-3, 6);
  });

  it("records OE, OP and the 0/0 convention along a run", () => {
    const flat = defineModel({
      name: "flat-goal",
      roots: { e: uniformRoot(0, 1) },
      parameters: { a: 0 },
      nodes: { u: node(["a", "e"], ({ a, e }) => a + e), g: node(["e"], ({ e }) => e) },
      goal: "g",
      proxy: "u",
    });
    const run = optimise(flat, { steps: 3, stepSize: 0.5, samples: 8, seed: 1 });
    expect(run.steps).toHaveLength(4);
    expect(run.steps.every((s) => s.efficiency === 0 && s.pressure === 0)).toBe(true);
    expect(run.steps[3]!.theta[0]).toBeCloseTo(1.5, 6);
    const chain = optimise(model, { steps: 2, stepSize: 0.01, samples: 8, seed: 1 });
    expect(chain.steps[0]!.efficiency).toBeCloseTo(-1, 9);
    expect(chain.steps[0]!.pressure).toBeCloseTo(-3, 6);
  });
});
