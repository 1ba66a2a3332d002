/** Claims for content/literature/consequences-of-misalignment.mdx: an incomplete proxy under a resource constraint. */
import fc from "fast-check";
import {
  BUDGET_DRAIN_CHECK,
  DRAIN_STEP_CHECK,
  UNMENTIONED_AT_FLOOR_CHECK,
  UTILITY_UNBOUNDED_CHECK,
} from "../../../../src/lib/theorems/checks";
import { finite } from "../arbitraries";
import type { Claim } from "../falsification";

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);
/** true with probability 1/(1 + odds) */
const rarely = (odds = 4) => fc.oneof({ arbitrary: fc.constant(false), weight: odds }, { arbitrary: fc.constant(true), weight: 1 });
const ofLength = <T>(arbitrary: fc.Arbitrary<T>, length: number) => fc.array(arbitrary, { minLength: length, maxLength: length });

/** Strictly increasing functions of one attribute, for costs and proxies. */
type Shape = "linear" | "exponential" | "arctangent";
const shape = fc.constantFrom<Shape>("linear", "exponential", "arctangent");
const shapeValue = (kind: Shape, x: number) => (kind === "linear" ? x : kind === "exponential" ? Math.exp(x / 2) : Math.atan(x));

/** A proxy Σ_{j < J} a_j ψ_j(θ_j) over the first J attributes. */
const proxyValue = (weights: readonly number[], shapes: readonly Shape[], mentioned: number, theta: readonly number[]) =>
  sum(theta.slice(0, mentioned).map((x, j) => weights[j]! * shapeValue(shapes[j]!, x)));

// ---- Theorem 1: a maximiser of the proxy has every unmentioned attribute at its bound ----

interface FloorInstance {
  size: number;
  mentioned: number;
  lower: number[];
  /** a feasible state: the lower bounds plus non-negative gaps */
  point: number[];
  costWeights: number[];
  costShapes: Shape[];
  /** C(θ) = Σ w_i φ_i(θ_i) − (Σ w_i φ_i(point_i) + slack), so C(point) = −slack ≤ 0 */
  slack: number;
  proxyWeights: number[];
  proxyShapes: Shape[];
  /** the cost gives weight 0 to every unmentioned attribute (not strictly increasing in them) */
  costIgnoresUnmentioned: boolean;
  /** every proxy weight is 0 (the proxy is not strictly increasing) */
  flatProxy: boolean;
}

const floorInstance: fc.Arbitrary<FloorInstance> = fc
  .record({ size: fc.integer({ min: 2, max: 5 }) })
  .chain(({ size }) =>
    fc
      .record({
        size: fc.constant(size),
        mentioned: fc.integer({ min: 0, max: size }),
        lower: ofLength(finite(-2, 1), size),
        gaps: ofLength(fc.oneof({ arbitrary: fc.constant(0), weight: 1 }, { arbitrary: finite(0.01, 2), weight: 4 }), size),
        costWeights: ofLength(finite(0.1, 2), size),
        costShapes: ofLength(shape, size),
        slack: fc.oneof(fc.constant(0), finite(0, 2)),
        proxyWeights: ofLength(finite(0.2, 2), size),
        proxyShapes: ofLength(shape, size),
        costIgnoresUnmentioned: rarely(),
        flatProxy: rarely(),
      })
      .map(({ gaps, ...rest }) => ({ ...rest, point: rest.lower.map((b, i) => b + gaps[i]!) })),
  );

function floorCost(instance: FloorInstance) {
  const { costWeights, costShapes, costIgnoresUnmentioned, mentioned, point, slack } = instance;
  const weights = costWeights.map((w, i) => (costIgnoresUnmentioned && i >= mentioned ? 0 : w));
  const raw = (theta: readonly number[]) => sum(theta.map((x, i) => weights[i]! * shapeValue(costShapes[i]!, x)));
  const total = raw(point) + slack;
  return (theta: readonly number[]) => raw(theta) - total;
}

