/**
 * The site's math font: STIX Two Math, an OpenType math font (it has the MATH table that MathML
 * needs for stretchy delimiters, radicals, accents and script sizes), self-hosted and cut down to
 * the characters the built pages use.
 *
 * Pages name the font by a placeholder address (`mathFontPlaceholder`). In `astro dev` that address
 * serves the whole font. After a build (mathFontIntegration.ts) the characters inside every page's
 * `<math>` are collected, the font is subset to them (harfbuzz keeps the MATH table and the glyph
 * variants and parts that stretchy characters are built from), published under a name with its
 * content hash, and the placeholder is replaced by that name: a reader's cached copy can never be
 * an older subset that lacks a glyph. A character that the font does not have would be drawn from
 * some other font, or as a box; that fails the build.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import fontverter from "fontverter";
import { Blob, Face } from "harfbuzzjs";
import subsetFont from "subset-font";
import { styledCharacter } from "./mathAlphanumerics.ts";

/** The address pages use for the font until the build publishes it. */
export const mathFontPlaceholder = "/__math-font__.woff2";

/** The whole font, as the fontsource package ships it. */
export function fullMathFont(): Buffer {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve("@fontsource/stix-two-math/files/stix-two-math-latin-400-normal.woff2"));
}

/** The `@font-face` rule every page carries; MathML is set in it (src/styles/global.css). */
export const mathFontFace = `@font-face{font-family:"STIX Two Math";src:url("${mathFontPlaceholder}") format("woff2");font-display:swap}`;

/**
 * The characters a reader sees in the formulas of `html`: the text inside each `<math>`, without the TeX
 * annotations, and for each one-letter `<mi>` its italic form too. The browser draws a one-letter
 * identifier in italic by mapping it to the italic character (CSS `text-transform: math-auto`), so
 * `<mi>U</mi>` is drawn with the glyph of 𝑈 (U+1D448), which the subset must hold. Likewise `<msqrt>` and
 * `<mroot>` are drawn with √ (U+221A).
 */
export function mathCharacters(html: string): Set<string> {
  const characters = new Set<string>();
  for (const [, formula] of html.matchAll(/<math\b[^>]*>([\s\S]*?)<\/math>/g)) {
    const shown = formula!.replace(/<annotation\b[\s\S]*?<\/annotation>/g, "");
    // spaces too: \text{for all } and ~ are drawn in the math font, and a space missing from it would take another font's width
    for (const char of decodeEntities(shown.replace(/<[^>]*>/g, ""))) if (!/[\n\r\t]/.test(char)) characters.add(char);
    // a radical is markup, not text: the browser draws <msqrt> and <mroot> with the glyph of √ and its variants
    if (/<m(?:sqrt|root)\b/.test(shown)) characters.add("\u221A");
    for (const [, attributes, text] of shown.matchAll(/<mi\b([^>]*)>([^<]*)<\/mi>/g)) {
      const letters = [...decodeEntities(text!.trim())];
      const italic = letters.length === 1 && !/mathvariant="normal"/.test(attributes!) ? styledCharacter(letters[0]!, "italic") : null;
      if (italic) characters.add(italic);
    }
  }
  return characters;
}

/** The few entities rehype-stringify writes in text: the markup's own characters and numeric references. */
function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
}

/** The name IDs of the font's copyright, names, version, licence and licence URL, which the OFL asks a copy to keep. */
const keptNameIds = [0, 1, 2, 3, 4, 5, 6, 13, 14];

/** `font` cut down to `characters`, as WOFF2, with the characters the font has no glyph for. */
export async function subsetMathFont(characters: Iterable<string>, font = fullMathFont()): Promise<{ woff2: Buffer; missing: string[] }> {
  const wanted = [...new Set(characters)].sort();
  const truetype = await subsetFont(font, wanted.join(""), { targetFormat: "sfnt", preserveNameIds: keptNameIds });
  const covered = new Set(new Face(new Blob(truetype)).collectUnicodes());
  const missing = wanted.filter((char) => !covered.has(char.codePointAt(0)!));
  return { woff2: await fontverter.convert(truetype, "woff2", "truetype"), missing };
}

/** Where the subset is published: its content hash in the name. */
export function publishedMathFontPath(woff2: Buffer): string {
  return `/_astro/stix-two-math.${createHash("sha256").update(woff2).digest("hex").slice(0, 10)}.woff2`;
}
