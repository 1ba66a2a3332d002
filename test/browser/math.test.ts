// Formulas as the reader sees them: MathML drawn from the self-hosted math font alone, with the marks
// that carry meaning (the bar of Ū, the double strike of ℝ, stretchy delimiters) drawn.
import type { CDPSession, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { mathCharacters } from "../../src/math/mathFont";
import { builtPages } from "../support/dist.mjs";
import { useBrowser } from "./harness";

const browser = useBrowser();
// The pages that bring a character no page before them has, chapters before tag and version pages (which
// repeat statements shown on their chapters): every character any formula uses is checked on one of them,
// without opening each of the hundreds of tag pages.
const mathPaths: string[] = [];
{
  const covered = new Set<string>();
  const withMath = (builtPages() as { path: string; html: string }[]).filter((page) => page.html.includes("<math"));
  const ordered = [...withMath.filter((page) => !page.path.startsWith("/tag/")), ...withMath.filter((page) => page.path.startsWith("/tag/"))];
  for (const page of ordered) {
    const characters = [...mathCharacters(page.html)];
    if (characters.every((character) => covered.has(character))) continue;
    mathPaths.push(page.path);
    for (const character of characters) covered.add(character);
  }
}

/** The fonts Chromium drew the text of the node matching `selector` (nth match) with. */
async function fontsOf(cdp: CDPSession, rootId: number, selector: string): Promise<string[]> {
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: rootId, selector });
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  return fonts.map((font) => font.familyName);
}

/** Every page's blocks laid out: those below the fold are otherwise skipped, and have no fonts yet. */
const layOutEverything = (page: Page) => page.addStyleTag({ content: ".below-fold { content-visibility: visible !important; }" });

describe("formulas", () => {
  it("draw every character they use from the math font: none falls back to another font", async () => {
    const unchecked = new Set<string>();
    const fallbacks: string[] = [];
    const seen = new Set<string>();
    for (const path of mathPaths) {
      const { page, close } = await browser.open(path);
      await layOutEverything(page);
      // one token per character not yet checked on an earlier page: the font a character falls back to depends on it and the CSS, which every page shares
      const samples: { char: string; index: number }[] = await page.evaluate((known) => {
        // only tokens laid out: a hidden preview or a closed <details> draws nothing, so reports no font
        const tokens = [...document.querySelectorAll("math mi, math mo, math mn, math mtext")].filter((token) => token.getClientRects().length > 0);
        const found: { char: string; index: number }[] = [];
        const taken = new Set(known);
        tokens.forEach((token, index) => {
          for (const char of token.textContent ?? "") {
            // whitespace and the invisible operators (U+2061 to U+2064) draw nothing
            if (/[\s\u2061-\u2064]/.test(char) || taken.has(char)) continue;
            taken.add(char);
            found.push({ char, index });
          }
        });
        return found;
      }, [...seen]);
      if (samples.length > 0) {
        const cdp = await page.context().newCDPSession(page);
        await cdp.send("DOM.enable");
        await cdp.send("CSS.enable");
        const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
        await page.evaluate(() => [...document.querySelectorAll("math mi, math mo, math mn, math mtext")].filter((token) => token.getClientRects().length > 0).forEach((token, index) => token.setAttribute("data-token", String(index))));
        for (const { char, index } of samples) {
          seen.add(char);
          const fonts = await fontsOf(cdp, root.nodeId, `[data-token="${index}"]`);
          if (fonts.length === 0) unchecked.add(char);
          if (fonts.some((family) => family !== "STIX Two Math")) fallbacks.push(`${char} (U+${char.codePointAt(0)!.toString(16).toUpperCase()}) on ${path}: ${fonts.join(", ")}`);
        }
      }
      await close();
    }
    expect(fallbacks).toEqual([]);
    expect([...unchecked]).toEqual([]);
    expect(seen.size).toBeGreaterThan(100);
  });

  it("draw the bar of Ū over the letter, the double strike of ℝ, and delimiters that grow with what they enclose", async () => {
    const { page, problems, close } = await browser.open("/model/step-condition/");
    await layOutEverything(page);
    const bar = await page.locator("mover:has(> mo:text-is('‾'))").first().evaluate((mover) => {
      const [base, accent] = [...mover.children].map((child) => child.getBoundingClientRect());
      return { baseLeft: base!.left, baseRight: base!.right, baseWidth: base!.width, baseTop: base!.top, barLeft: accent!.left, barRight: accent!.right, barWidth: accent!.width, barBottom: accent!.bottom, barHeight: accent!.height };
    });
    expect(bar.barHeight).toBeGreaterThan(0);
    // over the letter: most of its box (an italic letter's box is wider than its strokes), and within it
    expect(bar.barWidth).toBeGreaterThanOrEqual(bar.baseWidth * 0.6);
    expect((bar.barLeft + bar.barRight) / 2).toBeGreaterThan(bar.baseLeft);
    expect((bar.barLeft + bar.barRight) / 2).toBeLessThan(bar.baseRight);
    expect(bar.barBottom).toBeLessThanOrEqual(bar.baseTop + 2);
    expect(await page.locator("mi:text-is('ℝ')").count()).toBeGreaterThan(0);
    // \bigl( is 1.2em tall; a plain parenthesis of the same formula is not
    const heights = await page.locator("math").filter({ has: page.locator('mo[minsize="1.2em"]') }).first().evaluate((math) => {
      const big = math.querySelector('mo[minsize="1.2em"]')!.getBoundingClientRect().height;
      const plain = math.querySelector('mo[stretchy="false"]')!.getBoundingClientRect().height;
      return { big, plain };
    });
    expect(heights.big).toBeGreaterThan(heights.plain * 1.1);
    expect(problems).toEqual([]);
    await close();
  });
});