const floorProxy = ({ proxyWeights, proxyShapes, flatProxy, mentioned }: FloorInstance, theta: readonly number[]) =>
  proxyValue(flatProxy ? proxyWeights.map(() => 0) : proxyWeights, proxyShapes, mentioned, theta);

/** The proof's move: every unmentioned attribute down to its bound, then the first mentioned one up as far as the cost allows (halving from 4). */
function floorWitnessImproves(instance: FloorInstance): boolean {
  const { mentioned, lower, point } = instance;
  if (mentioned < 1) return false;
  const cost = floorCost(instance);
  const lowered = point.map((x, i) => (i >= mentioned ? lower[i]! : x));
  for (let delta = 4, halvings = 0; halvings < 80; delta /= 2, halvings++) {
    const raised = lowered.map((x, i) => (i === 0 ? x + delta : x));
    if (cost(raised) <= 0) {
      return raised.every((x, i) => x >= lower[i]!) && floorProxy(instance, raised) > floorProxy(instance, point);
    }
  }
  return false;
}

const aboveSomeBound = ({ point, lower, mentioned }: FloorInstance) => point.some((x, i) => i >= mentioned && x > lower[i]!);
const floorBase = (instance: FloorInstance) => floorCost(instance)(instance.point) <= 0 && aboveSomeBound(instance);

const unmentionedAtFloor: Claim<FloorInstance> = {
  check: UNMENTIONED_AT_FLOOR_CHECK,
  seed: 2020,
  sample: floorInstance,
  hypothesis: (instance) =>
    floorBase(instance) && instance.mentioned >= 1 && instance.mentioned < instance.size && !instance.costIgnoresUnmentioned && !instance.flatProxy,
  conclusion: floorWitnessImproves,
  minimumCoverage: 0.2,
  mutants: [
    { change: "the paper's J < L alone, so J = 0 is allowed", hypothesis: (instance) => floorBase(instance) && instance.mentioned < instance.size && !instance.costIgnoresUnmentioned && !instance.flatProxy },
    { change: "a cost that ignores the unmentioned attributes (not strictly increasing in them)", hypothesis: (instance) => floorBase(instance) && instance.mentioned >= 1 && instance.mentioned < instance.size && !instance.flatProxy },
    { change: "a proxy that is flat in the mentioned attributes", hypothesis: (instance) => floorBase(instance) && instance.mentioned >= 1 && instance.mentioned < instance.size && !instance.costIgnoresUnmentioned },
  ],
};

// ---- Proposition: under a budget, a maximiser spends it all and drains the unmentioned attributes ----

interface DrainInstance {
  size: number;
  mentioned: number;
  lower: number[];
  /** B − Σ b ≥ 0 */
  extra: number;
  shares: number[];
  /** the share of B − Σ b the state spends */
  spent: number;
  proxyWeights: number[];
  proxyShapes: Shape[];
  flatProxy: boolean;
  /** separate caps θ_i ≤ b_i + extra·share_i instead of the shared budget (no trade-off between attributes) */
  caps: boolean;
}

const drainInstance: fc.Arbitrary<DrainInstance> = fc
  .record({ size: fc.integer({ min: 2, max: 6 }) })
  .chain(({ size }) =>
    fc.record({
      size: fc.constant(size),
      mentioned: fc.integer({ min: 0, max: size }),
      lower: ofLength(finite(-3, 1), size),
      extra: fc.oneof({ arbitrary: fc.constant(0), weight: 1 }, { arbitrary: finite(0, 5), weight: 4 }),
      shares: ofLength(fc.oneof({ arbitrary: fc.constant(0), weight: 1 }, { arbitrary: finite(0.05, 1), weight: 4 }), size),
      spent: fc.oneof({ arbitrary: fc.constant(1), weight: 2 }, { arbitrary: finite(0, 1), weight: 3 }),
      proxyWeights: ofLength(finite(0.2, 2), size),
      proxyShapes: ofLength(shape, size),
      flatProxy: rarely(),
      caps: rarely(),
    }),
  );

