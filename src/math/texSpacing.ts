/**
 * TeX's spacing where MathML Core's operator dictionary gives a different one, for KaTeX's MathML.
 *
 * KaTeX's HTML applies TeX's spacing rules itself (The TeXbook, chapter 18 and appendix G); its MathML
 * leaves spacing to the browser, which looks each operator up in the dictionary by its form (prefix,
 * infix or postfix, from its place in its row). Where the two differ visibly, TeX's is written in:
 * - explicit spaces: KaTeX writes \, \: \; as space characters in an <mtext> and \! as a space
 *   followed by an invisible separator, which a browser draws as a positive space; each becomes an
 *   <mspace> of TeX's width, negative for \!;
 * - a bar as a delimiter (\lvert, \left\|, \big|): KaTeX writes the relation characters ∣ and ∥, spaced
 *   as relations; a delimiter takes no space;
 * - a unary sign (after a relation, an opening delimiter, a comma, an operator or a large operator, as
 *   in `\ge -L` or `\sum_i -x_i`): mid-row, it is spaced as a binary operator; TeX makes it ordinary;
 * - two relations side by side (\perp\!\!\!\perp, :=): TeX puts no space between them;
 * - a prime (ψ′): KaTeX writes it as a superscript, which draws the prime glyph at script size; the
 *   glyph is designed raised already, so it is set at full size beside its base;
 * - an operator in a sub- or superscript, or in a fraction within text (the = of \sum_{i=1}): TeX sets
 *   these in script style, without the spaces of relations and binary operators;
 * - thin spaces that TeX puts between atoms and MathML does not: after an operator name before its
 *   argument (\arccos t, not \arccos(t)) and before one after a symbol ((1 + y) sin x), also in scripts;
 *   and, outside scripts, around a group in \left … \right (\norm{g}), an "inner" atom in TeX, next to a
 *   symbol, a parenthesis, a comma or another such group (α ‖g‖ ‖g*‖).
 */
import type { Element, ElementContent } from "hast";

/** Characters that are relations in the operator dictionary but delimiters when KaTeX marks them as fences. */
const barDelimiters = new Set(["∣", "∥"]);
/** Binary operators that TeX makes unary where no operand precedes them. */
const signs = new Set(["−", "+", "±", "∓"]);
/** Relations, which TeX spaces thickly and never from one another (∣ and ∥ are relations too, or delimiters). */
export const relations = new Set([..."=≠<>≤≥≈∼≃≅≡∈∉∋⊂⊆⊃⊇→←↦⇒⟹⇔⟺∝≪≫≺≻⪯⪰≼≽⊥:≔"]);
/** Binary operators, which TeX spaces by a medium space unless they are unary. */
export const binaryOperators = new Set([..."+−±∓⋅·×÷∗∘∪∩∖⊕⊗∧∨"]);
/** Operators after which an operand has ended, so that a sign after them is binary: closing delimiters and TeX's closing symbols. */
const endsOperand = new Set([")", "]", "}", "⟩", "⌉", "⌋", "⟧", "!", "?", "⋯", "…", "⋮", "⋱", "′", "″", "‴"]);
const openingDelimiters = new Set(["(", "[", "{", "⟨", "⌈", "⌊", "⟦"]);
const primes = /^[′″‴⁗]+$/;
const functionApplication = "\u2061";
const thinSpace = "0.1667em";
/** The space characters KaTeX writes for \, \: \; and (with U+2063 after them, for \!) their negatives, in em. */
const spaceWidths: Record<string, number> = { "\u200a": 1 / 18, "\u2009": 3 / 18, "\u2005": 4 / 18, "\u205f": 4 / 18 };
/** Elements whose children are set side by side, as one row. */
const rows = new Set(["math", "mrow", "mstyle", "msqrt", "mpadded", "mphantom", "mtd"]);
/** Elements whose first child is a base that the others decorate. */
const scripted = new Set(["msub", "msup", "msubsup", "munder", "mover", "munderover"]);

const isElement = (node: ElementContent | undefined): node is Element => node?.type === "element";
const elementsOf = (node: Element): Element[] => node.children.filter(isElement);
const textOf = (node: Element): string => node.children.map((child) => (child.type === "text" ? child.value : "")).join("");
const isMo = (node: ElementContent | undefined): node is Element => isElement(node) && node.tagName === "mo";
/** Whether `node` is an operator whose text is one of `chars` (not a type guard: failing it says nothing about the type). */
const isMoOf = (node: ElementContent | undefined, chars: Set<string>): boolean => isMo(node) && chars.has(textOf(node));
const hasOwnSpacing = (node: Element) => node.properties["lspace"] !== undefined;
const unspaced = (node: Element) => Object.assign(node.properties, { lspace: "0em", rspace: "0em" });
const thin = (): Element => ({ type: "element", tagName: "mspace", properties: { width: thinSpace }, children: [] });

