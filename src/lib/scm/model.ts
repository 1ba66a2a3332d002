/**
 * A structural causal model in the standard form of the formal model: every source of randomness
 * is an exogenous environment root drawn from a seeded uniform source, the agent's parameters θ
 * are named scalars, and every other (endogenous) node is a deterministic function of its
 * parents. Two endogenous nodes are designated: the goal U* and the proxy U; an agent with its
 * own goal V (the adversarial effect) designates a third, and a deployment or test environment
 * is described by replacing the samplers of some roots (`environmentChange`).
 *
 * `defineModel` checks the graph once and returns a `Model`: the specification plus its
 * topological order and the slot layout the evaluator uses.
 */
import type { UniformSource } from "../random";

/**
 * An exogenous root: given the root's own seeded uniform source, returns the function that
 * draws one value per environment sample (a factory, so samplers such as `standardNormal` that
 * keep state between draws are created once).
 */
export type RootSampler = (source: UniformSource) => () => number;

/** The values of a node's parents, by name. */
export type ParentValues<P extends string> = { readonly [K in P]: number };

/** An endogenous node: its parents and the structural function of their values. */
export type EndogenousNode<P extends string = string> = {
  readonly parents: readonly P[];
  /** The structural function; deterministic, and it may read only the listed parents. */
  compute(values: ParentValues<P>): number;
  /** A few words shown with the causal graph. */
  readonly description?: string;
};

/** A second environment, for the generalisation mechanism: the roots whose samplers it replaces. */
export type EnvironmentChange = {
  /** What differs, in words (e.g. "at test time the cheese is placed anywhere"). */
  readonly description: string;
  readonly roots: Readonly<Record<string, RootSampler>>;
};

/** What `defineModel` takes. Names must be unique across roots, parameters and nodes. */
export type ModelSpec = {
  /** Used in every error message; the catalog uses the example's folder name. */
  readonly name: string;
  readonly roots: Readonly<Record<string, RootSampler>>;
  /** The agent's parameters θ and their initial values. */
  readonly parameters: Readonly<Record<string, number>>;
  readonly nodes: Readonly<Record<string, EndogenousNode>>;
  /** The true goal U*: an endogenous node. */
  readonly goal: string;
  /** The proxy U: an endogenous node (it may be the goal itself). */
  readonly proxy: string;
  /** The agent's own goal V, for the adversarial effect: an endogenous node. */
  readonly agentGoal?: string;
  readonly environmentChange?: EnvironmentChange;
};

/** The kind of a named variable. */
export type NodeKind = "parameter" | "root" | "node";

/** One endogenous node, laid out for evaluation. */
export type CompiledNode = {
  readonly name: string;
  readonly slot: number;
  readonly parentSlots: readonly number[];
  readonly parentNames: readonly string[];
  readonly compute: (values: ParentValues<string>) => number;
};

/** A checked model. Values live in slots: parameters first, then roots, then nodes in topological order. */
export type Model = ModelSpec & {
  readonly parameterNames: readonly string[];
  readonly rootNames: readonly string[];
  /** Endogenous nodes in a topological order (parents before children). */
  readonly order: readonly string[];
  /** Every name in slot order. */
  readonly slots: readonly string[];
  readonly slotOf: ReadonlyMap<string, number>;
  readonly kindOf: ReadonlyMap<string, NodeKind>;
  /** Parents of every name (empty for parameters and roots). */
  readonly parentsOf: ReadonlyMap<string, readonly string[]>;
  /** Children of every name. */
  readonly childrenOf: ReadonlyMap<string, readonly string[]>;
  readonly compiled: readonly CompiledNode[];
};

/** A model that fails its checks, or a non-finite value met while evaluating it. */
export class ModelError extends Error {
  override name = "ModelError";
}

/**
 * An endogenous node with typed parent access:
 * `node(["diamonds", "rocks"], ({ diamonds, rocks }) => diamonds + rocks)`.
 */
export function node<const P extends string>(
  parents: readonly P[],
  compute: (values: ParentValues<P>) => number,
  description?: string,
): EndogenousNode<P> {
  return description === undefined ? { parents, compute } : { parents, compute, description };
}

