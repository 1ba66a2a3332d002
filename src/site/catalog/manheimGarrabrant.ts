/**
 * The categories and subtypes of Manheim and Garrabrant, "Categorizing Variants of Goodhart's Law"
 * (arXiv:1803.04585), as the catalogue tags examples with them, and the rule that ties each to the
 * mechanisms, tampering case and effect an example claims. The rules restate the mapping on
 * content/taxonomy/comparison.mdx; the page shows this table's examples for each row.
 */
import type { Effect, Mechanism } from "./schema.ts";

/** The slugs, in the page's order: categories without subtypes by the category's name. */
export const manheimGarrabrantSubtypes = [
  "regressional",
  "extremal-model-insufficiency",
  "extremal-regime-change",
  "causal",
  "adversarial-misalignment",
  "cobra-effect",
  "cheating",
  "adversarial-misappropriation",
] as const;
export type ManheimGarrabrantSubtype = (typeof manheimGarrabrantSubtypes)[number];

/** What an example must claim to show a subtype the model can express. */
interface Requirement {
  /** At least one of these mechanisms (any mechanism when absent). */
  anyMechanism?: readonly Mechanism[];
  /** This effect (either when absent). */
  effect?: Effect;
}

export type SubtypeRule =
  | { readonly name: string; readonly category: "regressional" | "extremal" | "causal" | "adversarial"; readonly expressible: true; readonly requires: Requirement }
  | { readonly name: string; readonly category: "adversarial"; readonly expressible: false; readonly reason: string };

export const subtypeRules: Record<ManheimGarrabrantSubtype, SubtypeRule> = {
  regressional: { name: "Regressional", category: "regressional", expressible: true, requires: { anyMechanism: ["regressional"] } },
  "extremal-model-insufficiency": { name: "Extremal: model insufficiency", category: "extremal", expressible: true, requires: { anyMechanism: ["extremal"] } },
  "extremal-regime-change": { name: "Extremal: regime change", category: "extremal", expressible: true, requires: { anyMechanism: ["extremal", "tampering", "generalisation"] } },
  causal: { name: "Causal", category: "causal", expressible: true, requires: { anyMechanism: ["tampering", "generalisation"] } },
  "adversarial-misalignment": { name: "Adversarial misalignment", category: "adversarial", expressible: true, requires: { effect: "adversarial" } },
  "cobra-effect": { name: "Cobra effect", category: "adversarial", expressible: true, requires: { anyMechanism: ["tampering"], effect: "adversarial" } },
  cheating: { name: "Cheating and Campbell's law", category: "adversarial", expressible: true, requires: { anyMechanism: ["tampering"], effect: "adversarial" } },
  "adversarial-misappropriation": {
    name: "Adversarial misappropriation",
    category: "adversarial",
    expressible: false,
    reason: "it needs a regulator that optimises and a separate agent that steers the regulator's optimisation, and a model here has one optimiser",
  },
};

/** The requirement in words, for errors and for the comparison page. */
export function requirementText(requires: Requirement): string {
  const parts = [
    requires.anyMechanism ? `the ${requires.anyMechanism.join(" or ")} mechanism` : undefined,
    requires.effect ? `the ${requires.effect} effect` : undefined,
  ].filter((part) => part !== undefined);
  return parts.join(" and ");
}

/**
 * Why the claims cannot show the subtype, or undefined when they can. An adversarial example must
 * also name an adversarial subtype: in Manheim and Garrabrant every agent with goals of its own
 * falls under their adversarial category.
 */
export function subtypeMismatch(subtype: ManheimGarrabrantSubtype, claims: { mechanisms: readonly Mechanism[]; effect: Effect }): string | undefined {
  const rule = subtypeRules[subtype];
  if (!rule.expressible) return `"${subtype}" cannot be shown by a model here: ${rule.reason} (see /taxonomy/comparison/)`;
  const { anyMechanism, effect } = rule.requires;
  const mechanismOk = anyMechanism === undefined || anyMechanism.some((mechanism) => claims.mechanisms.includes(mechanism));
  const effectOk = effect === undefined || effect === claims.effect;
  if (mechanismOk && effectOk) return undefined;
  return `"${subtype}" requires ${requirementText(rule.requires)} (the mapping on /taxonomy/comparison/), but the example claims mechanisms [${claims.mechanisms.join(", ")}] and the ${claims.effect} effect`;
}