/** An explicit space: an <mspace>, or an <mtext> of spaces only. */
const isSpace = (node: Element) => node.tagName === "mspace" || (node.tagName === "mtext" && textOf(node).replace("\u2063", "").trim() === "");

/** The width in em of KaTeX's \, \: \; \! as an <mtext>, or null for other text (a word, an ordinary space). */
function explicitSpaceWidth(node: Element): number | null {
  if (node.tagName !== "mtext") return null;
  const text = textOf(node);
  const negative = text.endsWith("\u2063");
  const chars = [...(negative ? text.slice(0, -1) : text)];
  if (chars.length === 0 || !chars.every((char) => char in spaceWidths)) return null;
  const width = chars.reduce((sum, char) => sum + spaceWidths[char]!, 0);
  return negative ? -width : width;
}

/** Whether a superscript is primes only (f′, f″, and f′′ as KaTeX writes f''). */
function isPrimes(script: Element | undefined): boolean {
  if (script === undefined) return false;
  const tokens = script.tagName === "mrow" ? script.children : [script];
  return tokens.length > 0 && tokens.every((token) => isMo(token) && primes.test(textOf(token)));
}

/** The operator at the core of an embellished operator (\sum_i, \overset{d}{=}), or the node itself. */
function coreOf(node: Element): Element {
  return scripted.has(node.tagName) && elementsOf(node)[0] ? coreOf(elementsOf(node)[0]!) : node;
}

/** A \left … \right group, as KaTeX writes it (a row between two fences), with or without scripts; not \binom, which TeX treats as a symbol. */
function isInner(node: Element): boolean {
  if (scripted.has(node.tagName)) {
    const base = elementsOf(node)[0];
    return base !== undefined && isInner(base);
  }
  const elements = elementsOf(node);
  const isBinomial = elements.length === 3 && elements[1]!.tagName === "mfrac" && elements[1]!.properties["linethickness"] === "0px";
  return node.tagName === "mrow" && elements.length >= 2 && !isBinomial && [elements[0], elements.at(-1)].every((fence) => isMo(fence) && fence.properties["fence"] === "true");
}

/** An operator name (\sin, \OE) followed by its function application, or a script whose base ends with one (\max_x). */
function isOperatorName(node: Element, next: Element | undefined): boolean {
  if (node.tagName === "mi" && isMo(next) && textOf(next) === functionApplication) return true;
  const base = scripted.has(node.tagName) ? elementsOf(node)[0] : undefined;
  const last = base?.tagName === "mrow" ? elementsOf(base).at(-1) : undefined;
  return isMo(last) && textOf(last) === functionApplication;
}

/** How TeX classes an atom, as far as the spaces here go. */
type Atom = "ordinary" | "operator name" | "function application" | "inner" | "open" | "close" | "punctuation" | "operator";

function atomOf(node: Element, next: Element | undefined): Atom {
  if (isInner(node)) return "inner";
  if (isOperatorName(node, next)) return "operator name";
  const core = coreOf(node);
  if (!isMo(core) || textOf(core) === "/") return "ordinary";
  const text = textOf(core);
  if (text === functionApplication) return "function application";
  if (core.properties["separator"] === "true" || text === "," || text === ";") return "punctuation";
  if (endsOperand.has(text)) return "close";
  if (openingDelimiters.has(text)) return "open";
  return "operator";
}

/** TeX's thin spaces between neighbouring atoms that MathML does not give; those of inner groups only outside scripts. */
function thinSpaceBetween(left: Atom, right: Atom, inScript: boolean): boolean {
  const operand = (atom: Atom) => atom === "ordinary" || atom === "inner" || atom === "operator name";
  // an operator name and its argument, unless the argument is in parentheses (\arccos t, but \arccos(t))
  if (left === "function application" || (left === "operator name" && right !== "function application")) return operand(right);
  if (right === "operator name") return left === "ordinary" || left === "close" || left === "inner";
  if (inScript) return false;
  if (left === "inner") return right === "ordinary" || right === "inner" || right === "open" || right === "punctuation";
  if (right === "inner") return left === "ordinary" || left === "close" || left === "punctuation";
  return false;
}