/** Checks a specification and lays it out for evaluation; every error names the model and the node. */
export function defineModel(spec: ModelSpec): Model {
  const prefix = `model "${spec.name}"`;
  const kindOf = new Map<string, NodeKind>();
  const add = (name: string, kind: NodeKind) => {
    const previous = kindOf.get(name);
    if (previous !== undefined) {
      throw new ModelError(`${prefix}: the name "${name}" is used by both a ${previous} and a ${kind}`);
    }
    kindOf.set(name, kind);
  };
  const parameterNames = Object.keys(spec.parameters);
  const rootNames = Object.keys(spec.roots);
  const nodeNames = Object.keys(spec.nodes);
  parameterNames.forEach((name) => add(name, "parameter"));
  rootNames.forEach((name) => add(name, "root"));
  nodeNames.forEach((name) => add(name, "node"));

  if (parameterNames.length === 0) throw new ModelError(`${prefix}: the agent has no parameters θ`);
  for (const name of parameterNames) {
    const value = spec.parameters[name]!;
    if (!Number.isFinite(value)) throw new ModelError(`${prefix}: parameter "${name}" has initial value ${value}, which is not finite`);
  }
  for (const name of rootNames) {
    if (typeof spec.roots[name] !== "function") throw new ModelError(`${prefix}: root "${name}" has no sampler`);
  }

  const parentsOf = new Map<string, readonly string[]>();
  const childrenOf = new Map<string, string[]>();
  for (const name of kindOf.keys()) childrenOf.set(name, []);
  for (const name of [...parameterNames, ...rootNames]) parentsOf.set(name, []);
  for (const name of nodeNames) {
    const definition = spec.nodes[name]!;
    if (typeof definition.compute !== "function") throw new ModelError(`${prefix}: node "${name}" has no structural function`);
    const seen = new Set<string>();
    for (const parent of definition.parents) {
      if (!kindOf.has(parent)) {
        throw new ModelError(`${prefix}: node "${name}" has parent "${parent}", which is not a node, root or parameter${didYouMean(parent, [...kindOf.keys()])}`);
      }
      if (seen.has(parent)) throw new ModelError(`${prefix}: node "${name}" lists parent "${parent}" twice`);
      seen.add(parent);
      childrenOf.get(parent)!.push(name);
    }
    parentsOf.set(name, [...definition.parents]);
  }

  const requireNode = (role: string, name: string | undefined) => {
    if (name === undefined) return;
    const kind = kindOf.get(name);
    if (kind === undefined) throw new ModelError(`${prefix}: the ${role} "${name}" is not a node of the model${didYouMean(name, nodeNames)}`);
    if (kind !== "node") throw new ModelError(`${prefix}: the ${role} "${name}" is a ${kind}; it must be an endogenous node`);
  };
  requireNode("goal", spec.goal);
  requireNode("proxy", spec.proxy);
  requireNode("agent goal", spec.agentGoal);
  if (spec.environmentChange !== undefined) {
    const changed = Object.keys(spec.environmentChange.roots);
    if (changed.length === 0) throw new ModelError(`${prefix}: the environment change replaces no root`);
    for (const name of changed) {
      if (kindOf.get(name) !== "root") {
        throw new ModelError(`${prefix}: the environment change replaces "${name}", which is not a root`);
      }
    }
  }

  const order = topologicalOrder(prefix, nodeNames, parentsOf, kindOf);
  const slots = [...parameterNames, ...rootNames, ...order];
  const slotOf = new Map(slots.map((name, slot) => [name, slot] as const));
  const compiled = order.map((name): CompiledNode => {
    const parents = parentsOf.get(name)!;
    return {
      name,
      slot: slotOf.get(name)!,
      parentSlots: parents.map((parent) => slotOf.get(parent)!),
      parentNames: parents,
      compute: spec.nodes[name]!.compute as (values: ParentValues<string>) => number,
    };
  });
  return { ...spec, parameterNames, rootNames, order, slots, slotOf, kindOf, parentsOf, childrenOf, compiled };
}

/** Edits (insertions, deletions, substitutions) that turn one name into the other. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** ' (did you mean "X"?)' for the closest of `names` to a misspelt `name` (case aside, a third of its letters at most), else "". */
function didYouMean(name: string, names: readonly string[]): string {
  const scored = names.map((candidate) => ({ candidate, distance: editDistance(name.toLowerCase(), candidate.toLowerCase()) }));
  const best = scored.sort((x, y) => x.distance - y.distance)[0];
  return best && best.distance <= Math.max(1, Math.floor(name.length / 3)) ? ` (did you mean "${best.candidate}"?)` : "";
}

/** Depth-first order over the endogenous nodes; a cycle is reported as the path that closes it. */
function topologicalOrder(
  prefix: string,
  nodeNames: readonly string[],
  parentsOf: ReadonlyMap<string, readonly string[]>,
  kindOf: ReadonlyMap<string, NodeKind>,
): string[] {
  const state = new Map<string, "visiting" | "done">();
  const order: string[] = [];
  const visit = (name: string, stack: string[]) => {
    const current = state.get(name);
    if (current === "done") return;
    if (current === "visiting") {
      // the stack runs from child to parent; reversed, the cycle reads in the direction of the arrows
      const cycle = [...stack.slice(stack.indexOf(name)), name].reverse();
      throw new ModelError(`${prefix}: node "${name}" is on a cycle ${cycle.join(" → ")}`);
    }
    state.set(name, "visiting");
    stack.push(name);
    for (const parent of parentsOf.get(name)!) if (kindOf.get(parent) === "node") visit(parent, stack);
    stack.pop();
    state.set(name, "done");
    order.push(name);
  };
  for (const name of nodeNames) visit(name, []);
  return order;
}
