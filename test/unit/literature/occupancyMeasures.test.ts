// Occupancy measures against the Bellman optimality equations and the flow constraints, the
// projection path against a direct Euclidean projection, and the figure's numbers against both.
import { describe, expect, it } from "vitest";
import occupancyPolytopeFigure from "../../../components/figures/occupancy-polytope/definition";
import { defaultControls } from "../../../components/figures/figure";
import { dot } from "../../../src/lib/experiments/vector";
import {
  applyMatrix,
  flowMatrix,
  occupancyOf,
  optimalOccupancy,
  occupancyBySeries,
  optimalValues,
  policyValues,
  policyOf,
  polytopeExperiment,
  projectOntoPolygon,
  tangentProjection,
  type FiniteMdp,
  type PolytopeParameters,
  type Point2,
} from "../../../src/lib/literature/occupancyMeasures";
import { uniformSource } from "../../../src/lib/random";

/** A random MDP with full-support initial distribution, and a random reward. */
function randomMdp(random: () => number, states: number, actions: number, discount: number): FiniteMdp {
  const distribution = (size: number) => {
    const weights = Array.from({ length: size }, () => random() + 0.01);
    const total = weights.reduce((s, w) => s + w, 0);
    return weights.map((w) => w / total);
  };
  return {
    states,
    actions,
    transition: Array.from({ length: states }, () => Array.from({ length: actions }, () => distribution(states))),
    initial: distribution(states),
    discount,
  };
}

const randomVector = (random: () => number, size: number) => Array.from({ length: size }, () => 2 * random() - 1);

describe("occupancy measures of random MDPs", () => {
  const random = uniformSource(0.20240117);
  const cases = Array.from({ length: 60 }, (_, k) => {
    const states = 1 + (k % 4);
    const actions = 1 + (Math.floor(k / 4) % 3);
    const discount = [0, 0.5, 0.9, 0.99][k % 4]!;
    return { mdp: randomMdp(random, states, actions, discount), reward: randomVector(random, states * actions) };
  });

  it("the LP optimum equals μ·V* from value iteration to 1e-9, and its policy is greedy for V*", () => {
    for (const { mdp, reward } of cases) {
      const { occupancy, value } = optimalOccupancy(mdp, reward);
      const values = optimalValues(mdp, reward, 1e-14);
      expect(Math.abs(value - dot(mdp.initial, values))).toBeLessThan(1e-9);
      // every pair the optimum visits attains the maximum in the Bellman optimality equation
      for (let s = 0; s < mdp.states; s++) {
        for (let a = 0; a < mdp.actions; a++) {
          if (occupancy[s * mdp.actions + a]! <= 1e-9) continue;
          const q = reward[s * mdp.actions + a]! + mdp.discount * dot(mdp.transition[s]![a]!, values);
          expect(Math.abs(q - values[s]!)).toBeLessThan(1e-9);
        }
      }
    }
  });

  it("η^π satisfies the flow constraints, has mass 1/(1 − γ), matches the series, and gives back π", () => {
    for (const { mdp, reward } of cases) {
      const policy = Array.from({ length: mdp.states }, () => {
        const w = Array.from({ length: mdp.actions }, () => random());
        const total = w.reduce((s, x) => s + x, 0);
        return w.map((x) => x / total);
      });
      const eta = occupancyOf(mdp, policy);
      const series = occupancyBySeries(mdp, policy);
      eta.forEach((x, i) => expect(Math.abs(x - series[i]!)).toBeLessThan(1e-9));
      applyMatrix(flowMatrix(mdp), eta).forEach((x, s) => expect(Math.abs(x - mdp.initial[s]!)).toBeLessThan(1e-12));
      expect(Math.abs(eta.reduce((s, x) => s + x, 0) - 1 / (1 - mdp.discount))).toBeLessThan(1e-9);
      expect(Math.min(...eta)).toBeGreaterThanOrEqual(0);
      policyOf(mdp, eta).forEach((row, s) => row.forEach((p, a) => expect(Math.abs(p - policy[s]![a]!)).toBeLessThan(1e-9)));
      // J_R(π) = ⟨η^π, R⟩ is the value of π: μ·V^π from the Bellman equation of π
      const values = policyValues(mdp, policy, reward);
      expect(Math.abs(dot(eta, reward) - dot(mdp.initial, values))).toBeLessThan(1e-9);
    }
  });

  it("M projects onto ker A: A M = 0, M² = M, and M is symmetric", () => {
    for (const { mdp } of cases.slice(0, 20)) {
      const m = tangentProjection(mdp);
      const a = flowMatrix(mdp);
      const size = mdp.states * mdp.actions;
      for (let j = 0; j < size; j++) {
        const column = m.map((row) => row[j]!);
        applyMatrix(a, column).forEach((x) => expect(Math.abs(x)).toBeLessThan(1e-10));
        applyMatrix(m, column).forEach((x, i) => expect(Math.abs(x - column[i]!)).toBeLessThan(1e-10));
        for (let i = 0; i < size; i++) expect(Math.abs(m[i]![j]! - m[j]![i]!)).toBeLessThan(1e-12);
      }
    }
  });
});

