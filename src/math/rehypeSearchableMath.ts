/**
 * Rehype plugin, after KaTeX: keeps KaTeX's visual HTML out of the search index, so that search
 * sees each formula through its MathML, whose annotation is the TeX source as written (with the
 * site's macros, e.g. \OE_U(U^*)). Searching for a formula's TeX then finds it.
 */
import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

export default function rehypeSearchableMath() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      const classes = node.properties["className"];
      if (Array.isArray(classes) && classes.includes("katex-html")) node.properties["dataPagefindIgnore"] = "";
    });
  };
}
