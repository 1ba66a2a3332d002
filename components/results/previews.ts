/**
 * Statement previews rendered once per page. A page lists, at the end of its article, one preview for
 * each statement its references name; every reference to that statement points to it by
 * `data-preview`, and one CSS rule per preview (in the page's head) shows it while a reference to it is
 * hovered or focused. CSS anchor positioning places it under that reference. No script is involved, and
 * a statement referenced ten times costs its markup once.
 */
import type { LabelledItem, ResultIndex } from "../../src/site/results/index.ts";

/** The id of the preview of the `position`-th statement (from 0) a page references. */
export const previewId = (position: number) => `xref-preview-${position + 1}`;

/** The labels a page's references name, in order of first reference ([] for a page that has none). */
export function pagePreviewLabels(index: ResultIndex, pathname: string): readonly string[] {
  return index.references.get(pathname) ?? [];
}

/** The id of the page's shared preview of `label`, or undefined when the page lists none for it. */
export function sharedPreviewId(index: ResultIndex, pathname: string, label: string): string | undefined {
  const position = pagePreviewLabels(index, pathname).indexOf(label);
  return position < 0 ? undefined : previewId(position);
}

/** The rule that shows each of `count` previews while a reference to it is under the pointer or focused. */
export function previewStyle(count: number): string {
  if (count === 0) return "";
  const selectors = Array.from({ length: count }, (_, position) => {
    const id = previewId(position);
    return `:root:has([data-preview="${id}"]:is(:hover,:focus)) #${id}`;
  });
  return `${selectors.join(",")}{display:block}`;
}

/** Elements of a preview (RefPreview.astro) whose statement has `statementElements`: its frame, its heading and, if any, its body. */
export function previewElementCount(statementElements: number): number {
  return statementElements > 0 ? 3 + statementElements : 2;
}

/** The preview's heading: "Theorem 3.2 (Step condition)", "Equation (3.4)", "Section 3.1: Title". */
export function previewHeading(item: LabelledItem): string {
  if (item.kind === "equation") return `Equation ${item.display}`;
  if (item.kind === "section" || item.kind === "chapter") return `${item.display}: ${item.title}`;
  return item.title ? `${item.display} (${item.title})` : item.display;
}
