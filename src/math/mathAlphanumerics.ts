/**
 * MathML's `mathvariant` as Unicode's mathematical alphanumeric characters.
 *
 * KaTeX writes \mathbb{R} as `<mi mathvariant="double-struck">R</mi>`. MathML Core, which Chromium
 * implements, honours only `mathvariant="normal"`: any other variant is drawn as the plain letter,
 * so ℝ would show as R and 𝔼 as E, which changes the meaning. The characters themselves (U+1D400
 * onwards, and the older letterlike ones such as ℝ) render in every browser with a math font.
 */

/** The variants KaTeX writes, as `as const` so that a new one is a type error here, not a silent R. */
export const mathVariants = ["bold", "italic", "bold-italic", "double-struck", "script", "bold-script", "fraktur", "bold-fraktur", "sans-serif", "bold-sans-serif", "sans-serif-italic", "sans-serif-bold-italic", "monospace"] as const;
export type MathVariant = (typeof mathVariants)[number];

/** Where each variant's A, a, 0, Α and α start in the Mathematical Alphanumeric Symbols block; null where Unicode has none. */
const starts: Record<MathVariant, { upper: number; lower: number; digit: number | null; greekUpper: number | null; greekLower: number | null }> = {
  "bold": { upper: 0x1d400, lower: 0x1d41a, digit: 0x1d7ce, greekUpper: 0x1d6a8, greekLower: 0x1d6c2 },
  "italic": { upper: 0x1d434, lower: 0x1d44e, digit: null, greekUpper: 0x1d6e2, greekLower: 0x1d6fc },
  "bold-italic": { upper: 0x1d468, lower: 0x1d482, digit: null, greekUpper: 0x1d71c, greekLower: 0x1d736 },
  "script": { upper: 0x1d49c, lower: 0x1d4b6, digit: null, greekUpper: null, greekLower: null },
  "bold-script": { upper: 0x1d4d0, lower: 0x1d4ea, digit: null, greekUpper: null, greekLower: null },
  "fraktur": { upper: 0x1d504, lower: 0x1d51e, digit: null, greekUpper: null, greekLower: null },
  "double-struck": { upper: 0x1d538, lower: 0x1d552, digit: 0x1d7d8, greekUpper: null, greekLower: null },
  "bold-fraktur": { upper: 0x1d56c, lower: 0x1d586, digit: null, greekUpper: null, greekLower: null },
  "sans-serif": { upper: 0x1d5a0, lower: 0x1d5ba, digit: 0x1d7e2, greekUpper: null, greekLower: null },
  "bold-sans-serif": { upper: 0x1d5d4, lower: 0x1d5ee, digit: 0x1d7ec, greekUpper: 0x1d756, greekLower: 0x1d770 },
  "sans-serif-italic": { upper: 0x1d608, lower: 0x1d622, digit: null, greekUpper: null, greekLower: null },
  "sans-serif-bold-italic": { upper: 0x1d63c, lower: 0x1d656, digit: null, greekUpper: 0x1d790, greekLower: 0x1d7aa },
  "monospace": { upper: 0x1d670, lower: 0x1d68a, digit: 0x1d7f6, greekUpper: null, greekLower: null },
};

/** Letters that Unicode encoded before the block (in Letterlike Symbols); their slots in the block are empty. */
const letterlike: Partial<Record<MathVariant, Record<string, string>>> = {
  "italic": { h: "ℎ" },
  "script": { B: "ℬ", E: "ℰ", F: "ℱ", H: "ℋ", I: "ℐ", L: "ℒ", M: "ℳ", R: "ℛ", e: "ℯ", g: "ℊ", o: "ℴ" },
  "fraktur": { C: "ℭ", H: "ℌ", I: "ℑ", R: "ℜ", Z: "ℨ" },
  "double-struck": { C: "ℂ", H: "ℍ", N: "ℕ", P: "ℙ", Q: "ℚ", R: "ℝ", Z: "ℤ" },
};

/**
 * The place of a Greek letter in each styled Greek alphabet of the block: capitals Α–Ω, with ϴ in the
 * slot of the unassigned U+03A2 and ∇ after Ω; small α–ω, then ∂ ϵ ϑ ϰ ϕ ϱ ϖ (KaTeX's \epsilon,
 * \vartheta, \phi and \varpi are these, its \varepsilon and \varphi are ε and φ).
 */
const greekUpperExtras: Record<string, number> = { "ϴ": 17, "∇": 25 };
const greekLowerExtras: Record<string, number> = { "∂": 25, "ϵ": 26, "ϑ": 27, "ϰ": 28, "ϕ": 29, "ϱ": 30, "ϖ": 31 };

function greekOffset(char: string): { upper: boolean; offset: number } | null {
  const code = char.codePointAt(0)!;
  if (code >= 0x391 && code <= 0x3a9 && code !== 0x3a2) return { upper: true, offset: code - 0x391 };
  if (code >= 0x3b1 && code <= 0x3c9) return { upper: false, offset: code - 0x3b1 };
  if (char in greekUpperExtras) return { upper: true, offset: greekUpperExtras[char]! };
  if (char in greekLowerExtras) return { upper: false, offset: greekLowerExtras[char]! };
  return null;
}

/** `char` in `variant`, or null when Unicode has no such character (the caller must not draw it plain). */
export function styledCharacter(char: string, variant: MathVariant): string | null {
  const named = letterlike[variant]?.[char];
  if (named) return named;
  const code = char.codePointAt(0)!;
  const start = starts[variant];
  if (code >= 0x41 && code <= 0x5a) return String.fromCodePoint(start.upper + code - 0x41);
  if (code >= 0x61 && code <= 0x7a) return String.fromCodePoint(start.lower + code - 0x61);
  if (code >= 0x30 && code <= 0x39) return start.digit === null ? null : String.fromCodePoint(start.digit + code - 0x30);
  const greek = greekOffset(char);
  if (greek) {
    const base = greek.upper ? start.greekUpper : start.greekLower;
    return base === null ? null : String.fromCodePoint(base + greek.offset);
  }
  return null;
}

/**
 * Every character of `text` in `variant`. A letter or digit that Unicode cannot style is listed, since
 * drawn plain it could mean something else (𝔾 is not G); punctuation and operators (the point of
 * \mathbf{1.5}, the + of \boldsymbol{a+b}) have no styled forms and keep their meaning plain.
 */
export function styledText(text: string, variant: MathVariant): { text: string; unstyled: string[] } {
  const unstyled: string[] = [];
  const styled = [...text].map((char) => {
    const result = styledCharacter(char, variant);
    if (result === null && /[\p{L}\p{N}]/u.test(char)) unstyled.push(char);
    return result ?? char;
  });
  return { text: styled.join(""), unstyled };
}

export function isMathVariant(value: unknown): value is MathVariant {
  return typeof value === "string" && (mathVariants as readonly string[]).includes(value);
}
