/**
 * Hackability of a pair of reward functions on a bandit, after Skalse, Howe, Krasheninnikov and
 * Krueger (2022), as restated on content/literature/reward-hacking.mdx.
 *
 * A policy of a k-armed bandit is a probability vector π over the arms, and its value under a reward
 * vector r is J(π) = Σ_a π_a r_a (linear in π). A pair (true, proxy) is hackable on a set of policies
 * if some π, π' in it have U(π) < U(π') and U*(π) > U*(π'): the proxy prefers π' and the goal prefers π.
 */
import { dot } from "../experiments/vector";

export type Rewards = readonly number[];
export type Policy = readonly number[];

/** J(π) = Σ_a π_a r_a. */
export function policyValue(rewards: Rewards, policy: Policy): number {
  if (rewards.length !== policy.length) throw new Error(`policyValue: ${rewards.length} rewards but a policy over ${policy.length} arms`);
  return dot(rewards, policy);
}

/** r − mean(r)·1: the part of r that a difference of two policies can see (differences sum to zero). */
export function centred(rewards: Rewards): number[] {
  const mean = rewards.reduce((s, x) => s + x, 0) / rewards.length;
  return rewards.map((x) => x - mean);
}

/** Relative tolerance for deciding ties and parallelism of reward vectors given in floating point. */
const relativeTolerance = 1e-9;

function scaleOf(...vectors: Rewards[]): number {
  return Math.max(1, ...vectors.flatMap((v) => v.map(Math.abs)));
}

export interface SimplexVerdict {
  /** U* is constant on the simplex (all arms pay the same true reward) */
  trueTrivial: boolean;
  /** U is constant on the simplex */
  proxyTrivial: boolean;
  /** both non-trivial and r_U = c·r_U* + b·1 with c > 0 */
  equivalent: boolean;
  /** some two stochastic policies are ordered oppositely by U and U* */
  hackable: boolean;
}

/**
 * The verdict on the set of all stochastic policies, by the convex-set theorem of the page:
 * hackable exactly when both rewards are non-trivial and their centred vectors are not positively parallel.
 */
export function simplexVerdict(trueRewards: Rewards, proxyRewards: Rewards): SimplexVerdict {
  const tolerance = relativeTolerance * scaleOf(trueRewards, proxyRewards);
  const gTrue = centred(trueRewards);
  const gProxy = centred(proxyRewards);
  const trueTrivial = gTrue.every((x) => Math.abs(x) <= tolerance);
  const proxyTrivial = gProxy.every((x) => Math.abs(x) <= tolerance);
  let equivalent = false;
  if (!trueTrivial && !proxyTrivial) {
    const c = dot(gProxy, gTrue) / dot(gTrue, gTrue);
    const residual = gProxy.map((x, a) => x - c * gTrue[a]!);
    equivalent = c > 0 && residual.every((x) => Math.abs(x) <= tolerance);
  }
  return { trueTrivial, proxyTrivial, equivalent, hackable: !trueTrivial && !proxyTrivial && !equivalent };
}

export interface HackingPair {
  /** the policy the goal prefers */
  from: number[];
  /** the policy the proxy prefers */
  to: number[];
}

/**
 * A hacking pair on the simplex when the verdict is hackable, built as in the proof of the page's
 * convex-set theorem: from the uniform policy, a step along v = δ·g − w, where g is the centred proxy
 * and g* = c·g + w splits the centred goal into its part along g and the rest. Then g·v > 0 > g*·v.
 * The step length keeps every probability non-negative. Returns undefined for an unhackable pair.
 */