function drainGeometry({ lower, extra, shares, spent }: DrainInstance) {
  const shareTotal = sum(shares);
  const split = shares.map((s) => (shareTotal > 0 ? s / shareTotal : 0));
  return {
    budget: sum(lower) + extra,
    caps: lower.map((b, i) => b + extra * split[i]!),
    point: lower.map((b, i) => b + spent * extra * split[i]!),
  };
}

/** ε = Σ_{k ∉ J} (θ_k − b_k) + (B − Σ θ), what the proof moves to the first mentioned attribute. */
function drainExcess(instance: DrainInstance): number {
  const { budget, point } = drainGeometry(instance);
  return sum(point.map((x, i) => (i >= instance.mentioned ? x - instance.lower[i]! : 0))) + (budget - sum(point));
}

function drainWitnessImproves(instance: DrainInstance): boolean {
  const { mentioned, lower, caps: separateCaps, proxyWeights, proxyShapes, flatProxy } = instance;
  if (mentioned < 1) return false;
  const { budget, caps, point } = drainGeometry(instance);
  const excess = drainExcess(instance);
  const moved = point.map((x, i) => (i >= mentioned ? lower[i]! : i === 0 ? x + excess : x));
  const tolerance = 1e-9 * (1 + Math.abs(budget) + sum(point.map(Math.abs)));
  const feasible = moved.every((x, i) => x >= lower[i]!) && (separateCaps ? moved.every((x, i) => x <= caps[i]! + tolerance) : Math.abs(sum(moved) - budget) <= tolerance);
  const weights = flatProxy ? proxyWeights.map(() => 0) : proxyWeights;
  return feasible && proxyValue(weights, proxyShapes, mentioned, moved) > proxyValue(weights, proxyShapes, mentioned, point);
}

const drainBase = (instance: DrainInstance) => drainExcess(instance) > 1e-9;

const budgetDrain: Claim<DrainInstance> = {
  check: BUDGET_DRAIN_CHECK,
  seed: 15763,
  sample: drainInstance,
  hypothesis: (instance) => drainBase(instance) && instance.mentioned >= 1 && instance.mentioned < instance.size && !instance.flatProxy && !instance.caps,
  conclusion: drainWitnessImproves,
  minimumCoverage: 0.2,
  mutants: [
    { change: "J = 0 allowed", hypothesis: (instance) => drainBase(instance) && instance.mentioned < instance.size && !instance.flatProxy && !instance.caps },
    { change: "a proxy that is flat in the mentioned attributes", hypothesis: (instance) => drainBase(instance) && instance.mentioned >= 1 && instance.mentioned < instance.size && !instance.caps },
    { change: "separate caps per attribute instead of a shared budget (the resource constraint no longer trades attributes off)", hypothesis: (instance) => drainBase(instance) && instance.mentioned >= 1 && instance.mentioned < instance.size && !instance.flatProxy },
  ],
};

// ---- Theorem: under diminishing returns the goal at the proxy's optimum falls without bound ----

/** u(x) = a + p·x − c(√(1 + x²) − 1), 0 ≤ c < p: u′ runs from s⁺ = p − c (x → ∞) to s⁻ = p + c (x → −∞). */
interface Utility {
  offset: number;
  slope: number;
  curvature: number;
}
const utilityValue = ({ offset, slope, curvature }: Utility, x: number) => offset + slope * x - curvature * (Math.hypot(1, x) - 1);
const utilityMarginal = ({ slope, curvature }: Utility, x: number) => slope - (curvature * x) / Math.hypot(1, x);
const slopeAbove = (u: Utility) => u.slope - u.curvature;
const slopeBelow = (u: Utility) => u.slope + u.curvature;

