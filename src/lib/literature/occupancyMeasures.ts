/**
 * Occupancy measures of a finite discounted MDP (Karwowski et al., "Goodhart's Law in
 * Reinforcement Learning", ICLR 2024, Section 2.1), and the figure's experiment: optimising a
 * proxy reward on the occupancy polytope Ω of a two-state, two-action MDP while a true reward
 * watches.
 *
 * Vectors over state-action pairs are indexed s·|A| + a. The flow constraints of Ω are
 *   Σ_a η(s', a) − γ Σ_{s,a} τ(s' | s, a) η(s, a) = μ(s'),  η ≥ 0,
 * so Ω lies in an affine space whose direction is T = ker A; M is the orthogonal projection on T.
 */
import { solveLinearProgram, solveLinearSystem, type Matrix } from "../linearProgram";
import { dot, norm } from "../experiments/vector";

export interface FiniteMdp {
  states: number;
  actions: number;
  /** transition[s][a][s'] = τ(s' | s, a) */
  transition: readonly (readonly (readonly number[])[])[];
  /** initial state distribution μ */
  initial: readonly number[];
  /** discount γ ∈ [0, 1) */
  discount: number;
}

/** policy[s][a] = π(a | s) */
export type Policy = readonly (readonly number[])[];

const pairIndex = (mdp: FiniteMdp, s: number, a: number) => s * mdp.actions + a;

/** The |S| × |S||A| matrix A of the flow constraints A η = μ. */
export function flowMatrix(mdp: FiniteMdp): number[][] {
  return Array.from({ length: mdp.states }, (_, next) =>
    Array.from({ length: mdp.states * mdp.actions }, (_, index) => {
      const s = Math.floor(index / mdp.actions);
      const a = index % mdp.actions;
      return (s === next ? 1 : 0) - mdp.discount * mdp.transition[s]![a]![next]!;
    }),
  );
}

/** η^π, from the state occupancy d = μ + γ P_πᵀ d (a linear solve) and η(s, a) = π(a|s) d(s). */
export function occupancyOf(mdp: FiniteMdp, policy: Policy): number[] {
  const system = Array.from({ length: mdp.states }, (_, next) =>
    Array.from({ length: mdp.states }, (_, s) => {
      let flow = 0;
      for (let a = 0; a < mdp.actions; a++) flow += policy[s]![a]! * mdp.transition[s]![a]![next]!;
      return (s === next ? 1 : 0) - mdp.discount * flow;
    }),
  );
  const stateOccupancy = solveLinearSystem(system, mdp.initial);
  return Array.from({ length: mdp.states * mdp.actions }, (_, index) => {
    const s = Math.floor(index / mdp.actions);
    return policy[s]![index % mdp.actions]! * stateOccupancy[s]!;
  });
}

/** The policy that induces a feasible η: π(a|s) = η(s,a)/Σ_b η(s,b), uniform where s is never visited. */
export function policyOf(mdp: FiniteMdp, occupancy: readonly number[]): number[][] {
  return Array.from({ length: mdp.states }, (_, s) => {
    const row = Array.from({ length: mdp.actions }, (_, a) => Math.max(0, occupancy[pairIndex(mdp, s, a)]!));
    const total = row.reduce((x, y) => x + y, 0);
    return total > 0 ? row.map((x) => x / total) : row.map(() => 1 / mdp.actions);
  });
}

/** The orthogonal projection M = I − Aᵀ(AAᵀ)⁻¹A onto T = ker A, as a matrix. */
export function tangentProjection(mdp: FiniteMdp): number[][] {
  const a = flowMatrix(mdp);
  const gram = a.map((row) => a.map((other) => dot(row, other)));
  const size = mdp.states * mdp.actions;
  const columns = Array.from({ length: size }, (_, j) => {
    const coefficients = solveLinearSystem(gram, a.map((row) => row[j]!));
    return Array.from({ length: size }, (_, i) => (i === j ? 1 : 0) - a.reduce((s, row, k) => s + row[i]! * coefficients[k]!, 0));
  });
  // M is symmetric, so its columns are its rows
  return columns;
}

export function applyMatrix(matrix: Matrix, vector: readonly number[]): number[] {
  return matrix.map((row) => dot(row, vector));
}

/** max ⟨η, R⟩ over Ω by the simplex method: the optimal occupancy measure and value. */
export function optimalOccupancy(mdp: FiniteMdp, reward: readonly number[]): { occupancy: number[]; value: number } {
  const result = solveLinearProgram(reward, flowMatrix(mdp), mdp.initial);
  if (result.status !== "optimal") throw new Error(`optimalOccupancy: the occupancy LP is ${result.status}, which a valid MDP never is`);
  return { occupancy: result.x, value: result.value };
}

