/**
 * Every figure the site can show, by name. Loaders are dynamic imports so that in the browser
 * each figure's code (and Plot) is a chunk of its own, fetched only when the figure is visible.
 * Adding a figure: write NAME/definition.ts and add one line here.
 */
import { validateDefinition, type FigureDefinition } from "./figure";

export const figureLoaders = {
  "cosine-similarity": () => import("./cosine-similarity/definition"),
  "optimization-geometry": () => import("./optimization-geometry/definition"),
  "overfitting-network": () => import("./overfitting-network/definition"),
  "regressional-selection": () => import("./regressional-selection/definition"),
  "extremal-proxy": () => import("./extremal-proxy/definition"),
  "polynomial-regression": () => import("./polynomial-regression/definition"),
  "selection-correlation": () => import("./selection-correlation/definition"),
  "step-condition": () => import("./step-condition/definition"),
  "regularised-ascent": () => import("./regularised-ascent/definition"),
  "occupancy-polytope": () => import("./occupancy-polytope/definition"),
  "catastrophic-goodhart": () => import("./catastrophic-goodhart/definition"),
  "goodhart-tails": () => import("./goodhart-tails/definition"),
  "best-of-n-overoptimisation": () => import("./best-of-n-overoptimisation/definition"),
  "misaligned-allocation": () => import("./misaligned-allocation/definition"),
  "reward-hacking-bandit": () => import("./reward-hacking-bandit/definition"),
} as const satisfies Record<string, () => Promise<{ default: FigureDefinition }>>;

export type FigureName = keyof typeof figureLoaders;

export const figureNames = Object.keys(figureLoaders) as FigureName[];

export function isFigureName(name: string): name is FigureName {
  return Object.hasOwn(figureLoaders, name);
}

/** Loads and checks a figure's definition; an unknown name is an error listing the known ones. */
export async function loadFigure(name: string): Promise<FigureDefinition> {
  if (!isFigureName(name)) {
    throw new Error(`unknown figure "${name}": expected one of ${figureNames.map((n) => `"${n}"`).join(", ")}`);
  }
  const { default: definition } = await figureLoaders[name]();
  if (definition.name !== name) {
    throw new Error(`figure registered as "${name}" calls itself "${definition.name}"`);
  }
  validateDefinition(definition);
  return definition;
}