/** x with u′(x) = μ, ±∞ outside (s⁺, s⁻); for c > 0. */
function marginalInverse({ slope, curvature }: Utility, mu: number): number {
  const y = (slope - mu) / curvature;
  if (y >= 1) return Infinity;
  if (y <= -1) return -Infinity;
  return y / Math.sqrt(1 - y * y);
}

/**
 * max Σ_j u_j(θ_j) subject to Σ_j θ_j = total, θ_j ≥ b_j, for strictly concave u_j: θ_j = max(b_j, x_j(μ)) with
 * the multiplier μ found by bisection; the rounding residual goes to the largest coordinate, which keeps the
 * budget exact and changes the objective only to second order.
 */
function waterFill(utilities: readonly Utility[], lower: readonly number[], total: number): number[] {
  const allocate = (mu: number) => utilities.map((u, j) => Math.max(lower[j]!, marginalInverse(u, mu)));
  let low = Math.min(...utilities.map(slopeAbove));
  let high = Math.max(...utilities.map(slopeBelow));
  for (let i = 0; i < 200; i++) {
    const mid = (low + high) / 2;
    if (sum(allocate(mid)) > total) low = mid;
    else high = mid;
  }
  const theta = allocate(high);
  const largest = theta.indexOf(Math.max(...theta));
  theta[largest] = theta[largest]! + (total - sum(theta));
  return theta;
}

type UtilityMode = "varied" | "common" | "affine";

interface UnboundedInstance {
  size: number;
  mentioned: number;
  budget: number;
  mentionedLower: number[];
  utilities: Utility[];
  mode: UtilityMode;
  /** separate caps (θ_j ≤ b_j + 2, θ_k ≤ 1) instead of the shared budget; the maximiser keeps θ_k = 1 */
  caps: boolean;
}

const unboundedInstance: fc.Arbitrary<UnboundedInstance> = fc
  .record({ size: fc.integer({ min: 2, max: 5 }), mode: fc.oneof({ arbitrary: fc.constant<UtilityMode>("varied"), weight: 4 }, { arbitrary: fc.constant<UtilityMode>("common"), weight: 2 }, { arbitrary: fc.constant<UtilityMode>("affine"), weight: 1 }) })
  .chain(({ size, mode }) =>
    fc
      .record({
        size: fc.constant(size),
        mentioned: fc.integer({ min: 1, max: size }),
        budget: finite(0, 5),
        mentionedLower: ofLength(finite(-2, 1), size),
        raw: ofLength(fc.record({ offset: finite(-1, 1), slope: finite(0.5, 2), share: finite(0.05, 0.95) }), size),
        mode: fc.constant(mode),
        caps: rarely(),
      })
      .map(({ raw, ...rest }) => {
        const first = raw[0]!;
        const utilities = raw.map((r) => {
          if (mode === "affine") return { offset: r.offset, slope: first.slope, curvature: 0 };
          const chosen = mode === "common" ? first : r;
          return { offset: chosen.offset, slope: chosen.slope, curvature: chosen.share * chosen.slope };
        });
        return { ...rest, utilities };
      }),
  );

const PRESSURES = [1e3, 1e4, 1e5, 1e6];

/** The proxy's optimum and the goal there at each bound −M of the unmentioned attributes. */
function alongPressure(instance: UnboundedInstance): { proxy: number; goal: number }[] {
  const { size, mentioned, budget, mentionedLower, utilities, caps } = instance;
  const mentionedUtilities = utilities.slice(0, mentioned);
  const lower = mentionedLower.slice(0, mentioned);
  return PRESSURES.map((pressure) => {
    let theta: number[];
    if (caps) theta = utilities.map((_, i) => (i < mentioned ? lower[i]! + 2 : 1));
    else {
      const total = budget + (size - mentioned) * pressure;
      const top = mentionedUtilities.every((u) => u.curvature === 0)
        ? lower.map((b, j) => (j === 0 ? total - sum(lower) + b : b)) // linear proxy: every split of the total is a maximiser
        : waterFill(mentionedUtilities, lower, total);
      theta = [...top, ...Array.from({ length: size - mentioned }, () => -pressure)];
    }
    const values = theta.map((x, i) => utilityValue(utilities[i]!, x));
    return { proxy: sum(values.slice(0, mentioned)), goal: sum(values) };
  });
}

