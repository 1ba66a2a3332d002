/**
 * KaTeX's MathML, made to render the same in every browser that implements MathML Core.
 *
 * The site publishes formulas as MathML alone, set in a math font (mathFont.ts): KaTeX's HTML
 * rendering is about two thirds of a formula's elements and was the bulk of the heaviest pages.
 * KaTeX's MathML is written for the full MathML 3, so these things are adjusted here:
 * - `mathvariant` other than "normal" becomes the styled Unicode character (mathAlphanumerics.ts);
 * - where the browser's operator dictionary spaces a formula differently from TeX, TeX's spacing is
 *   written in (texSpacing.ts);
 * - \hat and \tilde come as the ASCII ^ and ~, which a math font draws at their ASCII height, well above
 *   the letter; the spacing modifier letters ˆ and ˜ are the accents, which sit on it (and, stretched
 *   over several letters, the combining accents U+0302 and U+0303 are);
 * - the `<span class="katex">` around each formula goes: an inline formula is its `<math>`, and a
 *   display formula is a `<span class="math-display">` around its `<math display="block">`, the box
 *   that scrolls sideways on a narrow screen; a long inline formula is split where its line may break
 *   (inlineBreaks.ts);
 * - the TeX source moves from KaTeX's `<semantics>`/`<annotation>` pair into the `data-tex` attribute,
 *   which search indexes (`data-pagefind-index-attrs`), and the outer `<mrow>` goes (`<math>` is one
 *   row already): three elements fewer in every formula, which on the errata page is 3,000.
 */
import type { Element, ElementContent, Root, RootContent } from "hast";
import { visit } from "unist-util-visit";
import { isMathVariant, styledText } from "./mathAlphanumerics.ts";
import { breakableInline } from "./inlineBreaks.ts";
import { applyTexSpacing } from "./texSpacing.ts";

const isElement = (node: RootContent | ElementContent | undefined): node is Element => node?.type === "element";
const classesOf = (node: Element): unknown[] => (Array.isArray(node.properties["className"]) ? node.properties["className"] : []);

const textOf = (node: Element): string => node.children.map((child) => (child.type === "text" ? child.value : "")).join("");

/** The TeX source of a formula as KaTeX wrote it: `<math><semantics>rendering<annotation>TeX</annotation></semantics></math>`. */
function unwrapSemantics(math: Element): string {
  const [semantics] = math.children.filter(isElement);
  if (semantics?.tagName !== "semantics") return "";
  const [rendering, annotation] = semantics.children.filter(isElement);
  const tex = annotation?.tagName === "annotation" ? textOf(annotation) : "";
  const rendered = rendering ? [rendering] : [];
  math.children = rendered.length === 1 && rendered[0]!.tagName === "mrow" && Object.keys(rendered[0]!.properties).length === 0 ? rendered[0]!.children : rendered;
  return tex;
}

/** The accent characters to draw \hat and \tilde with, alone and stretched (\widehat). */
const accents: Record<string, { alone: string; stretched: string }> = { "^": { alone: "ˆ", stretched: "\u0302" }, "~": { alone: "˜", stretched: "\u0303" } };

function adjustAccent(mover: Element): void {
  const accent = mover.children.filter(isElement)[1];
  const text = accent?.tagName === "mo" ? textOf(accent) : "";
  const replacement = accents[text];
  if (!accent || !replacement) return;
  accent.children = [{ type: "text", value: accent.properties["stretchy"] === "true" ? replacement.stretched : replacement.alone }];
}

/** The text styles KaTeX writes as a `mathvariant` on `<mtext>`, as CSS. */
const textStyles: Record<string, string> = { "bold": "font-weight:bold", "italic": "font-style:italic", "bold-italic": "font-weight:bold;font-style:italic" };

/** Rewrites one formula's styled tokens and accents in place; returns the characters that have no styled form. */
function adjustTokens(math: Element): string[] {
  const unstyled: string[] = [];
  visit(math, "element", (node: Element) => {
    if (node.tagName === "mover" && node.properties["accent"] === "true") adjustAccent(node);
    const variant = node.properties["mathvariant"];
    const textStyle = node.tagName === "mtext" && typeof variant === "string" ? textStyles[variant] : undefined;
    if (textStyle) {
      // text in a formula (\textbf{…}) is text: styled by its font, not turned into math letters
      node.properties["style"] = textStyle;
      delete node.properties["mathvariant"];
    } else if (isMathVariant(variant)) {
      for (const child of node.children) {
        if (child.type !== "text") continue;
        const styled = styledText(child.value, variant);
        child.value = styled.text;
        unstyled.push(...styled.unstyled.map((char) => `${char} (${variant})`));
      }
      delete node.properties["mathvariant"];
    } else if (variant !== undefined && variant !== "normal") {
      unstyled.push(`mathvariant="${String(variant)}"`);
    }
  });
  return unstyled;
}

/**
 * Replaces each of KaTeX's formula wrappers in `tree` by the MathML formula, adjusted as above.
 * Returns one line per formula that uses a style Unicode cannot express, naming its TeX.
 */
export function toMathmlOnly(tree: Root): string[] {
  const problems: string[] = [];
  visit(tree, "element", (node: Element, index, parent) => {
    if (!parent || index === undefined || !classesOf(node).includes("katex")) return;
    const math = node.children.find(isElement);
    if (!math || math.tagName !== "math") return;
    const tex = unwrapSemantics(math);
    const unstyled = adjustTokens(math);
    applyTexSpacing(math);
    if (unstyled.length > 0) problems.push(`${tex}: no Unicode character for ${[...new Set(unstyled)].join(", ")}`);
    delete math.properties["xmlns"];
    Object.assign(math.properties, { dataTex: tex, dataPagefindIndexAttrs: "data-tex" });
    const replacement: Element = math.properties["display"] === "block" ? { type: "element", tagName: "span", properties: { className: ["math-display"] }, children: [math] } : breakableInline(math);
    parent.children[index] = replacement;
    return "skip";
  });
  return problems;
}
