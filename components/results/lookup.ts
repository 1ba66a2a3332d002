/** Looks a label up in the result index, failing the build with the page and the label when it is missing. */
import type { LabelledItem, ResultIndex } from "../../src/site/results/index.ts";

export function lookup(index: ResultIndex, label: unknown, component: string, page: string): LabelledItem {
  if (typeof label !== "string") throw new Error(`${page}: <${component}> needs its label as a string attribute`);
  const item = index.items.get(label);
  // index.ts has already reported unresolved labels with file and line; this guards direct use
  if (!item) throw new Error(`${page}: <${component}> names the unknown label "${label}"`);
  return item;
}

export function displayList(index: ResultIndex, labels: readonly string[] | undefined): { href: string; display: string }[] {
  return (labels ?? []).map((label) => {
    const item = index.items.get(label)!;
    return { href: item.href, display: item.display };
  });
}