const slopeGap = ({ utilities, mentioned }: UnboundedInstance) =>
  Math.min(...utilities.slice(mentioned).map(slopeBelow)) - Math.max(...utilities.slice(0, mentioned).map(slopeAbove));

function unboundedConclusion(instance: UnboundedInstance, expectAffine = instance.mode === "affine"): boolean {
  const path = alongPressure(instance);
  const scale = (row: { proxy: number; goal: number }) => 1e-9 * (1 + Math.abs(row.proxy) + Math.abs(row.goal));
  const proxyNeverFalls = path.every((row, i) => i === 0 || row.proxy >= path[i - 1]!.proxy - scale(row));
  if (expectAffine) {
    const { utilities, budget } = instance;
    const constant = sum(utilities.map((u) => u.offset)) + utilities[0]!.slope * budget;
    return proxyNeverFalls && path.every((row) => Math.abs(row.goal - constant) <= scale(row));
  }
  const falls = path.every((row, i) => i === 0 || row.goal < path[i - 1]!.goal);
  return proxyNeverFalls && falls && path.at(-1)!.goal < -1000;
}

const inRange = ({ mentioned, size, caps }: UnboundedInstance) => mentioned >= 1 && mentioned < size && !caps;

const utilityUnbounded: Claim<UnboundedInstance> = {
  check: UTILITY_UNBOUNDED_CHECK,
  seed: 2102,
  sample: unboundedInstance,
  // part 2 on instances whose slopes are at least 0.02 apart (a finite run cannot see a vanishing gap), part 3 on a common slope
  hypothesis: (instance) => inRange(instance) && (instance.mode === "affine" || slopeGap(instance) >= 0.02),
  conclusion: (instance) => unboundedConclusion(instance),
  minimumCoverage: 0.3,
  mutants: [
    { change: "slopes merely ordered, max s⁺ ≤ min s⁻ (≤ for <), with part 2's conclusion", hypothesis: (instance) => inRange(instance) && slopeGap(instance) >= 0, conclusion: (instance) => unboundedConclusion(instance, false) },
    { change: "every attribute mentioned, J = L", hypothesis: (instance) => instance.mentioned === instance.size && !instance.caps && instance.mode !== "affine", conclusion: (instance) => unboundedConclusion(instance, false) },
    { change: "separate caps instead of a shared budget", hypothesis: (instance) => instance.mentioned >= 1 && instance.mentioned < instance.size && instance.mode !== "affine" && slopeGap(instance) >= 0.02 },
    { change: "slopes reversed: min s⁻ over unmentioned below max s⁺ over mentioned", hypothesis: (instance) => inRange(instance) && instance.mode !== "affine" && slopeGap(instance) <= -0.02 },
  ],
};

// ---- Proposition: a step that drains the unmentioned attributes lowers the goal ----

interface StepInstance {
  size: number;
  mentioned: number;
  theta: number[];
  utilities: Utility[];
  raise: number[];
  lowerShares: number[];
  /** Σ_{k ∉ J} d_k = −(1 + overspend)·Σ_{j ∈ J} d_j; negative overspend spends more than it frees */
  overspend: number;
  /** every attribute linear with slope 1, all the decrease on one unmentioned attribute: equal marginals, Σ d = 0 exactly */
  equalMarginals: boolean;
}