/** V* by value iteration, iterated until successive iterates differ by at most `tolerance`. */
export function optimalValues(mdp: FiniteMdp, reward: readonly number[], tolerance = 1e-13): number[] {
  let values = new Array<number>(mdp.states).fill(0);
  for (let iteration = 0; iteration < 1_000_000; iteration++) {
    const next = values.map((_, s) => {
      let best = -Infinity;
      for (let a = 0; a < mdp.actions; a++) {
        const future = dot(mdp.transition[s]![a]!, values);
        best = Math.max(best, reward[pairIndex(mdp, s, a)]! + mdp.discount * future);
      }
      return best;
    });
    const change = Math.max(...next.map((v, s) => Math.abs(v - values[s]!)));
    values = next;
    if (change <= tolerance) return values;
  }
  throw new Error("optimalValues: value iteration did not converge");
}

// ---- the figure's experiment: a two-state, two-action MDP, whose Ω is a quadrilateral ----

export type Point2 = readonly [number, number];

export interface PolytopeParameters {
  discount: number;
  /** orientation ψ of the projected true reward in the plane of Ω, radians */
  trueDirection: number;
  /** angle φ from the projected true reward to the projected proxy reward, radians */
  rewardAngle: number;
  /** the bound θ on the projected angle assumed by the pessimistic stopping rule, radians */
  angleBound: number;
}

export interface PathPoint {
  /** position in orthonormal coordinates of the plane of Ω, origin at the uniform policy */
  x: number;
  y: number;
  proxyValue: number;
  trueValue: number;
  /** where the point is: "start", "boundary" (first contact), "vertex" */
  kind: string;
}

export interface PolytopeExperiment {
  mdp: FiniteMdp;
  /** orthonormal basis (b₁, b₂) of T */
  basis: readonly [number[], number[]];
  /** occupancy of the uniform policy, the start of the path */
  start: number[];
  trueReward: number[];
  proxyReward: number[];
  /** occupancy measures of the deterministic policies, in order around Ω, with their labels */
  vertices: { x: number; y: number; occupancy: number[]; policy: string; proxyValue: number; trueValue: number }[];
  /** the projection path η_β = Π_Ω(η₀ + βR), as its breakpoints */
  path: PathPoint[];
  /** index into `path` of the point where the true value peaks (the first, if several) */
  goodhartIndex: number;
  /** index into `path` of the point where the pessimistic rule stops */
  stopIndex: number;
  /** the LP optima of both rewards */
  proxyOptimum: { occupancy: number[]; value: number };
  trueOptimum: { occupancy: number[]; value: number };
}

/** The MDP of the figure: in each state, "stay" mostly stays and "switch" mostly moves. */
export function twoStateMdp(discount: number): FiniteMdp {
  return {
    states: 2,
    actions: 2,
    transition: [
      [
        [0.9, 0.1],
        [0.2, 0.8],
      ],
      [
        [0.1, 0.9],
        [0.7, 0.3],
      ],
    ],
    initial: [0.6, 0.4],
    discount,
  };
}

/** An orthonormal basis of the range of the projection M (Gram–Schmidt on its columns). */
export function tangentBasis(projection: Matrix, dimension: number): number[][] {
  const basis: number[][] = [];
  for (const column of projection) {
    const v = [...column];
    for (const b of basis) {
      const c = dot(v, b);
      for (let i = 0; i < v.length; i++) v[i]! -= c * b[i]!;
    }
    const length = norm(v);
    if (length > 1e-9) basis.push(v.map((x) => x / length));
    if (basis.length === dimension) break;
  }
  if (basis.length !== dimension) throw new Error(`tangentBasis: the projection has rank ${basis.length}, expected ${dimension}`);
  return basis;
}

const cross = (a: Point2, b: Point2) => a[0] * b[1] - a[1] * b[0];

/**
 * The trace of the projection path of the ray from `origin` in direction `direction` onto the
 * convex polygon `polygon` (vertices counter-clockwise, origin inside): straight to the first
 * boundary point, then along the boundary while that raises ⟨·, direction⟩, to the maximising vertex.
 */