function distanceToPolyline(points: readonly Point2[], p: Point2): number {
  if (points.length === 1) return Math.hypot(p[0] - points[0]![0], p[1] - points[0]![1]);
  let best = Infinity;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const e: Point2 = [b[0] - a[0], b[1] - a[1]];
    const length = e[0] ** 2 + e[1] ** 2;
    const t = length === 0 ? 0 : Math.min(1, Math.max(0, ((p[0] - a[0]) * e[0] + (p[1] - a[1]) * e[1]) / length));
    best = Math.min(best, Math.hypot(p[0] - a[0] - t * e[0], p[1] - a[1] - t * e[1]));
  }
  return best;
}

describe("the figure's experiment", () => {
  const settings: PolytopeParameters[] = [];
  for (const discount of [0.5, 0.7, 0.9, 0.95]) {
    for (let direction = 0; direction < 360; direction += 25) {
      for (const angle of [0, 10, 30, 60, 90]) settings.push({ discount, trueDirection: (direction * Math.PI) / 180, rewardAngle: (angle * Math.PI) / 180, angleBound: (angle * Math.PI) / 180 });
    }
  }

  it("the traced path is the projection path Π_Ω(η₀ + βR), and it ends at the proxy's LP optimum", () => {
    for (const parameters of settings) {
      const run = polytopeExperiment(parameters);
      const polygon = run.vertices.map((v): Point2 => [v.x, v.y]);
      const trace = run.path.map((p): Point2 => [p.x, p.y]);
      const direction: Point2 = [dot(run.proxyReward, run.basis[0]), dot(run.proxyReward, run.basis[1])];
      let previousProxy = -Infinity;
      for (let k = 0; k <= 400; k++) {
        const beta = 0.05 * k * k;
        const projected = projectOntoPolygon(polygon, [beta * direction[0], beta * direction[1]]);
        expect(distanceToPolyline(trace, projected)).toBeLessThan(1e-9);
        const proxy = projected[0] * direction[0] + projected[1] * direction[1];
        expect(proxy).toBeGreaterThanOrEqual(previousProxy - 1e-12);
        previousProxy = proxy;
      }
      const end = run.path[run.path.length - 1]!;
      expect(Math.abs(end.proxyValue - run.proxyOptimum.value)).toBeLessThan(1e-9);
      expect(Math.abs(run.proxyOptimum.value - Math.max(...run.vertices.map((v) => v.proxyValue)))).toBeLessThan(1e-9);
      expect(Math.abs(run.trueOptimum.value - Math.max(...run.vertices.map((v) => v.trueValue)))).toBeLessThan(1e-9);
      // the LP optima satisfy the Bellman optimality equations
      expect(Math.abs(run.proxyOptimum.value - dot(run.mdp.initial, optimalValues(run.mdp, run.proxyReward)))).toBeLessThan(1e-9);
      expect(Math.abs(run.trueOptimum.value - dot(run.mdp.initial, optimalValues(run.mdp, run.trueReward)))).toBeLessThan(1e-9);
    }
  });

  it("the pessimistic stop never comes after a fall of the true value when the bound holds, and is on the path before the peak or at it", () => {
    for (const parameters of settings) {
      const run = polytopeExperiment(parameters);
      for (let i = 0; i < run.stopIndex; i++) expect(run.path[i + 1]!.trueValue).toBeGreaterThanOrEqual(run.path[i]!.trueValue - 1e-9);
      expect(run.path[run.stopIndex]!.trueValue).toBeLessThanOrEqual(run.path[run.goodhartIndex]!.trueValue + 1e-9);
    }
  });

  it("the figure's data at the default controls match these checks", () => {
    const data = occupancyPolytopeFigure.compute(defaultControls(occupancyPolytopeFigure));
    const summary = data["summary"]![0]!;
    const path = data["path"]!;
    const run = polytopeExperiment({ discount: 0.9, trueDirection: (300 * Math.PI) / 180, rewardAngle: (30 * Math.PI) / 180, angleBound: (30 * Math.PI) / 180 });
    expect(Number(summary["proxyOptimumLp"])).toBeCloseTo(dot(run.mdp.initial, optimalValues(run.mdp, run.proxyReward)), 9);
    expect(Number(summary["trueOptimumLp"])).toBeCloseTo(dot(run.mdp.initial, optimalValues(run.mdp, run.trueReward)), 9);
    expect(Number(summary["trueAtPeak"])).toBe(Math.max(...path.map((p) => Number(p["trueValue"]))));
    // at the defaults the true value falls after the boundary is reached: Goodharting
    expect(Number(summary["trueAtEnd"])).toBeLessThan(Number(summary["trueAtPeak"]) - 0.5);
    expect(data["markers"]!.find((m) => m["name"] === "peak")!["kind"]).toBe("boundary");
  });
});

