// The self-hosted math font (src/math/mathFont.ts, mathFontIntegration.ts): subset to the characters
// the pages' formulas show, checked for a glyph for each of them, published under its content hash.
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { Blob, Face } from "harfbuzzjs";
import fontverter from "fontverter";
import { describe, expect, it } from "vitest";
import { mathCharacters, mathFontPlaceholder, publishedMathFontPath, subsetMathFont } from "../../src/math/mathFont";
import mathFontIntegration, { publishMathFont } from "../../src/math/mathFontIntegration";
import { pathToFileURL } from "node:url";

const page = (body: string) => `<!doctype html><html><head><link rel="preload" href="${mathFontPlaceholder}"><style>@font-face{src:url("${mathFontPlaceholder}")}</style></head><body>${body}</body></html>`;

/** The characters of a WOFF2 font, its copyright (name ID 0) and its licence's address (name ID 14). */
async function inspect(woff2: Buffer) {
  const face = new Face(new Blob(await fontverter.convert(woff2, "truetype", "woff2")));
  return { characters: new Set([...face.collectUnicodes()].map((code) => String.fromCodePoint(code))), copyright: face.getName(0, "en"), licence: face.getName(14, "en") };
}

describe("the math font", () => {
  it("is asked for the characters a reader sees in formulas, not the TeX of data-tex, nor text outside formulas", () => {
    const html = '<p>Prose ∮ <math data-tex="\\R^d"><msup><mi>ℝ</mi><mi mathvariant="normal">d</mi></msup></math> and <math><mo>&#x3C;</mo><mtext>for all</mtext></math></p>';
    expect([...mathCharacters(html)].sort()).toEqual(["<", " ", "a", "d", "f", "l", "o", "r", "ℝ"].sort());
  });

  it("is asked for the italic letters the browser draws one-letter identifiers with", () => {
    expect([...mathCharacters("<math><mi>U</mi><mi>θ</mi><mi>h</mi><mi>max</mi><mi>ℝ</mi></math>")].sort()).toEqual(["U", "𝑈", "θ", "𝜃", "h", "ℎ", "m", "a", "x", "ℝ"].sort());
  });

  it("is asked for √ wherever a radical is drawn, though no text in the markup names it", () => {
    expect([...mathCharacters('<math><msqrt><mn>2</mn></msqrt><mroot><mi mathvariant="normal">x</mi><mn>3</mn></mroot></math>')].sort()).toEqual(["2", "3", "x", "√"].sort());
    expect(mathCharacters("<math><mn>2</mn></math>").has("√")).toBe(false);
  });

  it("is cut to those characters, and keeps the MATH table that stretchy delimiters and radicals need", async () => {
    const { woff2, missing } = await subsetMathFont(["ℝ", "(", "√", "∑"]);
    expect(missing).toEqual([]);
    const { characters, copyright, licence } = await inspect(woff2);
    // the OFL asks every copy, a subset included, to keep the copyright notice and the licence
    expect(copyright).toMatch(/^Copyright 2001-2021 The STIX Fonts Project Authors/);
    expect(licence).toBe("https://scripts.sil.org/OFL");
    for (const char of ["(", "ℝ", "√", "∑"]) expect(characters).toContain(char);
    // harfbuzz adds a parenthesis' mirror image, and nothing the formulas do not need
    expect(characters.size).toBeLessThanOrEqual(5);
    expect(characters).not.toContain("x");
    // the table directory of the converted font names MATH
    expect((await fontverter.convert(woff2, "truetype", "woff2")).includes(Buffer.from("MATH"))).toBe(true);
    expect(woff2.length).toBeLessThan(20_000);
  });

  it("reports a character it has no glyph for", async () => {
    expect((await subsetMathFont(["x", "中"])).missing).toEqual(["中"]);
  });

  it("is published under its content hash, and every page's placeholder points to it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "math-font-"));
    mkdirSync(join(dir, "model"));
    writeFileSync(join(dir, "index.html"), page('<math><mi>x</mi></math>'));
    writeFileSync(join(dir, "model", "index.html"), page('<math><mi>ℝ</mi></math>'));
    const published = await publishMathFont(dir);
    expect(published).toMatch(/^\/_astro\/stix-two-math\.[0-9a-f]{10}\.woff2$/);
    const woff2 = readFileSync(join(dir, published));
    expect(publishedMathFontPath(woff2)).toBe(published);
    expect([...(await inspect(woff2)).characters].sort()).toEqual(["x", "ℝ", "𝑥"].sort());
    for (const file of ["index.html", "model/index.html"]) {
      const html = readFileSync(join(dir, file), "utf8");
      expect(html).not.toContain(mathFontPlaceholder);
      expect(html.split(published).length - 1).toBe(2);
    }
    expect(readdirSync(join(dir, "_astro"))).toHaveLength(1);
  });

  it("fails the build for a character it cannot draw, naming the character and the first page with it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "math-font-"));
    writeFileSync(join(dir, "index.html"), page("<math><mtext>中</mtext></math>"));
    await expect(publishMathFont(dir)).rejects.toThrow(`The math font has no glyph for a character used in a formula; write them another way (\\text{} is set in the math font too):\n  中 (U+4E2D), first in ${relative(process.cwd(), join(dir, "index.html"))}`);
  });

  it("is published by the build in a process of its own, whose failure fails the build with its message", () => {
    const buildDone = mathFontIntegration().hooks["astro:build:done"] as unknown as (options: { dir: URL; logger: { info(message: string): void } }) => void;
    const good = mkdtempSync(join(tmpdir(), "math-font-"));
    writeFileSync(join(good, "index.html"), page("<math><mi>x</mi></math>"));
    const logged: string[] = [];
    buildDone({ dir: pathToFileURL(`${good}/`), logger: { info: (message) => logged.push(message) } });
    expect(logged).toEqual([expect.stringMatching(/^math font subset published as \/_astro\/stix-two-math\.[0-9a-f]{10}\.woff2$/)]);
    expect(readFileSync(join(good, "index.html"), "utf8")).not.toContain(mathFontPlaceholder);
    const bad = mkdtempSync(join(tmpdir(), "math-font-"));
    writeFileSync(join(bad, "index.html"), page("<math><mtext>中</mtext></math>"));
    expect(() => buildDone({ dir: pathToFileURL(`${bad}/`), logger: { info: () => {} } })).toThrow(/^The math font has no glyph for a character used in a formula;[\s\S]*中 \(U\+4E2D\)/);
  });
});
