/** Reachability questions about a model's causal graph. */
import type { Model } from "./model";

/** Every name with a directed path to `name` (not including `name`). */
export function ancestors(model: Model, name: string): Set<string> {
  return closure(name, (n) => model.parentsOf.get(n) ?? []);
}

/** Every name reachable from `name` by a directed path (not including `name`). */
export function descendants(model: Model, name: string): Set<string> {
  return closure(name, (n) => model.childrenOf.get(n) ?? []);
}

function closure(start: string, next: (name: string) => readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...next(start)];
  while (stack.length > 0) {
    const name = stack.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    stack.push(...next(name));
  }
  return seen;
}

/**
 * A shortest directed path from any of `sources` to `target`, as the list of names along it, or
 * null. Names in `avoid` may not appear inside the path (they may still be its target).
 */
export function shortestPath(
  model: Model,
  sources: readonly string[],
  target: string,
  avoid: ReadonlySet<string> = new Set(),
): string[] | null {
  const previous = new Map<string, string | null>();
  const queue: string[] = [];
  for (const source of sources) {
    previous.set(source, null);
    queue.push(source);
  }
  for (let head = 0; head < queue.length; head++) {
    const name = queue[head]!;
    if (name === target) {
      const path: string[] = [];
      for (let at: string | null = name; at !== null; at = previous.get(at)!) path.unshift(at);
      return path;
    }
    if (avoid.has(name) && !sources.includes(name)) continue;
    for (const child of model.childrenOf.get(name) ?? []) {
      if (previous.has(child)) continue;
      previous.set(child, name);
      queue.push(child);
    }
  }
  return null;
}

/** Whether `name` depends on at least one environment root (it is part of the environment, not only of the agent). */
export function dependsOnEnvironment(model: Model, name: string): boolean {
  if (model.kindOf.get(name) === "root") return true;
  for (const ancestor of ancestors(model, name)) if (model.kindOf.get(ancestor) === "root") return true;
  return false;
}