describe("the chapter's tetrahedron: the first fall of the true value need not be its last", () => {
  // one state, four actions, γ = 0: Ω is the probability simplex, onto which projection is the
  // sort-and-threshold rule (the largest τ with Σ max(y − τ, 0) = 1)
  const projectOntoSimplex = (y: readonly number[]) => {
    const sorted = [...y].sort((a, b) => b - a);
    let threshold = 0;
    let sum = 0;
    sorted.forEach((u, k) => {
      sum += u;
      if (u - (sum - 1) / (k + 1) > 0) threshold = (sum - 1) / (k + 1);
    });
    return y.map((u) => Math.max(u - threshold, 0));
  };
  const proxy = [0.5, -0.4, -0.2, 0.4];
  const truth = [0.3, -1.2, 0.8, -0.6];

  it("rises to about −0.026, falls to about −0.115, then rises to 0.3 at the first vertex", () => {
    const values = Array.from({ length: 20_001 }, (_, i) => {
      const beta = (20 * i) / 20_000;
      return dot(projectOntoSimplex(proxy.map((r) => 0.25 + beta * r)), truth);
    });
    const firstFall = values.findIndex((v, i) => i > 0 && v < values[i - 1]! - 1e-12) - 1;
    const lowAfter = Math.min(...values.slice(firstFall));
    expect(values[0]).toBeCloseTo(-0.175, 12);
    expect(values[firstFall]).toBeCloseTo(-0.0263, 3);
    expect(lowAfter).toBeCloseTo(-0.1154, 3);
    expect(values.at(-1)).toBeCloseTo(0.3, 12);
    // the projected angle is acute: centring removes the normal direction (1, 1, 1, 1)
    const centre = (v: readonly number[]) => v.map((x) => x - v.reduce((s, y) => s + y, 0) / v.length);
    expect(dot(centre(proxy), centre(truth))).toBeGreaterThan(0);
  });
});
