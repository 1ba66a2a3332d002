/**
 * Repairs the MathML KaTeX 0.16 writes that is not valid (the Nu checker, test/site/vnu.test.ts),
 * without changing what it means. It runs inside rehypeKatexStrict, after KaTeX, so pages and previews
 * both get it; only the inside of each `.katex` formula is touched.
 *
 * - Token elements that hold elements. `\overset`, `\stackrel` and `\underset` come out as
 *   `<mo><mover><mo><mo>=</mo></mo>…</mover></mo>` (KaTeX issue #3978), while `mo`, `mi`, `mn`, `mtext`
 *   and `ms` may hold only text. A token whose one child is an element is replaced by that element
 *   (`<mover>` with an `<mo>` base is still an operator, MathML's "embellished operator"); a token with
 *   several element children becomes an `<mrow>`.
 * - Operator names as scripts. `\sigma_{\max}` comes out as `<msub><mi>σ</mi><mi>max</mi><mo>⁡</mo></msub>`
 *   (KaTeX issue #3721): three children where `msub` takes two. The function application `<mo>⁡</mo>`
 *   (U+2061) belongs to the name before it; the two are grouped in an `<mrow>`, which is what the same
 *   operator name gives outside a script.
 */
import type { Element, ElementContent, Root } from "hast";

const tokens = new Set(["mi", "mo", "mn", "mtext", "ms"]);

/** MathML elements with a fixed number of children. */
const arity: Record<string, number> = { msub: 2, msup: 2, msubsup: 3, munder: 2, mover: 2, munderover: 3, mfrac: 2, mroot: 2 };

const functionApplication = "\u2061";

function isElement(node: ElementContent | undefined): node is Element {
  return node?.type === "element";
}

function classes(node: Element): string[] {
  const value = node.properties["className"];
  return Array.isArray(value) ? value.map(String) : String(value ?? "").split(/\s+/);
}

function isFunctionApplication(node: ElementContent | undefined): boolean {
  return isElement(node) && node.tagName === "mo" && node.children.length === 1 && node.children[0]?.type === "text" && node.children[0].value === functionApplication;
}

/** The children of a fixed-arity element, with each `name ⁡` pair grouped when there are too many. */
function groupFunctionApplications(children: ElementContent[], expected: number): ElementContent[] {
  if (children.filter(isElement).length <= expected) return children;
  const grouped: ElementContent[] = [];
  for (const child of children) {
    const previous = grouped.at(-1);
    if (isFunctionApplication(child) && isElement(previous) && !isFunctionApplication(previous)) {
      grouped[grouped.length - 1] = { type: "element", tagName: "mrow", properties: {}, children: [previous, child] };
    } else grouped.push(child);
  }
  return grouped;
}

/** The node as repaired (children first), or what replaces it. */
function repair(node: ElementContent): ElementContent {
  if (!isElement(node)) return node;
  node.children = node.children.map(repair);
  const expected = arity[node.tagName];
  if (expected !== undefined) node.children = groupFunctionApplications(node.children, expected);
  if (tokens.has(node.tagName) && node.children.some(isElement)) {
    const [only] = node.children;
    if (node.children.length === 1 && isElement(only)) return only;
    return { ...node, tagName: "mrow", properties: {} };
  }
  return node;
}

interface Parent {
  children: unknown[];
}

/**
 * Repairs every KaTeX formula in the tree, in place. It descends through every node with children,
 * not only elements: in an MDX page a statement's body sits inside JSX nodes (`mdxJsxFlowElement`).
 */
export function repairKatexOutput(tree: Root | Parent): void {
  tree.children = tree.children.map((child) => {
    if (isElement(child as ElementContent) && classes(child as Element).includes("katex")) return repair(child as Element);
    if (typeof child === "object" && child !== null && Array.isArray((child as Parent).children)) repairKatexOutput(child as Parent);
    return child;
  }) as typeof tree.children;
}