const stepInstance: fc.Arbitrary<StepInstance> = fc
  .record({ size: fc.integer({ min: 2, max: 6 }), common: fc.boolean() })
  .chain(({ size, common }) =>
    fc
      .record({
        size: fc.constant(size),
        mentioned: fc.integer({ min: 0, max: size }),
        high: ofLength(finite(0, 3), size),
        low: ofLength(finite(-3, 0), size),
        raw: ofLength(fc.record({ offset: finite(-1, 1), slope: finite(0.5, 2), share: finite(0, 0.95) }), size),
        raise: ofLength(fc.integer({ min: 0, max: 16 }).map((k) => k / 8), size),
        lowerShares: ofLength(finite(0, 1), size),
        overspend: fc.oneof({ arbitrary: fc.constant(0), weight: 2 }, { arbitrary: finite(0, 1), weight: 2 }, { arbitrary: finite(-0.5, 0), weight: 1 }),
        equalMarginals: rarely(),
      })
      .map(({ high, low, raw, ...rest }) => ({
        ...rest,
        theta: high.map((h, i) => (i < rest.mentioned ? h : low[i]!)),
        utilities: raw.map((r) => {
          const chosen = common ? raw[0]! : r;
          return rest.equalMarginals ? { offset: 0, slope: 1, curvature: 0 } : { offset: chosen.offset, slope: chosen.slope, curvature: chosen.share * chosen.slope };
        }),
      })),
  );

function stepOf({ size, mentioned, raise, lowerShares, overspend, equalMarginals }: StepInstance): number[] {
  const up = raise.slice(0, mentioned);
  const total = sum(up);
  const shares = lowerShares.slice(mentioned).map((s, i) => (equalMarginals ? (i === 0 ? 1 : 0) : s));
  const shareTotal = sum(shares);
  const down = shares.map((s) => (shareTotal > 0 ? (-(1 + overspend) * total * s) / shareTotal : 0));
  return [...up, ...down].slice(0, size);
}

const goalGradient = ({ theta, utilities }: StepInstance) => theta.map((x, i) => utilityMarginal(utilities[i]!, x));

function stepBase(instance: StepInstance): boolean {
  const { mentioned, size } = instance;
  const d = stepOf(instance);
  return mentioned >= 1 && mentioned < size && sum(d.slice(0, mentioned)) > 0 && d.every((v, i) => (i < mentioned ? v >= 0 : v <= 0));
}
const spendsNothingExtra = (instance: StepInstance) => sum(stepOf(instance)) <= 0;
function marginalGap(instance: StepInstance): number {
  const g = goalGradient(instance);
  return Math.min(...g.slice(instance.mentioned)) - Math.max(...g.slice(0, instance.mentioned));
}

function stepHarmsGoal(instance: StepInstance): boolean {
  const d = stepOf(instance);
  const g = goalGradient(instance);
  const change = sum(d.map((v, i) => v * g[i]!));
  const efficiency = change / (Math.hypot(...d) * Math.hypot(...g));
  return change < 0 && efficiency < 0;
}

const drainStep: Claim<StepInstance> = {
  check: DRAIN_STEP_CHECK,
  seed: 15773,
  sample: stepInstance,
  hypothesis: (instance) => stepBase(instance) && spendsNothingExtra(instance) && marginalGap(instance) > 0,
  conclusion: stepHarmsGoal,
  minimumCoverage: 0.15,
  mutants: [
    { change: "a step that spends more than it frees (Σ d > 0 allowed)", hypothesis: (instance) => stepBase(instance) && marginalGap(instance) > 0 },
    { change: "equal marginal utilities allowed (≤ for <)", hypothesis: (instance) => stepBase(instance) && spendsNothingExtra(instance) && marginalGap(instance) >= 0 },
    { change: "the marginal condition flipped: mentioned marginals above the unmentioned", hypothesis: (instance) => stepBase(instance) && spendsNothingExtra(instance) && marginalGap(instance) < 0 },
  ],
};

export const claims = [unmentionedAtFloor, budgetDrain, utilityUnbounded, drainStep];
