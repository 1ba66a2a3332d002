// The bandit hackability module and its figure: the verdict on all stochastic policies against the
// theorem (hackable exactly when both rewards are non-trivial and not equivalent), checked on sampled
// reward pairs including positive affine transforms and constants, and the numbers of the page's example.
import { describe, expect, it } from "vitest";
import { defaultControls } from "../../../components/figures/figure";
import rewardHackingBanditFigure, { banditTrueRewards } from "../../../components/figures/reward-hacking-bandit/definition";
import { cosine } from "../../../src/lib/experiments/vector";
import {
  centred,
  deterministicPolicies,
  finiteSetHackability,
  isHackingPair,
  policyValue,
  simplexGrid,
  simplexHackingPair,
  simplexVerdict,
} from "../../../src/lib/literature/hackability";
import { uniformSource } from "../../../src/lib/random";

const next = uniformSource(20220927);
const integer = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
const rewards = (k: number) => Array.from({ length: k }, () => integer(-3, 3));
const randomPolicy = (k: number) => {
  const weights = Array.from({ length: k }, () => -Math.log(1 - next()));
  const total = weights.reduce((s, x) => s + x, 0);
  return weights.map((x) => x / total);
};

/** Exact test on integer vectors: r2 = c·r1 + b·1 with c > 0 (centred vectors positively parallel). */
function positiveAffine(r1: readonly number[], r2: readonly number[]): boolean {
  const k = r1.length;
  // centred times k stays integer
  const g1 = r1.map((x) => k * x - r1.reduce((s, y) => s + y, 0));
  const g2 = r2.map((x) => k * x - r2.reduce((s, y) => s + y, 0));
  for (let i = 0; i < k; i++) for (let j = 0; j < i; j++) if (g1[i]! * g2[j]! !== g1[j]! * g2[i]!) return false;
  return g1.reduce((s, x, a) => s + x * g2[a]!, 0) > 0;
}
const constant = (r: readonly number[]) => r.every((x) => x === r[0]);

