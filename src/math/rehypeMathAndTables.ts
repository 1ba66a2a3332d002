/**
 * Rehype plugin, after KaTeX: makes every block that may scroll sideways on a narrow screen
 * (display math, tables) reachable by keyboard, so that its hidden part can be scrolled into view
 * (WCAG 2.1.1). Search sees each formula through its MathML annotation, the TeX source as written
 * (with the site's macros, e.g. \OE_U(U^*)), so searching for a formula's TeX finds it.
 */
import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

export default function rehypeMathAndTables() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element, index, parent) => {
      const classes = node.properties["className"];
      if (Array.isArray(classes) && classes.includes("math-display")) node.properties["tabIndex"] = 0;
      if (node.tagName === "table" && parent && index !== undefined && !(parent.type === "element" && parent.properties["className"]?.toString().includes("table-scroll"))) {
        parent.children[index] = {
          type: "element",
          tagName: "div",
          properties: { className: ["table-scroll"], tabIndex: 0, role: "region", ariaLabel: "Table (scrolls sideways)" },
          children: [node],
        };
      }
    });
  };
}
