/**
 * A resource-allocation world after Zhuang and Hadfield-Menell, "Consequences of Misaligned AI"
 * (content/literature/consequences-of-misalignment.mdx): L attributes θ_1…θ_L share a budget,
 * Σ θ_i ≤ B with θ_i ≥ b, the goal is U*(θ) = Σ_i u(θ_i) and the proxy U(θ) = Σ_{j ≤ J} u(θ_j)
 * counts only the first J attributes. The utility of one attribute is
 *   u_c(x) = x − c(√(1 + x²) − 1),   u_c′(x) = 1 − c·x/√(1 + x²) ∈ (1 − c, 1 + c),
 * increasing and concave for 0 ≤ c < 1, with marginal utility 1 − c far above 0 and 1 + c far below
 * it: c is how fast marginal utility diminishes, and c = 0 makes every attribute linear.
 * Projected gradient ascent on the proxy starts with nothing spent, θ_0 = 0.
 */
import { optimizationEfficiency } from "../experiments/optimizationEfficiency";
import { requireInteger, requireNumber } from "../experiments/validation";

/** u_c(x) = x − c(√(1 + x²) − 1). */
export function attributeUtility(curvature: number, x: number): number {
  return x - curvature * (Math.hypot(1, x) - 1);
}

/** u_c′(x) = 1 − c·x/√(1 + x²). */
export function marginalUtility(curvature: number, x: number): number {
  return 1 - (curvature * x) / Math.hypot(1, x);
}

/**
 * The Euclidean projection of y onto {x : x_i ≥ lower_i, Σ x_i ≤ budget}, exactly.
 * By the KKT conditions it is x_i = max(y_i − λ, lower_i) with the smallest λ ≥ 0 that keeps the
 * budget; when clipping alone overspends, λ > 0 solves Σ max(y_i − λ, lower_i) = budget, a
 * piecewise-linear equation whose pieces are delimited by the breakpoints y_i − lower_i.
 */
export function projectOntoBudget(y: readonly number[], lower: readonly number[], budget: number): number[] {
  if (y.length !== lower.length) throw new RangeError("projectOntoBudget: y and lower differ in length");
  const floorTotal = lower.reduce((s, l) => s + l, 0);
  if (floorTotal > budget) throw new RangeError(`projectOntoBudget: the lower bounds sum to ${floorTotal}, above the budget ${budget}`);
  const clipped = y.map((v, i) => Math.max(v, lower[i]!));
  if (clipped.reduce((s, v) => s + v, 0) <= budget) return clipped;
  const order = y.map((_, i) => i).sort((a, b) => y[b]! - lower[b]! - (y[a]! - lower[a]!));
  // with the m coordinates of largest breakpoint above their bound: Σ_active (y_i − λ) + Σ_rest lower_i = budget
  let activeSum = 0;
  let restFloor = floorTotal;
  for (let m = 1; m <= order.length; m++) {
    const i = order[m - 1]!;
    activeSum += y[i]!;
    restFloor -= lower[i]!;
    const shift = (activeSum + restFloor - budget) / m;
    const next = order[m];
    if (next === undefined || shift >= y[next]! - lower[next]!) return y.map((v, k) => Math.max(v - shift, lower[k]!));
  }
  throw new Error("projectOntoBudget: no shift found");
}

export interface MisalignedAllocationControls {
  /** L, the number of attributes the goal counts. */
  attributes: number;
  /** J, the number of attributes the proxy counts (the first J); clipped to L. */
  mentioned: number;
  /** b ≤ 0, the lower bound of every attribute. */
  lowerBound: number;
  /** c in [0, 1): how fast marginal utility diminishes. */
  curvature: number;
  /** α, the step of projected gradient ascent. */
  stepSize: number;
  steps: number;
}

export const defaultMisalignedAllocationControls: MisalignedAllocationControls = {
  attributes: 5,
  mentioned: 2,
  lowerBound: -2,
  curvature: 0.5,
  stepSize: 0.5,
  steps: 300,
};

export function validateMisalignedAllocationControls(controls: MisalignedAllocationControls): void {
  requireInteger("attributes", controls.attributes, 1, 50);
  requireInteger("mentioned", controls.mentioned, 0, 50);
  requireNumber("lowerBound", controls.lowerBound, -10, 0);
  requireNumber("curvature", controls.curvature, 0, 0.95);
  // the gradient of the proxy is c-Lipschitz, so steps below 2/c converge
  requireNumber("stepSize", controls.stepSize, 0.01, 2);
  requireInteger("steps", controls.steps, 1, 5000);
}

