/**
 * How the dependency graph draws a result: its label in two lines (the number, a short title) and
 * its status in the Lean blueprints' convention. The border shows how the statement is checked
 * (green: stated and proved in Coq, dashed for a special case; blue: by falsification tests;
 * plain: not checked, e.g. a definition), the fill how far its proof is machine-checked (dark: in
 * Coq, and so is every result it depends on; light: in Coq, but something it uses is only tested;
 * none: not in Coq). Every provable result is checked one way or the other (the build enforces
 * it), so "fully checked" in the literal sense holds for all of them; the fill tells the rest. Pure.
 */
import type { LabelledItem } from "./index.ts";
import type { ResultStatus } from "./status.ts";

export const graphBorders = ["formal", "formal-special", "tested", "plain"] as const;
export const graphFills = ["full", "partial", "none"] as const;

export interface GraphNodeStyle {
  border: (typeof graphBorders)[number];
  fill: (typeof graphFills)[number];
}

export function graphNodeStyle(status: ResultStatus | undefined): GraphNodeStyle {
  if (!status) return { border: "plain", fill: "none" };
  const border = status.level === "formal-full" ? "formal" : status.level === "formal-special" ? "formal-special" : status.level === "tested" ? "tested" : "plain";
  const fill = status.formallyClosed ? "full" : border === "formal" || border === "formal-special" ? "partial" : "none";
  return { border, fill };
}

/** "Theorem 3.2" → "Thm 3.2": the number line of a box. */
const abbreviations: Record<string, string> = { Definition: "Def", Theorem: "Thm", Lemma: "Lem", Proposition: "Prop", Corollary: "Cor", Remark: "Rem", Example: "Ex" };

export function graphNodeLines(item: LabelledItem, maxTitle = 24): { number: string; title: string } {
  const [kind = "", ...rest] = item.display.split(" ");
  const number = `${abbreviations[kind] ?? kind} ${rest.join(" ")}`.trim();
  const title = item.title ?? "";
  if (title.length <= maxTitle) return { number, title };
  // cut at a word boundary so the short title stays readable
  const cut = title.slice(0, maxTitle - 1);
  const space = cut.lastIndexOf(" ");
  return { number, title: `${(space > maxTitle / 2 ? cut.slice(0, space) : cut).replace(/[,;:]$/, "")}…` };
}