export function projectionPathTrace(polygon: readonly Point2[], direction: Point2): { point: Point2; kind: string }[] {
  const n = polygon.length;
  const trace: { point: Point2; kind: string }[] = [{ point: [0, 0], kind: "start" }];
  if (direction[0] === 0 && direction[1] === 0) return trace;
  // first contact: the smallest t > 0 with t·direction on an edge
  let best = Infinity;
  let edge = -1;
  for (let i = 0; i < n; i++) {
    const p = polygon[i]!;
    const q = polygon[(i + 1) % n]!;
    const e: Point2 = [q[0] - p[0], q[1] - p[1]];
    const denominator = cross(direction, e);
    if (Math.abs(denominator) < 1e-15) continue;
    const t = cross(p, e) / denominator;
    const s = cross(p, direction) / denominator;
    if (t > 0 && s >= -1e-12 && s <= 1 + 1e-12 && t < best) {
      best = t;
      edge = i;
    }
  }
  trace.push({ point: [best * direction[0], best * direction[1]], kind: "boundary" });
  // slide along the boundary: counter-clockwise if the edge's direction raises the proxy, else clockwise
  const edgeVector = (i: number): Point2 => {
    const p = polygon[((i % n) + n) % n]!;
    const q = polygon[(((i + 1) % n) + n) % n]!;
    return [q[0] - p[0], q[1] - p[1]];
  };
  const rate = (v: Point2) => v[0] * direction[0] + v[1] * direction[1];
  const forward = rate(edgeVector(edge));
  if (Math.abs(forward) < 1e-14) return trace;
  const step = forward > 0 ? 1 : -1;
  let i = edge;
  for (let visited = 0; visited < n; visited++) {
    const vertexIndex = step > 0 ? i + 1 : i;
    const vertex = polygon[((vertexIndex % n) + n) % n]!;
    trace.push({ point: vertex, kind: "vertex" });
    i += step;
    const next = edgeVector(i);
    if (step * rate(next) <= 1e-14) break;
  }
  return trace;
}

export function polytopeExperiment(parameters: PolytopeParameters): PolytopeExperiment {
  const mdp = twoStateMdp(parameters.discount);
  const projection = tangentProjection(mdp);
  const [b1, b2] = tangentBasis(projection, 2) as [number[], number[]];
  const inPlane = (angle: number) => b1.map((x, i) => Math.cos(angle) * x + Math.sin(angle) * b2[i]!);
  const trueReward = inPlane(parameters.trueDirection);
  const proxyReward = inPlane(parameters.trueDirection + parameters.rewardAngle);
  const start = occupancyOf(mdp, [
    [0.5, 0.5],
    [0.5, 0.5],
  ]);
  const coordinates = (eta: readonly number[]): Point2 => {
    const offset = eta.map((x, i) => x - start[i]!);
    return [dot(offset, b1), dot(offset, b2)];
  };
  const fromCoordinates = (p: Point2) => start.map((x, i) => x + p[0] * b1[i]! + p[1] * b2[i]!);
  const names = ["stay", "switch"];
  const vertices = [0, 1, 2, 3]
    .map((code) => {
      const actions = [code & 1, code >> 1];
      const occupancy = occupancyOf(
        mdp,
        actions.map((a) => [a === 0 ? 1 : 0, a === 1 ? 1 : 0]),
      );
      const [x, y] = coordinates(occupancy);
      return { x, y, occupancy, policy: `${names[actions[0]!]}/${names[actions[1]!]}`, proxyValue: dot(occupancy, proxyReward), trueValue: dot(occupancy, trueReward) };
    })
    .sort((p, q) => Math.atan2(p.y, p.x) - Math.atan2(q.y, q.x));
  const polygon = vertices.map((v): Point2 => [v.x, v.y]);
  const trace = projectionPathTrace(polygon, coordinates(start.map((x, i) => x + proxyReward[i]!)));
  const path = trace.map(({ point, kind }) => {
    const eta = fromCoordinates(point);
    return { x: point[0], y: point[1], proxyValue: dot(eta, proxyReward), trueValue: dot(eta, trueReward), kind };
  });
  let goodhartIndex = 0;
  path.forEach((p, i) => {
    if (p.trueValue > path[goodhartIndex]!.trueValue + 1e-13) goodhartIndex = i;
  });
  // the pessimistic rule: stop before the first segment whose direction is at least π/2 − θ from the proxy
  let stopIndex = path.length - 1;
  const proxyPlanar = coordinates(start.map((x, i) => x + proxyReward[i]!));
  for (let i = 0; i + 1 < path.length; i++) {
    const d: Point2 = [path[i + 1]!.x - path[i]!.x, path[i + 1]!.y - path[i]!.y];
    const cosine = (d[0] * proxyPlanar[0] + d[1] * proxyPlanar[1]) / (Math.hypot(...d) * Math.hypot(...proxyPlanar));
    if (Math.acos(Math.min(1, Math.max(-1, cosine))) >= Math.PI / 2 - parameters.angleBound) {
      stopIndex = i;
      break;
    }
  }
  return {
    mdp,
    basis: [b1, b2],
    start,
    trueReward,
    proxyReward,
    vertices,
    path,
    goodhartIndex,
    stopIndex,
    proxyOptimum: optimalOccupancy(mdp, proxyReward),
    trueOptimum: optimalOccupancy(mdp, trueReward),
  };
}
