/**
 * Shortened previews, for the pages that reference so many statements that their full previews
 * would take the page over its element budget (src/site/pageBudget.ts). A page that fits keeps every
 * preview whole. One that does not gives each preview the same allowance, as large as the budget
 * permits (short previews stay whole, the long ones are cut to it), and a cut preview shows the
 * statement's opening, in document order, up to that many elements and then "…": the reader sees
 * what the statement is about, and the reference itself leads to all of it.
 */
import type { ElementContent, Root, RootContent } from "hast";

type Node = Root | RootContent;

/** Elements in `node`, itself included. */
export function elementCount(node: Node): number {
  const own = node.type === "element" ? 1 : 0;
  return "children" in node ? own + node.children.reduce((sum, child) => sum + elementCount(child), 0) : own;
}

/** A formula is kept whole or not at all: half a formula could say something else. */
function isAtomic(node: ElementContent): boolean {
  if (node.type !== "element") return true;
  const classes = node.properties["className"];
  return node.tagName === "math" || (Array.isArray(classes) && (classes.includes("math-display") || classes.includes("math-inline")));
}

const ellipsis: ElementContent = { type: "text", value: " …" };

/** The children of a node cut to at most `budget` elements, with "…" where the cut was; `cut` says whether anything was left out. */
function cutChildren(children: readonly ElementContent[], budget: number): { children: ElementContent[]; used: number; cut: boolean } {
  const kept: ElementContent[] = [];
  let used = 0;
  for (const child of children) {
    const size = elementCount(child);
    if (used + size <= budget) {
      kept.push(child);
      used += size;
      continue;
    }
    if (child.type === "element" && !isAtomic(child) && used + 1 < budget) {
      const inner = cutChildren(child.children, budget - used - 1);
      kept.push({ ...child, children: inner.children });
      used += 1 + inner.used;
      return { children: kept, used, cut: true };
    }
    kept.push(ellipsis);
    return { children: kept, used, cut: true };
  }
  return { children: kept, used, cut: false };
}

/** `root` cut to at most `maxElements` elements (a new tree; `root` is not changed). */
export function excerpt(root: Root, maxElements: number): Root {
  const { children } = cutChildren(root.children as ElementContent[], maxElements);
  return { ...root, children: children as Root["children"] };
}

/**
 * The allowance per preview: the largest number of elements `cap` such that the previews, each cut
 * to `cap`, fit in `budget` together. Infinity when they fit whole; 0 when not even one element each
 * fits (the previews then show their headings only).
 */
export function previewAllowance(sizes: readonly number[], budget: number): number {
  const total = (cap: number) => sizes.reduce((sum, size) => sum + Math.min(size, cap), 0);
  if (total(Infinity) <= budget) return Infinity;
  let low = 0;
  let high = Math.max(...sizes);
  // total is non-decreasing in cap: the largest cap that fits, by bisection
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (total(middle) <= budget) low = middle;
    else high = middle - 1;
  }
  return low;
}
