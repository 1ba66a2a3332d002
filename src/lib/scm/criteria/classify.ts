/** The three simple shapes of tampering, read off the causal graph. */
import type { TamperingCase } from "../../../site/catalog/schema";
import { ancestors, descendants } from "../graph";
import type { Model } from "../model";

/** Where a node sits relative to the proxy U and the goal U*. */
export type Position = {
  ancestorOfProxy: boolean;
  ancestorOfGoal: boolean;
  /** On a directed path U → … → v → … → U* or U* → … → v → … → U. */
  betweenProxyAndGoal: boolean;
};

export function positionOf(model: Model, name: string): Position {
  const ancestorsOfProxy = ancestors(model, model.proxy);
  const ancestorsOfGoal = ancestors(model, model.goal);
  const below = (top: string) => descendants(model, top).has(name);
  return {
    ancestorOfProxy: ancestorsOfProxy.has(name),
    ancestorOfGoal: ancestorsOfGoal.has(name),
    betweenProxyAndGoal: (below(model.proxy) && ancestorsOfGoal.has(name)) || (below(model.goal) && ancestorsOfProxy.has(name)),
  };
}

/**
 * intermediary cause: v lies on a directed path between U and U* (either direction);
 * shared cause: otherwise, v is an ancestor of both; independent cause: an ancestor of U only.
 * A node that is an ancestor of U* only (or of neither) is none of the three (null).
 */
export function tamperingCaseOf(position: Position): TamperingCase | null {
  if (position.betweenProxyAndGoal) return "intermediary-cause";
  if (position.ancestorOfProxy && position.ancestorOfGoal) return "shared-cause";
  if (position.ancestorOfProxy) return "independent-cause";
  return null;
}
