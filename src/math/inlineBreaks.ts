/**
 * Line breaks in long inline formulas. A browser never breaks a line inside a `<math>` element, so a
 * long inline formula would stick out of a phone's text column and make the page scroll sideways.
 * TeX (and KaTeX's HTML) break an inline formula after a relation or a binary operator at its top
 * level; here such a formula becomes a `<span class="math-inline">` of several `<math>` elements, one
 * per piece, each ending with the operator after which the line may break. The span carries the TeX of
 * the whole formula. A formula short enough to fit any line stays one `<math>`.
 */
import type { Element, ElementContent } from "hast";
import { binaryOperators, relations } from "./texSpacing.ts";

/** Visible characters from which a formula may be too wide for a 320 px line at the site's math size. */
export const breakableLength = 24;

/** Relations and binary operators, which TeX may break an inline formula after. */
const breakAfter = new Set([...relations, ...binaryOperators]);

const isElement = (node: ElementContent): node is Element => node.type === "element";
const textOf = (node: ElementContent): string => (node.type === "text" ? node.value : node.type === "element" ? node.children.map(textOf).join("") : "");

/** Whether the line may break after `node`, a child of the formula's top row: an operator spaced as a relation or binary one. */
function breaksAfter(node: ElementContent): boolean {
  // an operator the spacing rules made unary or a delimiter (texSpacing.ts) has explicit zero spaces
  return isElement(node) && node.tagName === "mo" && node.properties["lspace"] === undefined && breakAfter.has(textOf(node));
}

/**
 * `math` (an inline formula, its TeX already in `data-tex`) as it goes into the page: itself, or the
 * span of its pieces when it is long and has a place to break.
 */
export function breakableInline(math: Element): Element {
  if ([...textOf(math)].length < breakableLength) return math;
  const pieces: ElementContent[][] = [[]];
  const children = math.children;
  children.forEach((child, position) => {
    pieces.at(-1)!.push(child);
    const isLast = children.slice(position + 1).every((rest) => !isElement(rest));
    if (!isLast && breaksAfter(child)) {
      // alone at the end of its piece the operator would take its postfix form; it is still infix
      (child as Element).properties["form"] = "infix";
      pieces.push([]);
    }
  });
  if (pieces.length === 1) return math;
  const { dataTex, dataPagefindIndexAttrs, ...mathProperties } = math.properties;
  return {
    type: "element",
    tagName: "span",
    properties: { className: ["math-inline"], dataTex, dataPagefindIndexAttrs },
    children: pieces.map((piece) => ({ type: "element", tagName: "math", properties: { ...mathProperties }, children: piece })),
  };
}