export function simplexHackingPair(trueRewards: Rewards, proxyRewards: Rewards): HackingPair | undefined {
  if (!simplexVerdict(trueRewards, proxyRewards).hackable) return undefined;
  const g = centred(proxyRewards);
  const gStar = centred(trueRewards);
  const gg = dot(g, g);
  const c = dot(gStar, g) / gg;
  const tolerance = relativeTolerance * scaleOf(trueRewards, proxyRewards);
  const residual = gStar.map((x, a) => x - c * g[a]!);
  // a residual within the verdict's tolerance is rounding: then the verdict means c < 0, and v = g works
  const w = residual.every((x) => Math.abs(x) <= tolerance) ? residual.map(() => 0) : residual;
  const ww = dot(w, w);
  // δ > 0 with c·δ·|g|² < |w|² when w ≠ 0
  const delta = ww === 0 || c <= 0 ? 1 : ww / (2 * c * gg);
  // centred again so that rounding cannot move the total probability
  const v = centred(g.map((x, a) => delta * x - w[a]!));
  const k = g.length;
  // v sums to zero and is not zero, so some entry is negative; the step takes the first arm to reach zero there
  const step = 1 / k / Math.max(...v.map((x) => -x));
  const from = new Array<number>(k).fill(1 / k);
  return { from, to: from.map((p, a) => p + step * v[a]!) };
}

/** Whether U and U* order the two policies strictly oppositely. */
export function isHackingPair(trueRewards: Rewards, proxyRewards: Rewards, from: Policy, to: Policy): boolean {
  const proxyGain = policyValue(proxyRewards, to) - policyValue(proxyRewards, from);
  const trueGain = policyValue(trueRewards, to) - policyValue(trueRewards, from);
  return (proxyGain > 0 && trueGain < 0) || (proxyGain < 0 && trueGain > 0);
}

/** The policies i/n over three arms: (i, j, n − i − j)/n, (n + 1)(n + 2)/2 of them. */
export function simplexGrid(resolution: number): number[][] {
  if (!Number.isInteger(resolution) || resolution < 1) throw new Error(`simplexGrid: resolution must be a positive integer, got ${resolution}`);
  const points: number[][] = [];
  for (let i = 0; i <= resolution; i++) {
    for (let j = 0; j <= resolution - i; j++) points.push([i / resolution, j / resolution, (resolution - i - j) / resolution]);
  }
  return points;
}

/** The deterministic policies of a k-armed bandit: the vertices e_1, …, e_k of the simplex. */
export function deterministicPolicies(arms: number): number[][] {
  return Array.from({ length: arms }, (_, a) => Array.from({ length: arms }, (_, b) => (a === b ? 1 : 0)));
}

export interface PolicyPoint {
  index: number;
  policy: number[];
  proxy: number;
  goal: number;
}

export interface FiniteSetHackability {
  points: PolicyPoint[];
  /** unordered pairs {π, π'} that U and U* order strictly oppositely */
  hackingPairs: number;
  /** all unordered pairs */
  pairs: number;
  /** the hacking pair with the largest fall of the goal while the proxy rises, if any */
  worst?: { from: PolicyPoint; to: PolicyPoint };
}

/**
 * Hackability of the pair on a finite set of policies, by enumerating every pair. Values are compared
 * with a tolerance so that policies tied up to rounding count as tied.
 */
export function finiteSetHackability(trueRewards: Rewards, proxyRewards: Rewards, policies: readonly Policy[]): FiniteSetHackability {
  const tolerance = relativeTolerance * scaleOf(trueRewards, proxyRewards);
  const points = policies.map((policy, index) => ({
    index,
    policy: [...policy],
    proxy: policyValue(proxyRewards, policy),
    goal: policyValue(trueRewards, policy),
  }));
  let hackingPairs = 0;
  let worst: FiniteSetHackability["worst"];
  let worstFall = 0;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const [p, q] = [points[i]!, points[j]!];
      const proxyGain = q.proxy - p.proxy;
      const goalGain = q.goal - p.goal;
      if (Math.abs(proxyGain) <= tolerance || Math.abs(goalGain) <= tolerance || proxyGain > 0 === goalGain > 0) continue;
      hackingPairs++;
      // orient the pair so that the proxy rises from `from` to `to`
      const [from, to] = proxyGain > 0 ? [p, q] : [q, p];
      const fall = from.goal - to.goal;
      if (fall > worstFall) {
        worstFall = fall;
        worst = { from, to };
      }
    }
  }
  return { points, hackingPairs, pairs: (points.length * (points.length - 1)) / 2, ...(worst ? { worst } : {}) };
}