describe("simplexVerdict against the theorem", () => {
  const cases: { trueRewards: number[]; proxyRewards: number[] }[] = [];
  for (let n = 0; n < 600; n++) {
    const k = integer(2, 5);
    const trueRewards = rewards(k);
    const shape = n % 4;
    // random; a positive affine transform; a constant; a negative multiple plus a shift
    const proxyRewards =
      shape === 0 ? rewards(k)
      : shape === 1 ? trueRewards.map((x) => integer(1, 3) * x + integer(-2, 2))
      : shape === 2 ? new Array<number>(k).fill(integer(-3, 3))
      : trueRewards.map((x) => -integer(1, 3) * x + integer(-2, 2));
    cases.push({ trueRewards, proxyRewards });
  }

  it("hackable exactly when both are non-trivial and not equivalent", () => {
    for (const { trueRewards, proxyRewards } of cases) {
      const expected = !constant(trueRewards) && !constant(proxyRewards) && !positiveAffine(trueRewards, proxyRewards);
      expect(simplexVerdict(trueRewards, proxyRewards).hackable, JSON.stringify({ trueRewards, proxyRewards })).toBe(expected);
    }
  });

  it("a hackable verdict comes with a hacking pair of policies, an unhackable one survives random policy pairs", () => {
    for (const { trueRewards, proxyRewards } of cases) {
      const k = trueRewards.length;
      const pair = simplexHackingPair(trueRewards, proxyRewards);
      if (simplexVerdict(trueRewards, proxyRewards).hackable) {
        expect(pair).toBeDefined();
        for (const policy of [pair!.from, pair!.to]) {
          expect(Math.min(...policy)).toBeGreaterThanOrEqual(-1e-12);
          expect(policy.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
        }
        expect(policyValue(proxyRewards, pair!.to)).toBeGreaterThan(policyValue(proxyRewards, pair!.from));
        expect(policyValue(trueRewards, pair!.to)).toBeLessThan(policyValue(trueRewards, pair!.from));
      } else {
        expect(pair).toBeUndefined();
        for (let n = 0; n < 50; n++) {
          const [p, q] = [randomPolicy(k), randomPolicy(k)];
          const tie = (r: number[]) => Math.abs(policyValue(r, p) - policyValue(r, q)) < 1e-9;
          if (!tie(trueRewards) && !tie(proxyRewards)) expect(isHackingPair(trueRewards, proxyRewards, p, q)).toBe(false);
        }
      }
    }
  });
});

describe("finite sets of policies", () => {
  it("the grid has (n + 1)(n + 2)/2 policies on the simplex", () => {
    const grid = simplexGrid(10);
    expect(grid).toHaveLength(66);
    for (const p of grid) expect(p.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
  });

  it("counts pairs by brute force: a hackable pair on the grid, unhackable on the deterministic policies (the page's example)", () => {
    const proxy = [0, 0, 1];
    const onGrid = finiteSetHackability(banditTrueRewards, proxy, simplexGrid(10));
    expect(onGrid.pairs).toBe(2145);
    expect(onGrid.hackingPairs).toBeGreaterThan(0);
    const onVertices = finiteSetHackability(banditTrueRewards, proxy, deterministicPolicies(3));
    expect(onVertices.hackingPairs).toBe(0);
    expect(onVertices.pairs).toBe(3);
    // the pair the example states: π = arm 2, π' = 0.6·arm 1 + 0.4·arm 3
    const [from, to] = [[0, 1, 0], [0.6, 0, 0.4]];
    expect([policyValue(proxy, from), policyValue(banditTrueRewards, from)]).toEqual([0, 1]);
    expect(policyValue(proxy, to)).toBeCloseTo(0.4, 14);
    expect(policyValue(banditTrueRewards, to)).toBeCloseTo(0.8, 14);
    expect(isHackingPair(banditTrueRewards, proxy, from, to)).toBe(true);
    // the efficiency of the proxy's gradient on the goal, cos((−1/3, −1/3, 2/3), (−1, 0, 1)) = √3/2
    expect(cosine(centred(proxy), centred(banditTrueRewards))).toBeCloseTo(Math.sqrt(3) / 2, 14);
  });

  it("brute-force counts agree with the closed verdict: equivalent or constant proxies give no hacking pair on the grid", () => {
    for (const proxy of [[-1, 0, 1], [1, 2, 3], [2, 2, 2], [0, 2, 4]]) {
      expect(finiteSetHackability(banditTrueRewards, proxy, simplexGrid(10)).hackingPairs).toBe(0);
      expect(simplexVerdict(banditTrueRewards, proxy).hackable).toBe(false);
    }
    for (const proxy of [[0, 0, 1], [2, 1, 0], [1, 0, 1]]) {
      expect(finiteSetHackability(banditTrueRewards, proxy, simplexGrid(10)).hackingPairs).toBeGreaterThan(0);
      expect(simplexVerdict(banditTrueRewards, proxy).hackable).toBe(true);
    }
  });
});

describe("the figure", () => {
  it("at its defaults: the grid is hackable and the verdict on all stochastic policies says so", () => {
    const data = rewardHackingBanditFigure.compute(defaultControls(rewardHackingBanditFigure));
    const summary = data["summary"]![0]!;
    expect(summary["hackableOnAllStochastic"]).toBe(true);
    expect(summary["hackingPairs"]).toBe(finiteSetHackability(banditTrueRewards, [0, 0, 1], simplexGrid(10)).hackingPairs);
    expect(data["worstPair"]).toHaveLength(1);
    const worst = data["worstPair"]![0]!;
    expect(Number(worst["toProxy"])).toBeGreaterThan(Number(worst["fromProxy"]));
    expect(Number(worst["toGoal"])).toBeLessThan(Number(worst["fromGoal"]));
  });

  it("on the deterministic policies the default proxy is unhackable, and the text says both verdicts", () => {
    const controls = { ...defaultControls(rewardHackingBanditFigure), policySet: 2 };
    const data = rewardHackingBanditFigure.compute(controls);
    expect(data["summary"]![0]!["hackingPairs"]).toBe(0);
    expect(data["worstPair"]).toHaveLength(0);
    const text = rewardHackingBanditFigure.describe(data, controls);
    expect(text).toContain("0 of 3 pairs");
    expect(text).toContain("all stochastic policies the pair is hackable");
  });
});
