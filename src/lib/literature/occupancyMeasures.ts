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
import { flowMatrix, occupancy as occupancyOf, policyFromOccupancy, policyValues, type FiniteMdp as Dynamics, type StatePolicy } from "./mdp";

// η^π = π(a|s)·d(s) from the state occupancy d = μ + γ P_πᵀ d, and V^π from the Bellman equation
export { flowMatrix, occupancyOf, policyValues };

/** A finite MDP (the dynamics of ./mdp.ts) with its sizes, which the polytope code indexes by. */
export interface FiniteMdp extends Dynamics {
  states: number;
  actions: number;
}

/** policy[s][a] = π(a | s) */
export type Policy = StatePolicy;

const pairIndex = (mdp: FiniteMdp, s: number, a: number) => s * mdp.actions + a;

/**
 * η^π summed from its definition, Σ_t γ^t P(s_t = s, a_t = a), until the remaining mass is below
 * 1e-15 of the total: the independent reference for `occupancyOf`.
 */
export function occupancyBySeries(mdp: FiniteMdp, policy: Policy): number[] {
  const eta = new Array<number>(mdp.states * mdp.actions).fill(0);
  let distribution = [...mdp.initial];
  for (let weight = 1; weight > 1e-15; weight *= mdp.discount) {
    const next = new Array<number>(mdp.states).fill(0);
    distribution.forEach((p, s) => {
      for (let a = 0; a < mdp.actions; a++) {
        const mass = p * policy[s]![a]!;
        eta[pairIndex(mdp, s, a)]! += weight * mass;
        mdp.transition[s]![a]!.forEach((t, successor) => (next[successor]! += mass * t));
      }
    });
    distribution = next;
  }
  return eta;
}

/** The policy that induces a feasible η: π(a|s) = η(s,a)/Σ_b η(s,b), uniform where s is never visited. */
export function policyOf(mdp: FiniteMdp, eta: readonly number[]): number[][] {
  return policyFromOccupancy(eta, mdp.actions);
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

/** All deterministic policies of `mdp`, as action indices per state. */
export function deterministicPolicies(mdp: FiniteMdp): number[][] {
  let policies: number[][] = [[]];
  for (let s = 0; s < mdp.states; s++) policies = policies.flatMap((p) => Array.from({ length: mdp.actions }, (_, a) => [...p, a]));
  return policies;
}

export interface PlanarPolytope {
  /** the origin of the coordinates: the occupancy measure of `startPolicy` */
  start: number[];
  /** orthonormal basis (b₁, b₂) of T */
  basis: readonly [number[], number[]];
  /** occupancy measures of the deterministic policies, counter-clockwise around the start */
  vertices: { x: number; y: number; occupancy: number[]; actions: number[] }[];
  coordinates: (eta: readonly number[]) => Point2;
  fromCoordinates: (point: Point2) => number[];
}

/**
 * Ω of an MDP whose Ω is two-dimensional (|S|(|A| − 1) = 2, every state reachable), in orthonormal
 * coordinates of its plane. Ω is the convex hull of the deterministic policies' occupancy measures;
 * in these small cases each of them is a vertex, so sorting them by angle around an interior start
 * gives the polygon.
 */
export function planarPolytope(mdp: FiniteMdp, startPolicy: Policy): PlanarPolytope {
  const [b1, b2] = tangentBasis(tangentProjection(mdp), 2) as [number[], number[]];
  const start = occupancyOf(mdp, startPolicy);
  const coordinates = (eta: readonly number[]): Point2 => {
    const offset = eta.map((x, i) => x - start[i]!);
    return [dot(offset, b1), dot(offset, b2)];
  };
  const fromCoordinates = (p: Point2) => start.map((x, i) => x + p[0] * b1[i]! + p[1] * b2[i]!);
  const vertices = deterministicPolicies(mdp)
    .map((actions) => {
      const occupancy = occupancyOf(
        mdp,
        actions.map((chosen) => Array.from({ length: mdp.actions }, (_, a) => (a === chosen ? 1 : 0))),
      );
      const [x, y] = coordinates(occupancy);
      return { x, y, occupancy, actions };
    })
    .sort((p, q) => Math.atan2(p.y, p.x) - Math.atan2(q.y, q.x));
  return { start, basis: [b1, b2], vertices, coordinates, fromCoordinates };
}

/** The Euclidean projection of p onto a convex polygon given counter-clockwise, computed directly. */
export function projectOntoPolygon(polygon: readonly Point2[], p: Point2): Point2 {
  const n = polygon.length;
  const inside = polygon.every((a, i) => {
    const b = polygon[(i + 1) % n]!;
    return (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]) >= 0;
  });
  if (inside) return p;
  let best: Point2 = polygon[0]!;
  let bestDistance = Infinity;
  polygon.forEach((a, i) => {
    const b = polygon[(i + 1) % n]!;
    const e: Point2 = [b[0] - a[0], b[1] - a[1]];
    const t = Math.min(1, Math.max(0, ((p[0] - a[0]) * e[0] + (p[1] - a[1]) * e[1]) / (e[0] ** 2 + e[1] ** 2)));
    const q: Point2 = [a[0] + t * e[0], a[1] + t * e[1]];
    const distance = Math.hypot(p[0] - q[0], p[1] - q[1]);
    if (distance < bestDistance) [best, bestDistance] = [q, distance];
  });
  return best;
}

export function polytopeExperiment(parameters: PolytopeParameters): PolytopeExperiment {
  const mdp = twoStateMdp(parameters.discount);
  const uniform = [
    [0.5, 0.5],
    [0.5, 0.5],
  ];
  const polytope = planarPolytope(mdp, uniform);
  const { start, coordinates, fromCoordinates } = polytope;
  const [b1, b2] = polytope.basis;
  const inPlane = (angle: number) => b1.map((x, i) => Math.cos(angle) * x + Math.sin(angle) * b2[i]!);
  const trueReward = inPlane(parameters.trueDirection);
  const proxyReward = inPlane(parameters.trueDirection + parameters.rewardAngle);
  const names = ["stay", "switch"];
  const vertices = polytope.vertices.map(({ x, y, occupancy, actions }) => ({
    x,
    y,
    occupancy,
    policy: `${names[actions[0]!]}/${names[actions[1]!]}`,
    proxyValue: dot(occupancy, proxyReward),
    trueValue: dot(occupancy, trueReward),
  }));
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
    basis: polytope.basis,
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
