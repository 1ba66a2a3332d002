/**
 * Rehype plugin, last: marks the prose blocks of a page that start well below the first screen with
 * the class `below-fold`. The stylesheet gives them `content-visibility: auto`, so the browser skips
 * their style and layout until the reader scrolls near them: a theorem page is thousands of MathML
 * elements deep, and laying all of them out at load blocks a phone's main thread for hundreds of
 * milliseconds.
 *
 * Why not every block: Chromium paints a block that is on the first screen at its placeholder
 * height in the first frame and at its real height in the next, which shifts the page. So the first
 * screen is never marked. Where it ends is estimated from the text, deliberately low (long lines, no
 * wrapping of formulas), so that the first marked block sits below the first screen even in a tall
 * desktop window; a browser test measures layout shift at load on every page to keep it so.
 */
import type { Element, ElementContent, Root, RootContent } from "hast";
import type { MdxJsxFlowElementHast } from "mdast-util-mdx-jsx";

/** Estimated height, in CSS pixels, of what the layout puts above a page's own content. */
const headerHeight = 250;
/** A block whose estimated top is at or below this is marked; a 1280 × 1400 window shows less. */
export const foldAt = 1400;
/** More characters per line than the widest text column holds (about 85), so heights come out low. */
const charactersPerLine = 100;
const lineHeight = 26;
const blockMargin = 16;
const headingHeight = 40;
const codeLineHeight = 22;
const displayMathHeight = 50;
const figureHeight = 400;
/** What a statement or proof adds around its body: its heading, tag, "Proof" and "Cite" lines. */
const containerChrome: Readonly<Record<string, number>> = { Environment: 60, Proof: 50 };

type Node = RootContent | ElementContent | MdxJsxFlowElementHast;

function classesOf(node: Element): string[] {
  const classes = node.properties["className"];
  return Array.isArray(classes) ? classes.map(String) : [];
}

function childrenOf(node: Node): Node[] {
  return "children" in node ? (node.children as Node[]) : [];
}

function isDisplayMath(node: Element): boolean {
  return classesOf(node).includes("math-display");
}

/**
 * A block the reader reads as a unit and the browser may skip as a unit. Lists and tables are left
 * out: their links often stand alone (a list of chapters), and a link in a skipped block has only a
 * guessed position, which would put it on top of its neighbours for anyone measuring target sizes.
 */
function isProseBlock(node: Element): boolean {
  return ["p", "blockquote", "pre"].includes(node.tagName) || isDisplayMath(node);
}

/** Characters a reader sees; a formula counts as half its TeX source, since it renders narrower. */
function visibleCharacters(node: Node): number {
  if (node.type === "text") return node.value.length;
  // a formula: a <math>, or the span of a long one's pieces, either with its TeX in data-tex
  if (node.type === "element" && node.properties["dataTex"] !== undefined) return Math.max(1, Math.round(String(node.properties["dataTex"]).length / 2));
  return childrenOf(node).reduce((sum, child) => sum + visibleCharacters(child), 0);
}

function lineCount(characters: number): number {
  return Math.max(1, Math.ceil(characters / charactersPerLine));
}

function sumOfHeights(nodes: readonly Node[]): number {
  return nodes.reduce((sum, child) => sum + estimatedHeight(child), 0);
}

/** A low estimate of a node's rendered height in the widest text column. */
export function estimatedHeight(node: Node): number {
  if (node.type === "mdxJsxFlowElement") return node.name === "Figure" ? figureHeight : (containerChrome[node.name ?? ""] ?? 0) + sumOfHeights(node.children);
  if (node.type !== "element") return 0;
  if (isDisplayMath(node)) return displayMathHeight;
  if (/^h[1-6]$/.test(node.tagName)) return headingHeight;
  if (node.tagName === "p" || node.tagName === "blockquote") return lineCount(visibleCharacters(node)) * lineHeight + blockMargin;
  if (node.tagName === "ul" || node.tagName === "ol") {
    const items = node.children.filter((child): child is Element => child.type === "element" && child.tagName === "li");
    return items.reduce((sum, item) => sum + lineCount(visibleCharacters(item)) * lineHeight, 0) + blockMargin;
  }
  if (node.tagName === "pre") return visibleText(node).split("\n").length * codeLineHeight + 2 * blockMargin;
  return sumOfHeights(node.children);
}

function visibleText(node: Node): string {
  if (node.type === "text") return node.value;
  return childrenOf(node).map(visibleText).join("");
}

function markBelowFold(node: Element): void {
  node.properties["className"] = [...classesOf(node), "below-fold"];
}

export default function rehypeBelowFold() {
  return (tree: Root) => {
    let top = headerHeight;
    const walk = (nodes: readonly Node[]) => {
      for (const node of nodes) {
        if (node.type === "element" && isProseBlock(node)) {
          if (top >= foldAt) markBelowFold(node);
          top += estimatedHeight(node);
        } else if (node.type === "mdxJsxFlowElement" && node.name !== "Figure") {
          // a statement, proof or equation: its own lines stay laid out, the prose inside may be skipped
          const chrome = containerChrome[node.name ?? ""] ?? 0;
          top += chrome / 2;
          walk(node.children);
          top += chrome / 2;
        } else if (node.type === "element" && node.tagName === "div") {
          walk(node.children);
        } else {
          top += estimatedHeight(node);
        }
      }
    };
    walk(tree.children as Node[]);
  };
}