/** Whether `child` of `parent` is set in script style: a script, or a part of a fraction in text style. */
function inScriptStyle(parent: Element, child: Element, display: boolean): boolean {
  if (scripted.has(parent.tagName) || parent.tagName === "mroot") return elementsOf(parent)[0] !== child;
  return parent.tagName === "mfrac" && !display;
}

/** Whether the children of `node` are in display style, inside a formula whose style is `display`. */
function childrenInDisplay(node: Element, display: boolean): boolean {
  if (node.tagName === "mstyle" && node.properties["displaystyle"] !== undefined) return node.properties["displaystyle"] === "true";
  return display && !scripted.has(node.tagName) && node.tagName !== "mfrac" && node.tagName !== "mroot";
}

/** The explicit spaces as <mspace>, and the rules on single operators: bars, signs, relations side by side, primes, scripts. */
function adjustOperators(node: Element, inScript: boolean, display: boolean): void {
  node.children = node.children.map((child) => {
    if (!isElement(child)) return child;
    const width = explicitSpaceWidth(child);
    return width === null ? child : { type: "element", tagName: "mspace", properties: { width: `${Number(width.toFixed(4))}em` }, children: [] };
  });
  const elements = elementsOf(node);
  for (const [position, child] of elements.entries()) {
    const childInScript = inScript || inScriptStyle(node, child, display);
    adjustOperators(child, childInScript, childrenInDisplay(node, display));
    if (child.tagName === "msup" && isPrimes(elementsOf(child)[1])) child.tagName = "mrow";
    if (!isMo(child) || hasOwnSpacing(child)) continue;
    // a bar's own spacing, wherever it is (as the base of \Big|_{x=0} too)
    if (childInScript || (isMoOf(child, barDelimiters) && (child.properties["fence"] !== undefined || child.properties["stretchy"] !== undefined))) {
      unspaced(child);
      continue;
    }
    if (!rows.has(node.tagName)) continue;
    // explicit spaces are glue in TeX, not atoms: what counts is the atom before them
    const previous = elements.slice(0, position).findLast((sibling) => !isSpace(sibling));
    const previousCore = previous ? coreOf(previous) : undefined;
    if (isMoOf(child, signs) && isMo(previousCore) && !closesOperand(previousCore, elements.slice(0, position))) {
      unspaced(child);
      child.properties["form"] = "prefix";
    } else if (isMoOf(child, relations) && previous === previousCore && isMoOf(previous, relations)) {
      child.properties["lspace"] = "0em";
      if (previous!.properties["rspace"] === undefined) previous!.properties["rspace"] = "0em";
    }
  }
}

/**
 * Whether the operator `previous`, the last atom of `before`, ends an operand, so that a sign after it
 * is binary: a closing delimiter or symbol, or a bar that closes (bars alternate, opening and closing,
 * in a row). The closing fence of a \left … \right group ends its own row, so it is never `previous`.
 */
function closesOperand(previous: Element, before: Element[]): boolean {
  if (isMoOf(previous, endsOperand)) return true;
  if (isMoOf(previous, barDelimiters) && hasOwnSpacing(previous)) return before.filter((node) => isMoOf(node, barDelimiters) && hasOwnSpacing(node)).length % 2 === 0;
  return false;
}

/** The thin spaces between atoms that TeX spaces and MathML does not. */
function spaceAtoms(node: Element, inScript: boolean, display: boolean): void {
  const elements = elementsOf(node);
  for (const child of elements) spaceAtoms(child, inScript || inScriptStyle(node, child, display), childrenInDisplay(node, display));
  // only a row's children are atoms side by side; a script's or a fraction's children are its parts
  if (!rows.has(node.tagName)) return;
  // explicit spaces add to the spaces between atoms, as glue does in TeX
  const atoms = elements.filter((element) => !isSpace(element));
  const classes = atoms.map((atom, position) => atomOf(atom, atoms[position + 1]));
  for (let position = atoms.length - 1; position > 0; position--) {
    if (!thinSpaceBetween(classes[position - 1]!, classes[position]!, inScript)) continue;
    // the invisible function application can carry the space itself; anything else gets an <mspace>
    if (classes[position - 1] === "function application") atoms[position - 1]!.properties["rspace"] = thinSpace;
    else node.children.splice(node.children.indexOf(atoms[position]!), 0, thin());
  }
}

/** Applies the rules to one formula, in place. */
export function applyTexSpacing(math: Element): void {
  const display = math.properties["display"] === "block";
  adjustOperators(math, false, display);
  spaceAtoms(math, false, display);
}
