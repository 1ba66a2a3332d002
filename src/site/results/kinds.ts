/**
 * The kinds of numbered statement a page can contain. Adding a kind is one line here: MDX then
 * accepts <Kind id="…">, it is numbered, tagged, previewed and cross-referenced like the others.
 */
export const environmentKinds = ["definition", "theorem", "lemma", "proposition", "corollary", "remark", "example"] as const;

export type EnvironmentKind = (typeof environmentKinds)[number];

/** Everything a <Ref> can point at. */
export type LabelKind = EnvironmentKind | "equation" | "section" | "chapter";

/** "theorem" → "Theorem": the display name, which is also the MDX element name. */
export function kindName(kind: LabelKind): string {
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}

/** The environment kind an MDX element name stands for, if any ("Theorem" → "theorem"). */
export function environmentKindOf(elementName: string | null | undefined): EnvironmentKind | undefined {
  return environmentKinds.find((kind) => kindName(kind) === elementName);
}

/** Kinds whose statements can be proved (and so have a dependency graph entry with a proof). */
export const provableKinds: readonly EnvironmentKind[] = ["theorem", "lemma", "proposition", "corollary"];