/** The budget: one unit per attribute. */
export const budgetFor = (attributes: number) => attributes;

/**
 * The proxy's maximiser in closed form (J ≥ 1): every unmentioned attribute at its bound b, and the
 * rest of the budget, B − (L − J)b, split equally among the J mentioned ones (the proxy is strictly
 * concave in them for c > 0; for c = 0 the equal split is one maximiser among many, the one the
 * symmetric run reaches). Returns the allocation and the proxy and goal there.
 */
export function proxyOptimum(attributes: number, mentioned: number, lowerBound: number, curvature: number) {
  if (mentioned < 1 || mentioned > attributes) throw new RangeError(`proxyOptimum: needs 1 ≤ J ≤ L, got J = ${mentioned}, L = ${attributes}`);
  const budget = budgetFor(attributes);
  const share = (budget - (attributes - mentioned) * lowerBound) / mentioned;
  const proxy = mentioned * attributeUtility(curvature, share);
  const goal = proxy + (attributes - mentioned) * attributeUtility(curvature, lowerBound);
  return { mentionedShare: share, unmentionedShare: lowerBound, proxy, goal };
}

/** The goal's own maximum: the equal split θ_i = B/L = 1 (unique for c > 0). */
export const goalOptimum = (attributes: number, curvature: number) => attributes * attributeUtility(curvature, 1);

export interface AllocationStep {
  step: number;
  proxy: number;
  goal: number;
  /** OE of the step θ_{t+1} − θ_t on the goal, at θ_t; 0 at the last row, which has no step. */
  stepEfficiency: number;
  /** B − Σ θ_i: resources not yet spent. */
  slack: number;
  /** θ_1, the first mentioned attribute (every mentioned attribute has this value), if J ≥ 1. */
  mentionedValue: number | undefined;
  /** θ_L, the last unmentioned attribute (every unmentioned attribute has this value), if J < L. */
  unmentionedValue: number | undefined;
}

export interface MisalignedAllocationRun {
  /** J after clipping to L. */
  mentioned: number;
  budget: number;
  steps: AllocationStep[];
  /** The first step at which every unmentioned attribute sits at its bound, if any. */
  drainedAt: number | undefined;
}

/**
 * Projected gradient ascent on the proxy, θ_{t+1} = P(θ_t + α∇U(θ_t)), from θ_0 = 0. Mentioned
 * attributes start equal and receive equal gradients, as do the unmentioned ones (gradient 0), and
 * the projection treats equal coordinates alike, so each group stays equal along the run.
 */
export function misalignedAllocation(controls: MisalignedAllocationControls): MisalignedAllocationRun {
  validateMisalignedAllocationControls(controls);
  const { attributes: size, lowerBound, curvature, stepSize, steps } = controls;
  const mentioned = Math.min(controls.mentioned, size);
  const budget = budgetFor(size);
  const lower = Array.from({ length: size }, () => lowerBound);
  const proxyGradient = (theta: readonly number[]) => theta.map((x, i) => (i < mentioned ? marginalUtility(curvature, x) : 0));
  const goalGradient = (theta: readonly number[]) => theta.map((x) => marginalUtility(curvature, x));
  const total = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);

  let theta = Array.from({ length: size }, () => 0);
  const rows: AllocationStep[] = [];
  let drainedAt: number | undefined;
  for (let step = 0; step <= steps; step++) {
    const utilities = theta.map((x) => attributeUtility(curvature, x));
    const drained = mentioned < size && theta.slice(mentioned).every((x) => x === lowerBound);
    if (drained && drainedAt === undefined) drainedAt = step;
    let next = theta;
    if (step < steps) {
      const gradient = proxyGradient(theta);
      next = projectOntoBudget(theta.map((x, i) => x + stepSize * gradient[i]!), lower, budget);
    }
    const move = next.map((x, i) => x - theta[i]!);
    rows.push({
      step,
      proxy: total(utilities.slice(0, mentioned)),
      goal: total(utilities),
      stepEfficiency: optimizationEfficiency(move, goalGradient(theta)),
      slack: budget - total(theta),
      mentionedValue: mentioned >= 1 ? theta[0] : undefined,
      unmentionedValue: mentioned < size ? theta[size - 1] : undefined,
    });
    theta = next;
  }
  return { mentioned, budget, steps: rows, drainedAt };
}
